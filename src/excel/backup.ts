// The backup that makes a load transactional. Office JS has no rollback: when a command fails,
// the ones before it stay applied and the rest are dropped. So before a load clears anything, it
// writes every figure in the workbook (by defined name) onto a sheet of its own, in ONE range
// write; the last command of the load deletes that sheet. A load that fails at any point leaves
// either nothing cleared (the backup write itself, or what precedes it, failed) or a complete
// backup; the next load reads it back and fills every blank input from it ("write ahead, then
// apply": the journal pattern of databases). Pure, except for the queue function at the end.
import { BACKUP_HEADER, BACKUP_SHEET } from '../messages/own-sheets';
import type { CellValue } from '../catalog/input';
import { bilingual, officeFormula } from '../plan';
import { EXCEL_TEXT } from '../messages/excel';

/** A sheet name no template or officer's sheet is likely to have; visible, so nothing is hidden. */
export { BACKUP_SHEET };

const MARK = 'PII_BACKUP';
const END = 'PII_BACKUP_END';
const FORMAT = 1;
const WIDTH = 3;

const EXPLANATION = EXCEL_TEXT.backupExplanation;

export interface BackupEntry {
  /** The defined name the value belongs to (PII_in_population). */
  name: string;
  value: Exclude<CellValue, null>;
}

export interface Backup {
  entries: BackupEntry[];
  /** ISO date-time of the backup. */
  takenAt: string;
}

type Row = (string | number | boolean)[];

const pad = (row: Row): Row => [...row, ...Array<string>(WIDTH - row.length).fill('')];

/** The backup as `range.formulas` rows (WIDTH columns; text apostrophe-prefixed). */
export function backupRows(backup: Backup): Row[] {
  const text = (value: string | number | boolean) => officeFormula({ value });
  return [
    pad([MARK, FORMAT, text(backup.takenAt)]),
    pad([text(bilingual(EXPLANATION))]),
    pad(BACKUP_HEADER),
    ...backup.entries.map((e) => pad([e.name, text(e.value)])),
    pad([END, backup.entries.length]),
  ];
}

/**
 * Reads a backup sheet's used-range values back. Null unless the backup is complete: the marker
 * first, the end row last, and as many entries as the end row counts.
 */
export function parseBackup(values: unknown[][]): Backup | null {
  if (values.length < 3 || values[0]?.[0] !== MARK || values[0]?.[1] !== FORMAT) return null;
  const last = values[values.length - 1];
  if (last?.[0] !== END || typeof last[1] !== 'number') return null;
  const body = values.slice(3, -1); // after the marker, the explanation and the header
  if (body.length !== last[1]) return null;
  const entries: BackupEntry[] = [];
  for (const row of body) {
    const value = row[1];
    if (typeof row[0] !== 'string' || row[0] === '') return null;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      entries.push({ name: row[0], value });
  }
  return { entries, takenAt: String(values[0][2] ?? '') };
}

/** Is this sheet name one a backup may have ("Sao lưu PII (backup)", "… (2)")? */
export const isBackupSheetName = (name: string): boolean =>
  name.toLowerCase().startsWith(BACKUP_SHEET.toLowerCase());

/**
 * Queues the backup as the first writes of a load: a NEW sheet named `sheetName` (never one that
 * exists: an older backup stays whole until the load that supersedes it has completed) and ONE
 * range write of every row.
 */
export function queueBackup(context: Excel.RequestContext, backup: Backup, sheetName: string): void {
  const rows = backupRows(backup);
  const sheet = context.workbook.worksheets.add(sheetName);
  sheet.getRangeByIndexes(0, 0, rows.length, WIDTH).formulas = rows;
}
