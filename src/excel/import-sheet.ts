// The pane's import of agency files, written into the master: the figures into their named cells
// and the provenance onto the import log sheet ("Nhật ký nhập" / "Import log", the sheet and
// columns `pii merge` writes), in one request with events off.
//
// Excel keeps the commands before a failed one and drops the rest, with no rollback. So the log
// rows go first, in one range command (all of an import's rows or none), and the figures after:
//   - a failure before the rows: nothing of the import is written; a retry writes it all;
//   - a failure among the figures: the log holds the import once, each figure holds either its
//     old value or the new one; a retry finds the import's id (its time, the log's first column)
//     and writes only the figures.
// Before writing, every target cell must still hold the value read before the merge or the new
// one: a figure typed since is never overwritten unseen (the import is refused, nothing written).
import type { CellValue } from '../catalog/input';
import type { Catalog } from '../catalog/types';
import {
  changedSince,
  masterFigureNames,
  LOG_FIRST_ROW,
  parseImportLog,
  type ImportLogEntry,
  type ImportPlan,
} from '../collect/import';
import type { NamedValues } from '../collect/merge';
import { COLLECT_TEXT } from '../messages/collect';
import { officeFormula } from '../plan';
import { cellValue, readNamed, valuesFromA1 } from './inventory';
import type { ImportOutcome } from './port';
import { writeQuietly } from './quiet-write';
import { STRUCTURE_PROTECTED, WorkbookRefusal } from './refusal';

/** The log columns' widths as the CLI sets them (characters; about 5.25 points each in Excel). */
const COLUMN_WIDTHS = [22, 34, 14, 24, 12, 26, 22, 22, 70];

/** Both languages' names of the log sheet, the master's own first (Excel compares them case-insensitively). */
const logSheetNames = (preferred: string[] = []): string[] => {
  const all = [...preferred, COLLECT_TEXT.logSheet.vi, COLLECT_TEXT.logSheet.en];
  return all.filter((n, i) => all.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
};

interface LogSheet {
  /** The existing sheet's name, or null when there is none. */
  name: string | null;
  /** Rows in use (from row 1); 0 for a sheet that is empty or missing. */
  rows: number;
  entries: ImportLogEntry[];
  structureProtected: boolean;
}

/** The import log sheet and the workbook's structure protection (1 sync). */
async function readLogSheet(context: Excel.RequestContext, preferred?: string[]): Promise<LogSheet> {
  const tries = logSheetNames(preferred).map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name).load('name');
    const used = sheet.getUsedRangeOrNullObject(true).load(['values', 'address', 'rowIndex', 'rowCount']);
    return { sheet, used };
  });
  const protection = context.workbook.protection.load('protected');
  await context.sync();
  const structureProtected = protection.protected;
  const found = tries.find((t) => !t.sheet.isNullObject);
  if (!found) return { name: null, rows: 0, entries: [], structureProtected };
  const name = found.sheet.name;
  if (found.used.isNullObject) return { name, rows: 0, entries: [], structureProtected };
  const rows = found.used.rowIndex + found.used.rowCount;
  const entries = parseImportLog(valuesFromA1(found.used.address, found.used.values));
  return { name, rows, entries, structureProtected };
}

/**
 * The master's named cells an import compares (masterFigureNames): upper-case defined name ->
 * value (null: blank); a name the workbook lacks is absent. 1 sync (2-3 when a name is missing).
 */
export async function readNamedFigures(
  context: Excel.RequestContext,
  catalog: Catalog,
): Promise<NamedValues> {
  const names = masterFigureNames(catalog);
  const get = await readNamed(context, names);
  const out = new Map<string, CellValue>();
  for (const name of names) {
    const v = get(name);
    if (v !== undefined) out.set(name.toUpperCase(), v);
  }
  return out;
}

/** Every row of the import log sheet, oldest first (1 sync); none when there is no log. */
export async function readImportLog(context: Excel.RequestContext): Promise<ImportLogEntry[]> {
  return (await readLogSheet(context)).entries;
}

const formula = (v: CellValue) => officeFormula(v === null ? null : { value: v });

/** For a cell formatted as text ("@"): Excel keeps an apostrophe there as part of the text. */
const textCell = (v: CellValue) => (v === null ? '' : typeof v === 'string' ? v : formula(v));

/**
 * The value of each named cell and whether it is formatted as text (1 sync; 2-3 more when the
 * read fails: a missing name then reads as absent, any other failure is rethrown).
 */
async function readTargets(
  context: Excel.RequestContext,
  names: string[],
): Promise<Map<string, { value: CellValue; text: boolean }>> {
  const out = new Map<string, { value: CellValue; text: boolean }>();
  try {
    const loads = names.map(
      (name) =>
        [name, context.workbook.names.getItem(name).getRange().load(['values', 'numberFormat'])] as const,
    );
    await context.sync();
    for (const [name, range] of loads)
      out.set(name.toUpperCase(), {
        value: cellValue(range.values[0]?.[0]),
        text: range.numberFormat[0]?.[0] === '@',
      });
  } catch (error) {
    // A name gone since the files were read fails the whole read (ItemNotFound): the names then
    // read as absent, and the import is refused naming them. Any other failure: nothing is
    // written (the cells' formats are unknown), the error goes to the officer, a retry completes.
    const get = await readNamed(context, names);
    if (names.every((name) => get(name) !== undefined)) throw error;
    for (const name of names) {
      const value = get(name);
      if (value !== undefined) out.set(name.toUpperCase(), { value, text: false });
    }
  }
  return out;
}

/**
 * Applies `plan` (src/collect/import.ts importPlan): log rows, then figures (3 syncs: the log,
 * the target cells, one write). Idempotent: a retry of the same plan writes its log rows once.
 * Errors: WorkbookRefusal 'changedSinceRead' (a target cell changed since the files were read) or
 * 'structureProtected' (no log sheet and the structure is protected), nothing written; otherwise
 * the host's error after events are back on, with the guarantee in the file comment.
 */
export async function importFigures(context: Excel.RequestContext, plan: ImportPlan): Promise<ImportOutcome> {
  const log = await readLogSheet(context, plan.log.sheetNames);
  const cells = await readTargets(
    context,
    plan.figures.map((f) => f.name),
  );
  const changed = changedSince(plan, (name) => cells.get(name.toUpperCase())?.value);
  if (changed.length > 0)
    throw new WorkbookRefusal('changedSinceRead', COLLECT_TEXT.changedSinceRead(changed.join(', ')));
  const logged = log.entries.some((e) => e.importedAt === plan.id);
  const rows = logged ? [] : plan.log.rows;
  if (!log.name && rows.length > 0 && log.structureProtected)
    throw new WorkbookRefusal('structureProtected', STRUCTURE_PROTECTED);
  const columns = plan.log.header.length;
  await writeQuietly(context, () => {
    if (rows.length > 0) {
      const sheet = log.name
        ? context.workbook.worksheets.getItem(log.name)
        : context.workbook.worksheets.add(plan.log.sheetNames[0]);
      // A new sheet, or one an interrupted first import left empty: laid out before the header is
      // written, so that a retry (which sees an empty sheet) lays it out again.
      if (log.rows === 0) {
        COLUMN_WIDTHS.slice(0, columns).forEach(
          (w, i) => (sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round(w * 5.25)),
        );
        sheet.getRange('A1').format.font.bold = true;
        sheet.getRangeByIndexes(2, 0, 1, columns).format.font.bold = true;
        const title = [plan.log.title, ...Array(columns - 1).fill('')];
        sheet.getRangeByIndexes(0, 0, LOG_FIRST_ROW, columns).formulas = [
          title,
          Array(columns).fill(''),
          plan.log.header,
        ].map((r) => r.map(formula));
      }
      // All of the import's rows in one command: the log holds the whole import or none of it.
      sheet.getRangeByIndexes(Math.max(log.rows, LOG_FIRST_ROW), 0, rows.length, columns).formulas = rows.map(
        (r) => r.map(formula),
      );
    }
    for (const f of plan.figures)
      context.workbook.names.getItem(f.name).getRange().formulas = [
        [cells.get(f.name.toUpperCase())?.text ? textCell(f.after) : formula(f.after)],
      ];
  });
  return { written: plan.figures.length, logRows: rows.length };
}
