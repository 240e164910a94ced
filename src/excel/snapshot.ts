// Only when the officer asks: a new dated results sheet with the snapshot's rows and a native
// clustered bar chart over them. Two syncs: the sheet names (to pick a free one), then the write.
import { officeFormula } from '../plan';
import type { ScoreSnapshot } from './port';
import { writeQuietly } from './quiet-write';
import { freeSheetName } from './sheet-name';

export async function writeSnapshotSheet(
  context: Excel.RequestContext,
  snapshot: ScoreSnapshot,
): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const name = freeSheetName(
    snapshot.sheetName,
    worksheets.items.map((s) => s.name),
  );

  await writeQuietly(context, () => queueSnapshot(worksheets, name, snapshot));
  return name;
}

function queueSnapshot(worksheets: Excel.WorksheetCollection, name: string, snapshot: ScoreSnapshot): void {
  const width = Math.max(1, ...snapshot.rows.map((r) => r.length));
  const rows = snapshot.rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const v = r[c];
      return v === null || v === undefined ? '' : officeFormula({ value: v });
    }),
  );
  const sheet = worksheets.add(name);
  if (rows.length > 0) {
    const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
    range.formulas = rows;
    sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
    range.format.autofitColumns();
  }
  const { firstRow, lastRow, labelColumn, valueColumn, title } = snapshot.chart;
  const count = lastRow - firstRow + 1;
  if (count > 0) {
    const chart = sheet.charts.add(
      'BarClustered',
      sheet.getRangeByIndexes(firstRow, valueColumn, count, 1),
      'Columns',
    );
    chart.series.getItemAt(0).setXAxisValues(sheet.getRangeByIndexes(firstRow, labelColumn, count, 1));
    chart.title.text = title;
    chart.legend.visible = false;
    chart.setPosition(
      sheet.getRangeByIndexes(0, width + 1, 1, 1),
      sheet.getRangeByIndexes(Math.max(count, 20), width + 9, 1, 1),
    );
  }
  sheet.activate();
}
