// Cells of a worksheet part (SpreadsheetML `<sheetData>`) written as text, without parsing the rest
// of the part: what is not a written cell keeps its bytes. Pure string work; no exceljs, no zip.
//
// Source: ECMA-376 Part 1, §18.3.1.4 (c), §18.3.1.73 (row), §18.3.1.80 (sheetData), §22.4.2.4
// (the `_xHHHH_` escape of characters XML 1.0 cannot hold).
import type { CellValue } from '../catalog/input';

/** Excel's limit on the length of a cell's text (UTF-16 code units). */
export const MAX_CELL_TEXT = 32767;

/** A value the cell writer cannot put in a cell (too long a text, a number that is not finite). */
export class CellValueError extends Error {
  constructor(
    readonly address: string,
    reason: string,
  ) {
    super(`cell ${address}: ${reason}`);
    this.name = 'CellValueError';
  }
}

/** Column letters of a 1-based column number: 1 -> "A", 28 -> "AB". */
export function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "AB12" -> { row: 12, col: 28 }; null for anything else. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) return null;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/** Text for an XML attribute value or element content: &, <, >, " escaped. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/** The reverse of escapeXml, plus &apos; and numeric character references. */
export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(parseInt(e.slice(e[1] === 'x' ? 2 : 1), e[1] === 'x' ? 16 : 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e]!;
  });
}

const hex4 = (code: number) => `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;

// Anything but tab, line feed, carriage return, U+0020-U+FFFD; then a surrogate not in a pair.
const UNWRITABLE =
  /[^\t\n\r\u0020-\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const LOOKS_ESCAPED = /_(x[0-9a-fA-F]{4}_)/g;

/**
 * Whether `s` needs the `_xHHHH_` escape (a character XML 1.0 cannot hold, or a literal "_xHHHH_"
 * that a reader would decode). exceljs decodes the escape in the shared strings part only, so
 * such a text goes there; any other text is an inline string.
 */
export function needsEscape(s: string): boolean {
  UNWRITABLE.lastIndex = 0;
  LOOKS_ESCAPED.lastIndex = 0;
  return UNWRITABLE.test(s) || LOOKS_ESCAPED.test(s);
}

/**
 * A cell's text as `<t>` content: XML-escaped; a carriage return as `&#13;` (an XML parser would
 * turn a bare one into a line feed); a character XML 1.0 cannot hold (controls, a lone
 * surrogate, U+FFFE/U+FFFF) written `_xHHHH_`, and a literal "_xHHHH_" guarded as
 * `_x005F_xHHHH_` so a reader does not decode it.
 */
export function cellText(s: string): string {
  return escapeXml(
    s.replace(LOOKS_ESCAPED, '_x005F_$1').replace(UNWRITABLE, (c) => hex4(c.charCodeAt(0))),
  ).replace(/\r/g, '&#13;');
}

/** Attributes of a start tag, in order (values still escaped). */
function attributes(tag: string): [string, string][] {
  return [...tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1], m[2] ?? m[3]]);
}

export function attribute(tag: string, name: string): string | undefined {
  const hit = attributes(tag).find(([k]) => k === name);
  return hit ? unescapeXml(hit[1]) : undefined;
}

/** `tag` (a start tag, `<x ...>` or `<x .../>`) with attribute `name` set to `value` (escaped here), or removed when undefined. */
export function withAttribute(tag: string, name: string, value: string | undefined): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  const without = tag.replace(re, '');
  if (value === undefined) return without;
  return without.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
}

/** What a cell is written as: its value and, when set, its style index (`s`). */
export interface CellWrite {
  value: CellValue;
  /** Style index for the cell; undefined keeps the cell's own style. */
  style?: number;
}

/**
 * The `<c>` element for `value` at `address`, keeping from `oldTag` (the cell's start tag, if it
 * exists) its style and phonetic flag; type, value and formula metadata are the new value's.
 * Text is an inline string (`t="inlineStr"`), so the shared strings part is not touched, unless it
 * needs the `_xHHHH_` escape and `sharedString` (which adds it there, giving its index) is given; null
 * leaves a blank cell that keeps its style. Errors: CellValueError for a text longer than
 * MAX_CELL_TEXT or a number that is not finite (Excel holds neither).
 */
export function cellXml(
  p: string,
  address: string,
  write: CellWrite,
  oldTag?: string,
  sharedString?: (text: string) => number,
): string {
  let tag = `<${p}c r="${address}">`;
  for (const keep of ['s', 'ph']) {
    const v = oldTag ? attribute(oldTag, keep) : undefined;
    if (v !== undefined) tag = withAttribute(tag, keep, v);
  }
  if (write.style !== undefined) tag = withAttribute(tag, 's', String(write.style));
  const { value } = write;
  const open = (t?: string) => (t ? withAttribute(tag, 't', t) : tag).slice(0, -1);
  if (value === null) return `${open()}/>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new CellValueError(address, `${value} is not a number a cell can hold`);
    // String(n) is the shortest text that reads back as the same double (1e-300 stays 1e-300).
    return `${open()}><${p}v>${String(value)}</${p}v></${p}c>`;
  }
  if (typeof value === 'boolean') return `${open('b')}><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (value.length > MAX_CELL_TEXT)
    throw new CellValueError(address, `a text of ${value.length} characters (a cell holds ${MAX_CELL_TEXT})`);
  if (sharedString && needsEscape(value)) return `${open('s')}><${p}v>${sharedString(value)}</${p}v></${p}c>`;
  return `${open('inlineStr')}><${p}is><${p}t xml:space="preserve">${cellText(value)}</${p}t></${p}is></${p}c>`;
}

interface Span {
  start: number;
  end: number;
}

interface RowPart extends Span {
  index: number;
  /** The start tag (`<row ...>` or `<row .../>`). */
  tag: string;
  selfClosing: boolean;
}

function rowsOf(xml: string, p: string, from: number, to: number): RowPart[] {
  const re = new RegExp(`<${p}row\\b[^>]*?(\\/>|>[\\s\\S]*?<\\/${p}row>)`, 'g');
  re.lastIndex = from;
  const out: RowPart[] = [];
  let previous = 0;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    const tag = /^<[^>]*>/.exec(m[0])![0];
    // `r` is optional (§18.3.1.73): a row without it follows the one before.
    const index = Number(attribute(tag, 'r') ?? previous + 1);
    previous = index;
    out.push({ start: m.index, end: m.index + m[0].length, index, tag, selfClosing: m[1] === '/>' });
  }
  return out;
}

interface CellPart extends Span {
  col: number;
  tag: string;
  hasFormula: boolean;
}

function cellsOf(row: string, p: string): CellPart[] {
  const re = new RegExp(`<${p}c\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${p}c>)`, 'g');
  const out: CellPart[] = [];
  let previous = 0;
  for (const m of row.matchAll(re)) {
    const tag = /^<[^>]*>/.exec(m[0])![0];
    const r = attribute(tag, 'r');
    const col = r ? parseAddress(r)!.col : previous + 1;
    previous = col;
    out.push({ start: m.index!, end: m.index! + m[0].length, col, tag, hasFormula: m[0].includes(`<${p}f`) });
  }
  return out;
}

/** The namespace prefix ("" or "x:") the part uses for SpreadsheetML elements. */
export function prefixOf(xml: string, element: string): string | undefined {
  const m = new RegExp(`<(\\w+:)?${element}[\\s/>]`).exec(xml);
  return m ? (m[1] ?? '') : undefined;
}

/** Result of setCells: the new part text and whether a formula cell was overwritten. */
export interface SheetEdit {
  xml: string;
  /** A cell that held a formula now holds a value (the calculation chain lists it no more). */
  replacedFormula: boolean;
}

/**
 * `xml` (a worksheet part) with the cells of `writes` (row -> column -> write; 1-based) set:
 * existing cells replaced in place, missing cells and rows inserted in order, the row's `spans`
 * hint dropped when a cell is added, the `<dimension>` widened to cover them. Rows and cells
 * without an `r` get one, so inserted ones cannot shift them. Everything else is kept as is.
 * `sharedString` as for cellXml.
 * Errors: CellValueError (see cellXml); Error when the part has no sheetData.
 */
export function setCells(
  xml: string,
  writes: ReadonlyMap<number, ReadonlyMap<number, CellWrite>>,
  sharedString?: (text: string) => number,
): SheetEdit {
  const p = prefixOf(xml, 'sheetData');
  if (p === undefined) throw new Error('worksheet part without sheetData');
  if (writes.size === 0) return { xml, replacedFormula: false };
  const open = new RegExp(`<${p}sheetData\\b[^>]*?(\\/?)>`).exec(xml)!;
  let head = xml.slice(0, open.index);
  let body: string;
  let tail: string;
  if (open[1] === '/') {
    body = '';
    tail = xml.slice(open.index + open[0].length);
  } else {
    const close = xml.indexOf(`</${p}sheetData>`, open.index);
    body = xml.slice(open.index + open[0].length, close);
    tail = xml.slice(close + `</${p}sheetData>`.length);
  }
  const rows = rowsOf(body, p, 0, body.length);
  let replacedFormula = false;
  const pieces: string[] = [];
  let at = 0;
  const wanted = [...writes.keys()].sort((a, b) => a - b);
  const newRow = (index: number) => {
    const cells = [...writes.get(index)!].sort(([a], [b]) => a - b);
    return `<${p}row r="${index}">${cells.map(([c, w]) => cellXml(p, `${columnName(c)}${index}`, w, undefined, sharedString)).join('')}</${p}row>`;
  };
  let w = 0;
  for (const row of rows) {
    while (w < wanted.length && wanted[w] < row.index) pieces.push(newRow(wanted[w++]));
    pieces.push(body.slice(at, row.start));
    at = row.end;
    let tag =
      attribute(row.tag, 'r') === undefined ? withAttribute(row.tag, 'r', String(row.index)) : row.tag;
    if (w >= wanted.length || wanted[w] !== row.index) {
      pieces.push(tag + body.slice(row.start + row.tag.length, row.end));
      continue;
    }
    const mine = writes.get(wanted[w++])!;
    const inner = row.selfClosing
      ? ''
      : body.slice(row.start + row.tag.length, row.end - `</${p}row>`.length);
    const cells = cellsOf(inner, p);
    const out: string[] = [];
    let cat = 0;
    const todo = [...mine.keys()].sort((a, b) => a - b);
    let k = 0;
    let added = false;
    for (const cell of cells) {
      while (k < todo.length && todo[k] < cell.col) {
        out.push(
          cellXml(p, `${columnName(todo[k])}${row.index}`, mine.get(todo[k++])!, undefined, sharedString),
        );
        added = true;
      }
      out.push(inner.slice(cat, cell.start));
      cat = cell.end;
      const address = `${columnName(cell.col)}${row.index}`;
      if (k < todo.length && todo[k] === cell.col) {
        out.push(cellXml(p, address, mine.get(todo[k++])!, cell.tag, sharedString));
        replacedFormula ||= cell.hasFormula;
      } else {
        const text = inner.slice(cell.start, cell.end);
        out.push(
          attribute(cell.tag, 'r') === undefined
            ? withAttribute(cell.tag, 'r', address) + text.slice(cell.tag.length)
            : text,
        );
      }
    }
    const rest = inner.slice(cat);
    while (k < todo.length) {
      out.push(
        cellXml(p, `${columnName(todo[k])}${row.index}`, mine.get(todo[k++])!, undefined, sharedString),
      );
      added = true;
    }
    out.push(rest);
    // `spans` is an optimisation hint (§18.3.1.73) a new cell may fall outside of.
    if (added) tag = withAttribute(tag, 'spans', undefined);
    if (row.selfClosing) tag = tag.replace(/\s*\/>$/, '>');
    pieces.push(`${tag}${out.join('')}</${p}row>`);
  }
  pieces.push(body.slice(at));
  while (w < wanted.length) pieces.push(newRow(wanted[w++]));
  head = widenDimension(head, p, writes);
  return { xml: `${head}<${p}sheetData>${pieces.join('')}</${p}sheetData>${tail}`, replacedFormula };
}

function widenDimension(
  head: string,
  p: string,
  writes: ReadonlyMap<number, ReadonlyMap<number, CellWrite>>,
): string {
  const m = new RegExp(`<${p}dimension\\b[^>]*>`).exec(head);
  if (!m) return head;
  const ref = attribute(m[0], 'ref') ?? 'A1';
  const [a, b] = ref.split(':');
  const from = parseAddress(a);
  const to = parseAddress(b ?? a);
  if (!from || !to) return head;
  let [r1, c1, r2, c2] = [from.row, from.col, to.row, to.col];
  for (const [r, cols] of writes)
    for (const c of cols.keys()) {
      [r1, r2, c1, c2] = [Math.min(r1, r), Math.max(r2, r), Math.min(c1, c), Math.max(c2, c)];
    }
  const wide = `${columnName(c1)}${r1}:${columnName(c2)}${r2}`;
  if (wide === ref || (r1 === r2 && c1 === c2 && wide === `${ref}:${ref}`)) return head;
  return head.slice(0, m.index) + withAttribute(m[0], 'ref', wide) + head.slice(m.index + m[0].length);
}

/** The last row index the part holds (0 when none). */
export function lastRow(xml: string): number {
  const p = prefixOf(xml, 'sheetData') ?? '';
  const rows = rowsOf(xml, p, 0, xml.length);
  return rows.reduce((n, r) => Math.max(n, r.index), 0);
}

/**
 * `xml` with the cached result (`<v>`) and result type (`t`) of every formula cell dropped, so a
 * reader that trusts caches (LibreOffice by default, any tool reading values) cannot show a
 * result computed from the figures before the update. The same text when nothing is cached.
 */
export function dropFormulaResults(xml: string): string {
  const p = prefixOf(xml, 'sheetData');
  if (p === undefined || !xml.includes(`<${p}f`)) return xml;
  const open = new RegExp(`<${p}sheetData\\b[^>]*?(\\/?)>`).exec(xml)!;
  if (open[1] === '/') return xml;
  const from = open.index + open[0].length;
  const to = xml.indexOf(`</${p}sheetData>`, from);
  const re = new RegExp(`<${p}c\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${p}c>)`, 'g');
  const v = new RegExp(`<${p}v\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${p}v>)`);
  const body = xml.slice(from, to).replace(re, (cell) => {
    if (!cell.includes(`<${p}f`) || !v.test(cell)) return cell;
    const tag = /^<[^>]*>/.exec(cell)![0];
    return withAttribute(tag, 't', undefined) + cell.slice(tag.length).replace(v, '');
  });
  return xml.slice(0, from) + body + xml.slice(to);
}
