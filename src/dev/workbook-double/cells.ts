import { isEntireColumns, isEntireRows, rectArea, rectContains, type Rect } from './address';
import {
  DEFAULT_FORMAT,
  cellKey,
  keyColumn,
  keyRow,
  type CellFormat,
  type CellState,
  type SheetState,
  type WorkbookModel,
} from './model';
import type { CellContent } from './input';

/** Above this many cells, range-wide questions are answered from the sparse maps instead of cell by cell. */
const SCAN_LIMIT = 100_000;

const BLANK_CELL: CellState = Object.freeze({ value: '', formula: null, format: null });

export function cellAt(sheet: SheetState, row: number, column: number): CellState {
  return sheet.cells.get(cellKey(row, column)) ?? BLANK_CELL;
}

/** Cell format if set, else its row's, else its column's (Excel's own precedence). */
export function effectiveFormat(sheet: SheetState, row: number, column: number): CellFormat {
  return (
    sheet.cells.get(cellKey(row, column))?.format ??
    sheet.rowFormats.get(row) ??
    sheet.columnFormats.get(column) ??
    DEFAULT_FORMAT
  );
}

export function cellValue(model: WorkbookModel, sheet: SheetState, row: number, column: number): unknown {
  const cell = cellAt(sheet, row, column);
  if (cell.formula === null) return cell.value;
  return model.evaluator ? model.evaluator(sheet.name, row, column, cell.formula) : null;
}

export function cellFormulaOrValue(sheet: SheetState, row: number, column: number): unknown {
  const cell = cellAt(sheet, row, column);
  return cell.formula ?? cell.value;
}

export function grid<T>(rect: Rect, read: (row: number, column: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rect.rowCount; r += 1) {
    const line: T[] = [];
    for (let c = 0; c < rect.columnCount; c += 1) line.push(read(rect.row + r, rect.column + c));
    out.push(line);
  }
  return out;
}

function store(sheet: SheetState, row: number, column: number, next: CellState): void {
  const key = cellKey(row, column);
  if (next.value === '' && next.formula === null && next.format === null) sheet.cells.delete(key);
  else sheet.cells.set(key, next);
}

export function writeContent(sheet: SheetState, row: number, column: number, content: CellContent): void {
  const cell = cellAt(sheet, row, column);
  store(sheet, row, column, { value: content.value, formula: content.formula, format: cell.format });
}

/** Existing (non-blank) cells inside rect, found by whichever walk is cheaper. */
function existingCells(
  sheet: SheetState,
  rect: Rect,
): Array<{ row: number; column: number; cell: CellState }> {
  const found: Array<{ row: number; column: number; cell: CellState }> = [];
  if (rectArea(rect) <= sheet.cells.size) {
    for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (cell) found.push({ row: r, column: c, cell });
      }
    }
  } else {
    for (const [key, cell] of sheet.cells) {
      const row = keyRow(key);
      const column = keyColumn(key);
      if (rectContains(rect, row, column)) found.push({ row, column, cell });
    }
  }
  return found;
}

export function clearContents(sheet: SheetState, rect: Rect): void {
  for (const { row, column, cell } of existingCells(sheet, rect)) {
    store(sheet, row, column, { value: '', formula: null, format: cell.format });
  }
}

export function clearFormats(sheet: SheetState, rect: Rect): void {
  if (isEntireColumns(rect))
    for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) sheet.columnFormats.delete(c);
  if (isEntireRows(rect))
    for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) sheet.rowFormats.delete(r);
  for (const { row, column, cell } of existingCells(sheet, rect))
    store(sheet, row, column, { ...cell, format: null });
  if (!isEntireColumns(rect) && !isEntireRows(rect)) {
    // Cells inheriting a row/column format need an explicit default to become "cleared".
    for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) {
        if (effectiveFormat(sheet, r, c) !== DEFAULT_FORMAT)
          store(sheet, r, c, { ...cellAt(sheet, r, c), format: DEFAULT_FORMAT });
      }
    }
  }
}

/**
 * Applies a format change. Whole columns/rows are recorded on the column/row (as Excel
 * does) so formatting "C:C" stays cheap; cells that carry their own format are patched too.
 */
export function patchFormat(
  sheet: SheetState,
  rect: Rect,
  patch: Partial<CellFormat> | ((base: CellFormat) => Partial<CellFormat>),
): void {
  const memo = new Map<CellFormat, CellFormat>();
  const patched = (base: CellFormat): CellFormat => {
    let next = memo.get(base);
    if (!next) {
      next = Object.freeze({ ...base, ...(typeof patch === 'function' ? patch(base) : patch) });
      memo.set(base, next);
    }
    return next;
  };
  const wholeColumns = isEntireColumns(rect);
  const wholeRows = isEntireRows(rect);
  if (wholeColumns || wholeRows) {
    const columnEnd = rect.column + rect.columnCount;
    const rowEnd = rect.row + rect.rowCount;
    // Crossings of a formatted row and a formatted column need their own cell format,
    // otherwise the row's format would hide the new column format (or vice versa).
    if (wholeColumns && !wholeRows) {
      for (const [row, rowFormat] of sheet.rowFormats) {
        for (let c = rect.column; c < columnEnd; c += 1) {
          const cell = cellAt(sheet, row, c);
          if (cell.format === null) store(sheet, row, c, { ...cell, format: patched(rowFormat) });
        }
      }
    }
    if (wholeRows && !wholeColumns) {
      for (const [column, columnFormat] of sheet.columnFormats) {
        for (let r = rect.row; r < rowEnd; r += 1) {
          const cell = cellAt(sheet, r, column);
          if (cell.format === null && !sheet.rowFormats.has(r))
            store(sheet, r, column, { ...cell, format: patched(columnFormat) });
        }
      }
    }
    if (wholeColumns) {
      for (let c = rect.column; c < columnEnd; c += 1)
        sheet.columnFormats.set(c, patched(sheet.columnFormats.get(c) ?? DEFAULT_FORMAT));
    }
    if (wholeRows) {
      for (let r = rect.row; r < rowEnd; r += 1) {
        const existing = sheet.rowFormats.get(r);
        if (existing || !wholeColumns) sheet.rowFormats.set(r, patched(existing ?? DEFAULT_FORMAT));
      }
    }
    for (const { row, column, cell } of existingCells(sheet, rect)) {
      if (cell.format !== null) store(sheet, row, column, { ...cell, format: patched(cell.format) });
    }
    return;
  }
  for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) {
      store(sheet, r, c, { ...cellAt(sheet, r, c), format: patched(effectiveFormat(sheet, r, c)) });
    }
  }
}

/** The value shared by every cell in rect, wrapped; null when cells differ (Office then reports null). */
export function uniformFormat<K extends keyof CellFormat>(
  sheet: SheetState,
  rect: Rect,
  key: K,
): { value: CellFormat[K] } | null {
  const seen = new Set<CellFormat[K]>();
  const note = (format: CellFormat): boolean => {
    seen.add(format[key]);
    return seen.size > 1;
  };
  if (rectArea(rect) <= SCAN_LIMIT) {
    for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) {
        if (note(effectiveFormat(sheet, r, c))) return null;
      }
    }
  } else {
    // Huge ranges are mostly untouched cells, so the distinct values come from the sparse maps.
    for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) {
      if (note(sheet.columnFormats.get(c) ?? DEFAULT_FORMAT)) return null;
    }
    for (const [row, format] of sheet.rowFormats) {
      if (row >= rect.row && row < rect.row + rect.rowCount && note(format)) return null;
    }
    for (const { row, column } of existingCells(sheet, rect)) {
      if (note(effectiveFormat(sheet, row, column))) return null;
    }
  }
  const [only] = [...seen];
  return only === undefined ? null : { value: only };
}

/** Bounding box of cells with content (and, unless valuesOnly, with their own formatting). */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    const hasContent = cell.formula !== null || cell.value !== '';
    if (valuesOnly && !hasContent) continue;
    const row = keyRow(key);
    const column = keyColumn(key);
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/** Column widths / row heights are uniform-or-null like formats. */
export function uniformSize(
  sizes: Map<number, number>,
  start: number,
  count: number,
  fallback: number,
): number | null {
  const first = sizes.get(start) ?? fallback;
  for (let i = start + 1; i < start + count; i += 1) {
    if ((sizes.get(i) ?? fallback) !== first) return null;
  }
  return first;
}
