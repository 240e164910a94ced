// The locked versions of the figures, as rows of a hidden sheet (src/collect/versions.ts holds the
// format). The sheet bears no PII_ name, so template loads never touch it; it is hidden, not
// "very hidden", so an officer can always see what was recorded (Home > Format > Unhide).
//
// A lock writes all its rows with one range command: a failure records the whole version or
// nothing, and a retry records it once (the id is read again).
import {
  nextVersionId,
  parseVersions,
  VERSION_COLUMNS,
  VERSIONS_SHEET,
  versionRows,
  type FigureVersion,
} from '../collect/versions';
import type { CellValue } from '../catalog/input';
import { officeFormula } from '../plan';
import { writeQuietly } from './quiet-write';

export { VERSIONS_SHEET };

/** The versions sheet's rows and versions (1 sync); none when the sheet does not exist. */
async function readSheet(
  context: Excel.RequestContext,
): Promise<{ exists: boolean; rows: number; versions: FigureVersion[] }> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(VERSIONS_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true);
  sheet.load('name');
  used.load(['values', 'rowCount', 'rowIndex']);
  await context.sync();
  if (sheet.isNullObject) return { exists: false, rows: 0, versions: [] };
  if (used.isNullObject) return { exists: true, rows: 0, versions: [] };
  const values = [...Array.from({ length: used.rowIndex }, () => []), ...used.values];
  return { exists: true, rows: used.rowIndex + used.rowCount, versions: parseVersions(values) };
}

/** Every locked version, oldest first (1 sync). */
export async function readVersions(context: Excel.RequestContext): Promise<FigureVersion[]> {
  return (await readSheet(context)).versions;
}

/**
 * Records `figures` as the next version (2 syncs: the sheet's rows, then one write). Returns it.
 * On failure events are switched back on and the error is rethrown; nothing half-written stays.
 */
export async function writeVersion(
  context: Excel.RequestContext,
  entry: { label: string; lockedAt: string; source: string; figures: Map<string, CellValue> },
): Promise<FigureVersion> {
  const { exists, rows, versions } = await readSheet(context);
  const version: FigureVersion = { id: nextVersionId(versions), ...entry };
  const body = versionRows(version).map((r) => r.map((v) => officeFormula({ value: v })));
  const header = rows === 0 ? [VERSION_COLUMNS.map((h) => officeFormula({ value: h }))] : [];
  const cells = [...header, ...body];
  await writeQuietly(context, () => {
    const sheet = exists
      ? context.workbook.worksheets.getItem(VERSIONS_SHEET)
      : context.workbook.worksheets.add(VERSIONS_SHEET);
    // A new sheet, or one left empty by an interrupted first lock: hidden before anything is
    // written, so that the rows are the last command: once they are written, the lock is done.
    if (rows === 0) sheet.visibility = 'Hidden';
    sheet.getRangeByIndexes(rows, 0, cells.length, VERSION_COLUMNS.length).formulas = cells;
  });
  return version;
}
