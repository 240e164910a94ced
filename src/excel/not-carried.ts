// The visible "Giá trị không chuyển được" sheet: every value a new template has no cell for is
// appended there (name, value as it was, from which version, when, why) instead of being dropped.
// Queued first in the write batch, before anything is cleared.
import { NOT_CARRIED_HEADER } from '../messages/own-sheets';
import { NOT_CARRIED_SHEET } from '../messages/excel';
import type { Lang } from '../catalog/types';
import { bilingual, officeFormula } from '../plan';
import { sheetByName, type Inventory } from './inventory';
import type { NotCarried } from './port';

export { NOT_CARRIED_SHEET };

const HEADER = NOT_CARRIED_HEADER;

/** The existing sheet (in either language), if any. */
export function findNotCarriedSheet(inventory: Inventory): string | undefined {
  return (sheetByName(inventory, NOT_CARRIED_SHEET.vi) ?? sheetByName(inventory, NOT_CARRIED_SHEET.en))?.name;
}

export function queueNotCarried(
  context: Excel.RequestContext,
  inventory: Inventory,
  values: NotCarried[],
  fromVersion: string,
  lang: Lang,
  today: string,
): string | undefined {
  if (values.length === 0) return undefined;
  const rows = values.map((v) => [
    officeFormula({ value: v.name }),
    officeFormula({ value: v.value as string | number | boolean }),
    officeFormula({ value: fromVersion }),
    officeFormula({ value: today }),
    officeFormula({ value: bilingual(v.reason) }),
  ]);
  const existing = findNotCarriedSheet(inventory);
  const worksheets = context.workbook.worksheets;
  let target: Excel.Range;
  let sheet: Excel.Worksheet;
  if (existing) {
    sheet = worksheets.getItem(existing);
    sheet.visibility = 'Visible';
    // Below whatever is already there: earlier upgrades' rows are never overwritten.
    target = sheet
      .getUsedRange()
      .getColumn(0)
      .getLastCell()
      .getOffsetRange(1, 0)
      .getResizedRange(rows.length - 1, HEADER.length - 1);
  } else {
    sheet = worksheets.add(NOT_CARRIED_SHEET[lang]);
    const header = sheet.getRangeByIndexes(0, 0, 1, HEADER.length);
    header.values = [HEADER];
    header.format.font.bold = true;
    header.format.fill.color = '#FCE4D6';
    sheet.tabColor = '#C00000';
    target = sheet.getRangeByIndexes(1, 0, rows.length, HEADER.length);
  }
  target.formulas = rows;
  sheet.getRange('A:E').format.columnWidth = 160;
  return existing ?? NOT_CARRIED_SHEET[lang];
}
