// Change an existing .xlsx in place of its own bytes: set cells by their defined names and append
// rows to a log sheet, keeping everything else the file holds (the officer's own sheets, styles,
// validation, protection). A shell over exceljs: no decisions about what the values mean.
//
// Two things exceljs would lose are put back: the custom XML parts (the template stamp; copied
// from the original package), and a trustworthy recalculation (every cached formula result is
// dropped, so Excel and LibreOffice compute the formulas from the new figures on open).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue } from '../catalog/input';

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

function target(range: string): { sheet: string; address: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(range.trim());
  return m ? { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: `${m[3]}${m[4]}` } : null;
}

/** Custom XML parts of the original package, put back into the one exceljs wrote. */
async function restoreCustomXml(original: Uint8Array, written: Buffer): Promise<Buffer> {
  const before = await JSZip.loadAsync(original);
  const parts = Object.keys(before.files).filter((p) => p.startsWith('customXml/') && !before.files[p].dir);
  if (parts.length === 0) return written;
  const after = await JSZip.loadAsync(written);
  for (const p of parts) after.file(p, await before.file(p)!.async('uint8array'));
  const relsPath = 'xl/_rels/workbook.xml.rels';
  const oldRels = (await before.file(relsPath)?.async('string')) ?? '';
  let rels = await after.file(relsPath)!.async('string');
  const targets = [...oldRels.matchAll(/<Relationship\b[^>]*\/customXml"[^>]*\/>/g)]
    .map((m) => /Target="([^"]+)"/.exec(m[0])?.[1])
    .filter((t): t is string => t !== undefined);
  targets.forEach((t, i) => {
    if (rels.includes(`Target="${t}"`)) return;
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdPiiCustomXml${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="${t}"/></Relationships>`,
    );
  });
  after.file(relsPath, rels);
  const ctPath = '[Content_Types].xml';
  const oldCt = (await before.file(ctPath)?.async('string')) ?? '';
  let ct = await after.file(ctPath)!.async('string');
  if (!/Extension="xml"/.test(ct))
    ct = ct.replace('</Types>', '<Default Extension="xml" ContentType="application/xml"/></Types>');
  for (const m of oldCt.matchAll(/<Override\b[^>]*PartName="\/customXml\/[^"]*"[^>]*\/>/g))
    if (!ct.includes(m[0])) ct = ct.replace('</Types>', `${m[0]}</Types>`);
  after.file(ctPath, ct);
  return after.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function appendLog(wb: ExcelJS.Workbook, log: LogAppend): void {
  const wanted = log.sheetNames.map((n) => n.toLowerCase());
  let ws = wb.worksheets.find((w) => wanted.includes(w.name.toLowerCase()));
  if (!ws) {
    ws = wb.addWorksheet(log.sheetNames[0], { properties: { tabColor: { argb: 'FF7030A0' } } });
    ws.getCell(1, 1).value = log.title;
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    log.header.forEach((h, i) => {
      const cell = ws!.getCell(3, i + 1);
      cell.value = h;
      cell.font = { bold: true };
    });
    [22, 34, 14, 24, 12, 26, 22, 22, 70].forEach((w, i) => (ws!.getColumn(i + 1).width = w));
    ws.views = [{ state: 'frozen', ySplit: 3, xSplit: 0 }];
  }
  let next = Math.max(ws.actualRowCount > 0 ? ws.lastRow!.number : 0, 3) + 1;
  for (const row of log.rows) {
    row.forEach((v, i) => {
      if (v === null) return;
      const cell = ws!.getCell(next, i + 1);
      cell.value = v;
      // Text stays text: "1,5" or "0012" must not be read back as a number.
      if (typeof v === 'string') cell.numFmt = '@';
    });
    next++;
  }
}

/** Rebuilt by Excel on open; exceljs never writes it. */
const REBUILT = new Set(['xl/calcChain.xml']);

/**
 * Package parts of `before` that `after` lacks, by kind: a path with its digits removed
 * ("xl/charts/chart.xml"), since exceljs renumbers the parts it writes. Each entry is
 * "<kind> ×<how many fewer>", e.g. "xl/charts/chart.xml ×1": what exceljs could not carry over
 * (charts, pivot tables, macros, slicers...).
 */
async function lostParts(before: Uint8Array, after: Buffer): Promise<string[]> {
  const kinds = async (bytes: Uint8Array) => {
    const zip = await JSZip.loadAsync(bytes);
    const count = new Map<string, number>();
    for (const [path, entry] of Object.entries(zip.files)) {
      if (entry.dir || REBUILT.has(path)) continue;
      const kind = path.replace(/\d+/g, '');
      count.set(kind, (count.get(kind) ?? 0) + 1);
    }
    return count;
  };
  const [a, b] = await Promise.all([kinds(before), kinds(after)]);
  return [...a]
    .filter(([kind, n]) => (b.get(kind) ?? 0) < n)
    .map(([kind, n]) => `${kind} ×${n - (b.get(kind) ?? 0)}`);
}

/**
 * The bytes of the .xlsx `data` with `update` applied: each named cell set (text stays text),
 * the log rows appended (the sheet created at the end when missing), every cached formula result
 * dropped and full recalculation on load requested, custom XML parts kept. `lost` lists the
 * package parts exceljs could not carry over (see lostParts; empty for a workbook the project
 * made): the caller tells the officer, whose original file is untouched.
 * Errors: rejects with MissingNameError (nothing changed) when a name is not a single cell of the
 * file; with exceljs's error when `data` is not an .xlsx file.
 */
export async function updateWorkbook(
  data: Uint8Array,
  update: WorkbookUpdate,
): Promise<{ bytes: Buffer; lost: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const model = wb.definedNames.model as Array<{ name: string; ranges: string[] }>;
  const where = new Map(
    model.filter((n) => n.ranges.length === 1).map((n) => [n.name.toUpperCase(), target(n.ranges[0])]),
  );
  const cells: [ExcelJS.Cell, CellValue][] = [];
  const missing: string[] = [];
  for (const [name, value] of update.set) {
    const t = where.get(name.toUpperCase());
    const ws = t ? wb.getWorksheet(t.sheet) : undefined;
    if (!t || !ws) missing.push(name);
    else cells.push([ws.getCell(t.address), value]);
  }
  if (missing.length > 0) throw new MissingNameError(missing);
  for (const [cell, value] of cells) {
    cell.value = value;
    // As the writer does: LibreOffice stores a logical as a number with a logical format, so under
    // "#,##0" TRUE would become 1 there (and fire a jump check the master would not show).
    if (typeof value === 'boolean') cell.numFmt = 'General';
  }
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (
          v !== null &&
          typeof v === 'object' &&
          ('formula' in v || 'sharedFormula' in v) &&
          'result' in v
        ) {
          const { result: _result, ...rest } = v as ExcelJS.CellFormulaValue;
          cell.value = rest as ExcelJS.CellFormulaValue;
        }
      }),
    );
  }
  if (update.log) appendLog(wb, update.log);
  wb.calcProperties.fullCalcOnLoad = true;
  const written = Buffer.from(await wb.xlsx.writeBuffer());
  const bytes = await restoreCustomXml(data, written);
  return { bytes, lost: await lostParts(data, bytes) };
}
