// Change an existing .xlsx in place of its own bytes: set cells by their defined names and append
// rows to a log sheet. The package is edited at the XML level (JSZip): only the worksheet parts
// that get a cell, the workbook part (recalculation flag, a new log sheet), its relationships, the
// content types and, for a new style, the styles part change; every other part (charts, pivot
// tables, drawings, images, slicers, custom XML, comments, macros) keeps its bytes. exceljs is not
// used here: a read/write round trip through it drops what it does not model.
//
// Recalculation: every cached formula result is dropped (LibreOffice trusts caches and ignores
// fullCalcOnLoad) and fullCalcOnLoad="1" is set (Excel recalculates on open).
import JSZip from 'jszip';
import type { CellValue } from '../catalog/input';
import {
  attribute,
  cellText,
  columnName,
  dropFormulaResults,
  escapeXml,
  lastRow,
  prefixOf,
  setCells,
  unescapeXml,
  withAttribute,
  type CellWrite,
} from './sheet-xml';
import { StyleBook } from './styles-xml';

export { CellValueError, MAX_CELL_TEXT } from './sheet-xml';

export interface LogAppend {
  /** Sheet names that count as the log (its name in either language); the first is used to create it. */
  sheetNames: string[];
  /** Title (row 1) and column headers (row 3) written when the sheet is created. */
  title: string;
  header: string[];
  rows: CellValue[][];
}

export interface WorkbookUpdate {
  /** Defined name (any case) -> new value of its cell; null clears the cell. */
  set: ReadonlyMap<string, CellValue>;
  log?: LogAppend;
}

/** A name the file does not define (or not as one cell of an existing sheet). */
export class MissingNameError extends Error {
  constructor(readonly names: string[]) {
    super(`the workbook has no cell named ${names.join(', ')}`);
    this.name = 'MissingNameError';
  }
}

/** The package is not an .xlsx workbook this code can edit (a part it needs is missing). */
export class PackageError extends Error {
  constructor(detail: string) {
    super(`not an .xlsx workbook: ${detail}`);
    this.name = 'PackageError';
  }
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${REL}/worksheet`;
const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

function target(range: string): { sheet: string; address: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(range.trim());
  return m ? { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: `${m[3]}${m[4]}` } : null;
}

/** `target` of a relationship resolved against the folder of the part `from` ("xl/workbook.xml"). */
function resolvePart(from: string, targetPath: string): string {
  const parts = targetPath.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of targetPath.replace(/^\//, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

const relsOf = (part: string) => {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};

interface Relationship {
  id: string;
  type: string;
  target: string;
  tag: string;
}

function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map((m) => ({
    id: attribute(m[0], 'Id') ?? '',
    type: attribute(m[0], 'Type') ?? '',
    target: attribute(m[0], 'Target') ?? '',
    tag: m[0],
  }));
}

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new PackageError(`no part ${path}`);
  return f.async('string');
}

interface Sheet {
  name: string;
  part: string;
}

/** The workbook part's path, its sheets (name -> part) and its single-cell defined names. */
async function workbookOf(zip: JSZip) {
  const root = relationships(await text(zip, '_rels/.rels')).find((r) => r.type.endsWith('/officeDocument'));
  if (!root) throw new PackageError('no officeDocument relationship');
  const path = resolvePart('', root.target);
  const xml = await text(zip, path);
  const relsPath = relsOf(path);
  const rels = relationships(await text(zip, relsPath));
  const sheets: Sheet[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const id = [...m[0].matchAll(/\s([\w]+:)?id\s*=\s*"([^"]*)"/g)].find((a) => a[1])?.[2];
    const rel = rels.find((r) => r.id === id && r.type === WORKSHEET_TYPE);
    if (rel) sheets.push({ name: attribute(m[0], 'name') ?? '', part: resolvePart(path, rel.target) });
  }
  // Workbook-level names first: a sheet-level name of the same text only when none exists.
  const names = new Map<string, { sheet: string; address: string } | null>();
  const all = [...xml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)];
  for (const local of [false, true])
    for (const m of all) {
      if ((attribute(`<x ${m[1]}>`, 'localSheetId') !== undefined) !== local) continue;
      const key = (attribute(`<x ${m[1]}>`, 'name') ?? '').toUpperCase();
      if (!names.has(key)) names.set(key, target(unescapeXml(m[2])));
    }
  return { path, xml, relsPath, rels, sheets, names };
}

/** `workbook` (workbook.xml) with fullCalcOnLoad="1" on its calcPr, which is added when missing. */
function fullCalcOnLoad(workbook: string): string {
  const calc = /<(\w+:)?calcPr\b[^>]*>/.exec(workbook);
  if (calc) return workbook.replace(calc[0], withAttribute(calc[0], 'fullCalcOnLoad', '1'));
  const p = prefixOf(workbook, 'workbook') ?? '';
  // calcPr follows sheets, functionGroups, externalReferences and definedNames (§18.2.27).
  let at = -1;
  for (const el of ['sheets', 'functionGroups', 'externalReferences', 'definedNames']) {
    const m = new RegExp(`<${p}${el}\\b[^>]*?(\\/>|>[\\s\\S]*?<\\/${p}${el}>)`).exec(workbook);
    if (m) at = Math.max(at, m.index + m[0].length);
  }
  if (at < 0) throw new PackageError('workbook part without sheets');
  return `${workbook.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${workbook.slice(at)}`;
}

/** A new worksheet part for the log: title, header, frozen below row 3, column widths, tab colour. */
function logSheetXml(log: LogAppend, styles: StyleBook | undefined): string {
  const widths = [22, 34, 14, 24, 12, 26, 22, 22, 70];
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const right = columnName(Math.max(log.header.length, 1));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    '<sheetPr><tabColor rgb="FF7030A0"/></sheetPr>' +
    `<dimension ref="A1:${right}3"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A4" sqref="A4"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData/>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  ).replace('<sheetData/>', () => {
    const head = new Map<number, Map<number, CellWrite>>([
      [1, new Map([[1, { value: log.title, style: styles?.style({ bold: true, size: 13 }) }]])],
      [3, new Map(log.header.map((h, i) => [i + 1, { value: h, style: styles?.style({ bold: true }) }]))],
    ]);
    return setCells('<sheetData/>', head).xml;
  });
}

/** The first sheet name not taken (case-insensitive), as Excel would not accept two. */
const freeName = (wanted: string, taken: Sheet[]) => {
  const used = new Set(taken.map((s) => s.name.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = i === 1 ? wanted : `${wanted.slice(0, 31 - String(i).length - 3)} (${i})`;
    if (!used.has(name.toLowerCase())) return name;
  }
};

/**
 * Adds the log worksheet part `xml` named `name` to the package: the part, and the texts of the
 * workbook part (sheet entry), its relationships and the content types with the new entries.
 */
function addLogSheet(
  zip: JSZip,
  wb: Awaited<ReturnType<typeof workbookOf>>,
  relsXml: string,
  contentTypes: string,
  xml: string,
  name: string,
): { workbook: string; rels: string; contentTypes: string; part: string } {
  let n = 1;
  while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  zip.file(part, xml);
  let id = wb.rels.length + 1;
  while (wb.rels.some((r) => r.id === `rId${id}`)) id++;
  // An absolute target: right whatever folder the workbook part is in.
  const rel = `<Relationship Id="rId${id}" Type="${WORKSHEET_TYPE}" Target="/${part}"/>`;
  const sheetIds = [...wb.xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) =>
    Number(attribute(m[0], 'sheetId') ?? 0),
  );
  const p = prefixOf(wb.xml, 'sheets') ?? '';
  // The relationships namespace's prefix as the workbook declares it ("r" almost always).
  const rPrefix = new RegExp(`xmlns:(\\w+)="${REL.replace(/[./]/g, '\\$&')}"`).exec(wb.xml)?.[1];
  const rid = rPrefix ? `${rPrefix}:id="rId${id}"` : `xmlns:pr="${REL}" pr:id="rId${id}"`;
  const entry = `<${p}sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" ${rid}/>`;
  const workbook = /<(\w+:)?sheets\s*\/>/.test(wb.xml)
    ? wb.xml.replace(/<(\w+:)?sheets\s*\/>/, `<${p}sheets>${entry}</${p}sheets>`)
    : wb.xml.replace(`</${p}sheets>`, `${entry}</${p}sheets>`);
  return {
    part,
    workbook,
    rels: relsXml.replace(/<\/(\w+:)?Relationships>/, (close) => `${rel}${close}`),
    contentTypes: contentTypes.replace(
      /<\/(\w+:)?Types>/,
      (close) => `<Override PartName="/${part}" ContentType="${WORKSHEET_CT}"/>${close}`,
    ),
  };
}

/** Drops the calculation chain (part, relationship, content type): Excel rebuilds it on open. */
function dropCalcChain(zip: JSZip, rels: string, contentTypes: string, wbPath: string) {
  const rel = relationships(rels).find((r) => r.type.endsWith('/calcChain'));
  if (!rel) return { rels, contentTypes };
  const part = resolvePart(wbPath, rel.target);
  zip.remove(part);
  return {
    rels: rels.replace(rel.tag, ''),
    contentTypes: contentTypes.replace(
      new RegExp(`<(\\w+:)?Override\\b[^>]*PartName="/${part.replace(/[.]/g, '\\.')}"[^>]*>`),
      '',
    ),
  };
}

/**
 * The shared strings part, grown by the texts that need the `_xHHHH_` escape (see needsEscape);
 * created when the workbook has none. Only touched when such a text is written.
 */
class SharedStrings {
  private added = new Map<string, number>();
  private size: number;
  created = false;

  constructor(
    public xml: string | undefined,
    readonly path: string,
  ) {
    this.size = xml ? [...xml.matchAll(/<(?:\w+:)?si[\s>/]/g)].length : 0;
  }

  /** The index of `text` in the part, appended to it. */
  readonly add = (text: string): number => {
    const known = this.added.get(text);
    if (known !== undefined) return known;
    if (this.xml === undefined) {
      this.created = true;
      this.xml =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';
    }
    const p = prefixOf(this.xml, 'sst') ?? '';
    const item = `<${p}si><${p}t xml:space="preserve">${cellText(text)}</${p}t></${p}si>`;
    const open = new RegExp(`<${p}sst\\b[^>]*?(\\/?)>`).exec(this.xml)!;
    let tag = open[0].replace(/\s*\/>$/, '>');
    for (const a of ['count', 'uniqueCount']) {
      const n = attribute(tag, a);
      if (n !== undefined) tag = withAttribute(tag, a, String(Number(n) + 1));
    }
    const rest = this.xml.slice(open.index + open[0].length);
    this.xml =
      this.xml.slice(0, open.index) +
      tag +
      (open[1] === '/' ? `${item}</${p}sst>${rest}` : rest.replace(new RegExp(`</${p}sst>`), `${item}$&`));
    this.added.set(text, this.size);
    return this.size++;
  };
}

/** Rebuilt by Excel on open. */
const REBUILT = new Set(['xl/calcChain.xml']);

/**
 * Package parts of `before` that `after` lacks, by kind: a path with its digits removed
 * ("xl/charts/chart.xml"). Each entry is "<kind> ×<how many fewer>". A guard: the XML-level
 * update removes no part (the calculation chain aside), so this is empty unless it has a bug.
 */
async function lostParts(before: JSZip, after: JSZip): Promise<string[]> {
  const kinds = (zip: JSZip) => {
    const count = new Map<string, number>();
    for (const [path, entry] of Object.entries(zip.files)) {
      if (entry.dir || REBUILT.has(path)) continue;
      const kind = path.replace(/\d+/g, '');
      count.set(kind, (count.get(kind) ?? 0) + 1);
    }
    return count;
  };
  const [a, b] = [kinds(before), kinds(after)];
  return [...a]
    .filter(([kind, n]) => (b.get(kind) ?? 0) < n)
    .map(([kind, n]) => `${kind} ×${n - (b.get(kind) ?? 0)}`);
}

/**
 * The bytes of the .xlsx `data` with `update` applied: each named cell set (text as an inline
 * string, the cell's style kept; a logical gets a General-format copy of its style so LibreOffice
 * shows TRUE, not 1), the log rows appended (the sheet created at the end when missing; text
 * cells formatted as text so "0012" stays text when edited), every cached formula result dropped
 * and full recalculation on load requested. Every other part keeps its bytes. `lost` lists parts
 * of the original the result lacks (see lostParts; empty).
 * Errors: rejects with MissingNameError (nothing changed) when a name is not a single cell of a
 * sheet of the file; CellValueError for a value no cell can hold; PackageError, or JSZip's error,
 * when `data` is not an .xlsx package.
 */
export async function updateWorkbook(
  data: Uint8Array,
  update: WorkbookUpdate,
): Promise<{ bytes: Buffer; lost: string[] }> {
  const original = await JSZip.loadAsync(data);
  const zip = await JSZip.loadAsync(data);
  const wb = await workbookOf(zip);
  const sheetOf = (name: string) => wb.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const writes = new Map<string, Map<number, Map<number, CellWrite>>>();
  const missing: string[] = [];
  const booleans: [string, number, number][] = [];
  for (const [name, value] of update.set) {
    const t = wb.names.get(name.toUpperCase());
    const sheet = t ? sheetOf(t.sheet) : undefined;
    if (!t || !sheet || !zip.file(sheet.part)) {
      missing.push(name);
      continue;
    }
    const m = /^([A-Z]+)(\d+)$/.exec(t.address)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    if (!writes.has(sheet.part)) writes.set(sheet.part, new Map());
    const rows = writes.get(sheet.part)!;
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)!.set(col, { value });
    if (typeof value === 'boolean') booleans.push([sheet.part, row, col]);
  }
  if (missing.length > 0) throw new MissingNameError(missing);

  const stylesRel = wb.rels.find((r) => r.type.endsWith('/styles'));
  const stylesPath = stylesRel ? resolvePart(wb.path, stylesRel.target) : undefined;
  const styles = stylesPath && zip.file(stylesPath) ? new StyleBook(await text(zip, stylesPath)) : undefined;
  const sstRel = wb.rels.find((r) => r.type.endsWith('/sharedStrings'));
  const sstPath = sstRel ? resolvePart(wb.path, sstRel.target) : 'xl/sharedStrings.xml';
  const shared = new SharedStrings(zip.file(sstPath) ? await text(zip, sstPath) : undefined, sstPath);
  let workbook = fullCalcOnLoad(wb.xml);
  let rels = await text(zip, wb.relsPath);
  let contentTypes = await text(zip, '[Content_Types].xml');

  // The log: appended to the sheet of that name, or a new sheet.
  let logPart: string | undefined;
  if (update.log) {
    const { log } = update;
    const existing = log.sheetNames.map(sheetOf).find((s) => s && zip.file(s.part));
    if (existing) logPart = existing.part;
    else {
      const name = freeName(log.sheetNames[0], wb.sheets);
      const added = addLogSheet(
        zip,
        { ...wb, xml: workbook },
        rels,
        contentTypes,
        logSheetXml(log, styles),
        name,
      );
      ({ workbook, rels, contentTypes, part: logPart } = added);
    }
    const start = Math.max(lastRow(await text(zip, logPart)), 3) + 1;
    const rows = writes.get(logPart) ?? new Map<number, Map<number, CellWrite>>();
    // Text stays text: "1,5" or "0012" must not become a number when the officer edits the cell.
    const textStyle = styles?.style({ numFmtId: 49 });
    log.rows.forEach((row, i) => {
      const cells = new Map<number, CellWrite>();
      row.forEach((v, c) => {
        if (v !== null) cells.set(c + 1, { value: v, style: typeof v === 'string' ? textStyle : undefined });
      });
      if (cells.size > 0) rows.set(start + i, cells);
    });
    writes.set(logPart, rows);
  }

  // Parts are rewritten only when their text changed, so an update that changes nothing there
  // leaves their bytes alone.
  const put = async (path: string, xml: string) => {
    if (xml !== (await text(original, path).catch(() => undefined))) zip.file(path, xml);
  };
  let replacedFormula = false;
  const worksheets = wb.sheets.map((s) => s.part).filter((p) => zip.file(p));
  for (const part of new Set([...worksheets, ...writes.keys()])) {
    const before = await text(zip, part);
    let xml = dropFormulaResults(before);
    const mine = writes.get(part);
    if (mine) {
      // A logical in a number-formatted cell: LibreOffice would show 1 (as the writer avoids).
      for (const [p, r, c] of booleans)
        if (p === part) {
          const tag = new RegExp(`<(\\w+:)?c\\b[^>]*\\sr="${columnName(c)}${r}"[^>]*>`).exec(xml)?.[0];
          const s = Number((tag && attribute(tag, 's')) ?? 0);
          if (styles) mine.get(r)!.get(c)!.style = styles.style({ numFmtId: 0, base: s });
        }
      const edit = setCells(xml, mine, shared.add);
      xml = edit.xml;
      replacedFormula ||= edit.replacedFormula;
    }
    if (xml !== before) zip.file(part, xml);
  }
  if (replacedFormula) ({ rels, contentTypes } = dropCalcChain(zip, rels, contentTypes, wb.path));
  if (shared.created) {
    let id = 1;
    while (rels.includes(`Id="rId${id}"`)) id++;
    rels = rels.replace(
      /<\/(\w+:)?Relationships>/,
      (close) => `<Relationship Id="rId${id}" Type="${REL}/sharedStrings" Target="/${sstPath}"/>${close}`,
    );
    contentTypes = contentTypes.replace(
      /<\/(\w+:)?Types>/,
      (close) =>
        `<Override PartName="/${sstPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${close}`,
    );
  }
  if (shared.xml !== undefined) await put(sstPath, shared.xml);

  await put(wb.path, workbook);
  await put(wb.relsPath, rels);
  await put('[Content_Types].xml', contentTypes);
  if (styles && stylesPath) await put(stylesPath, styles.xml);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { bytes, lost: await lostParts(original, zip) };
}
