// Only when the officer asks: the "Tiến độ / Progress" sheet (rows from src/collect/progress-sheet.ts).
// Three syncs whatever the workbook: the sheet names; the first cell of the sheets that may be ours
// (an empty request when there is none); one write with events off (writeQuietly). It writes only that sheet, never a figure.
//
// A retry after any failure writes the sheet once: a sheet bearing the wanted name (or "Name (n)")
// is ours when its A1 holds the title or it is empty (a failed write left it so), and it is cleared
// and rewritten rather than joined by a second one. An officer's own sheet of that name is left
// whole; ours then takes "Name (2)".
import type { ProgressSheet } from '../collect/progress-sheet';
import { officeFormula } from '../plan';
import { writeQuietly } from './quiet-write';
import { freeSheetName } from './sheet-name';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sheet names that may hold ours, the wanted name first, then "Name (2)", "Name (3)"... */
function candidates(wanted: string, names: string[]): string[] {
  const numbered = new RegExp(`^${escape(wanted)} \\((\\d+)\\)$`, 'i');
  const n = (s: string) => Number(numbered.exec(s)?.[1] ?? 0);
  return names
    .filter((s) => s.toLowerCase() === wanted.toLowerCase() || n(s) > 0)
    .sort((a, b) => n(a) - n(b));
}

/**
 * Writes `sheet` as a visible sheet and activates it (3 syncs); returns the sheet's name. Values
 * only, in one range write; the title and header rows bold. Rejects with Office's error when a
 * request fails; events are on again and no figure was touched.
 */
export async function writeProgressSheet(
  context: Excel.RequestContext,
  sheet: ProgressSheet,
): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const names = worksheets.items.map((s) => s.name);

  const probes = candidates(sheet.sheetName, names).map((name) => {
    const ws = worksheets.getItem(name);
    const first = ws.getRange('A1');
    const used = ws.getUsedRangeOrNullObject(true);
    first.load('values');
    used.load('address');
    return { name, first, used };
  });
  await context.sync();
  const ours = probes.find((p) => p.used.isNullObject || p.first.values[0][0] === sheet.title)?.name;
  const name = ours ?? freeSheetName(sheet.sheetName, names);

  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const cells = sheet.rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const v = r[c];
      return v === null || v === undefined ? '' : officeFormula({ value: v });
    }),
  );
  await writeQuietly(context, () => {
    const ws = ours ? worksheets.getItem(name) : worksheets.add(name);
    // Last time's rows may be more than this time's: the whole sheet goes first.
    if (ours) ws.getRange().clear();
    const range = ws.getRangeByIndexes(0, 0, cells.length, width);
    range.formulas = cells;
    for (const row of sheet.boldRows) ws.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
    range.format.autofitColumns();
    ws.activate();
  });
  return name;
}
