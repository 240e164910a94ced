import { officeError } from './errors';

/** Excel grid limits (rows x columns, A1..XFD1048576). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, zero-based. */
export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based column index for letters like "C" or "xfd"; -1 if off the grid. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n >= 1 && n <= MAX_COLUMNS ? n - 1 : -1;
}

interface Corner {
  row: number | null; // null for a whole-column reference ("C")
  column: number | null; // null for a whole-row reference ("3")
}

function parseCorner(text: string): Corner | null {
  const m = /^\$?([A-Za-z]{0,3})\$?([0-9]*)$/.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const letters = m[1] ?? '';
  const digits = m[2] ?? '';
  const column = letters === '' ? null : columnIndex(letters);
  const row = digits === '' ? null : Number(digits) - 1;
  if (column === -1 || (row !== null && (row < 0 || row >= MAX_ROWS))) return null;
  return { row, column };
}

/** Parses "B2", "$B$2", "B2:D10", "C:E" or "3:5"; null when it is not an A1 reference. */
export function tryParseA1(address: string): Rect | null {
  const parts = address.trim().split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const first = parseCorner(parts[0] ?? '');
  const second = parts.length === 2 ? parseCorner(parts[1] ?? '') : first;
  if (!first || !second) return null;
  const wholeColumns = first.row === null && second.row === null;
  const wholeRows = first.column === null && second.column === null;
  if (parts.length === 1 && (wholeColumns || wholeRows)) return null; // "C" alone is a name, not a range
  if (
    !wholeColumns &&
    !wholeRows &&
    (first.row === null || first.column === null || second.row === null || second.column === null)
  ) {
    return null;
  }
  const r1 = first.row ?? 0;
  const r2 = second.row ?? MAX_ROWS - 1;
  const c1 = first.column ?? 0;
  const c2 = second.column ?? MAX_COLUMNS - 1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}

export function parseA1(address: string): Rect {
  const rect = tryParseA1(address);
  if (!rect) throw officeError('InvalidArgument', `'${address}' is not a valid A1 address.`);
  return rect;
}

export function isEntireColumns(rect: Rect): boolean {
  return rect.row === 0 && rect.rowCount === MAX_ROWS;
}

export function isEntireRows(rect: Rect): boolean {
  return rect.column === 0 && rect.columnCount === MAX_COLUMNS;
}

export function formatA1(rect: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  const col = (c: number): string => d + columnLetters(c);
  const row = (r: number): string => d + String(r + 1);
  const lastRow = rect.row + rect.rowCount - 1;
  const lastCol = rect.column + rect.columnCount - 1;
  // Excel prints whole rows as "1:3" (also for the whole sheet) and whole columns as "A:C".
  if (isEntireRows(rect)) return `${row(rect.row)}:${row(lastRow)}`;
  if (isEntireColumns(rect)) return `${col(rect.column)}:${col(lastCol)}`;
  const start = col(rect.column) + row(rect.row);
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  return `${start}:${col(lastCol)}${row(lastRow)}`;
}

/** Quotes a sheet name the way Excel does in addresses and formulas. */
function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name);
  const looksLikeReference =
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]([0-9]*|[Rr]?[0-9]*[Cc][0-9]*)$/.test(name);
  return plain && !looksLikeReference ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatA1(rect, absolute)}`;
}

/** Splits "'Nhập liệu'!$C$12" into sheet name and local address; sheet is null when absent. */
export function splitSheetReference(reference: string): { sheet: string | null; address: string } {
  const text = reference.trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) return { sheet: (quoted[1] ?? '').replace(/''/g, "'"), address: quoted[2] ?? '' };
  const bang = text.lastIndexOf('!');
  if (bang > 0) return { sheet: text.slice(0, bang), address: text.slice(bang + 1) };
  return { sheet: null, address: text };
}

export function rectContains(outer: Rect, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.rowCount &&
    column >= outer.column &&
    column < outer.column + outer.columnCount
  );
}

export function intersectRects(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const colEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (rowEnd <= row || colEnd <= column) return null;
  return { row, column, rowCount: rowEnd - row, columnCount: colEnd - column };
}

/** The parts of `a` outside `b`: at most four rectangles (bands above/below, sides). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  const cut = intersectRects(a, b);
  if (!cut) return [a];
  const pieces: Rect[] = [];
  const aRowEnd = a.row + a.rowCount;
  const cutRowEnd = cut.row + cut.rowCount;
  if (cut.row > a.row)
    pieces.push({ row: a.row, column: a.column, rowCount: cut.row - a.row, columnCount: a.columnCount });
  if (cutRowEnd < aRowEnd)
    pieces.push({
      row: cutRowEnd,
      column: a.column,
      rowCount: aRowEnd - cutRowEnd,
      columnCount: a.columnCount,
    });
  if (cut.column > a.column)
    pieces.push({
      row: cut.row,
      column: a.column,
      rowCount: cut.rowCount,
      columnCount: cut.column - a.column,
    });
  const aColEnd = a.column + a.columnCount;
  const cutColEnd = cut.column + cut.columnCount;
  if (cutColEnd < aColEnd)
    pieces.push({
      row: cut.row,
      column: cutColEnd,
      rowCount: cut.rowCount,
      columnCount: aColEnd - cutColEnd,
    });
  return pieces;
}

export function rectArea(rect: Rect): number {
  return rect.rowCount * rect.columnCount;
}

/** Throws InvalidArgument if the rectangle leaves the grid (offset/resize past the edges). */
export function assertOnGrid(rect: Rect): Rect {
  if (
    rect.row < 0 ||
    rect.column < 0 ||
    rect.rowCount < 1 ||
    rect.columnCount < 1 ||
    rect.row + rect.rowCount > MAX_ROWS ||
    rect.column + rect.columnCount > MAX_COLUMNS
  ) {
    throw officeError('InvalidArgument');
  }
  return rect;
}
