// updateWorkbook: cells set by defined names (text stays text), the log sheet created then
// appended to, the custom XML stamp kept, stale cached results dropped, a part exceljs does not
// model (a chart) kept, and an unknown name refused before anything changes.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { builtinCatalog, type CellValue } from '../../../src/catalog';
import { buildPlan, NAMES } from '../../../src/plan';
import {
  MissingNameError,
  readNamedValues,
  readSheetGrid,
  updateWorkbook,
  writeXlsx,
} from '../../../src/xlsx';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { tmpdir } from 'os';

const plan = buildPlan(builtinCatalog('2025'), { province: 'Bắc Ninh', year: 2025, lang: 'en' });
const log = (rows: (string | number | null)[][]) => ({
  sheetNames: ['Import log', 'Nhật ký nhập'],
  title: 'Log',
  header: ['a', 'b'],
  rows,
});

test('sets named cells, creates then appends to the log, keeps the custom XML part', async () => {
  const master = await writeXlsx(plan);
  const first = await updateWorkbook(master, {
    set: new Map<string, CellValue>([
      [NAMES.input('grdp'), 250000],
      [NAMES.evidence('grdp').toUpperCase(), '0012'],
    ]),
    log: log([['x', 1]]),
  });
  expect(first.lost).toEqual([]);
  const named = await readNamedValues(first.bytes);
  expect(named.get('PII_IN_GRDP')).toBe(250000);
  expect(named.get('PII_EV_GRDP')).toBe('0012');
  const second = await updateWorkbook(first.bytes, { set: new Map(), log: log([['y', 2]]) });
  const file = join(tmpdir(), `update-${process.pid}.xlsx`);
  writeFileSync(file, second.bytes);
  const grid = await readSheetGrid(file, ['Import log']);
  expect(grid!.grid.slice(2)).toEqual([
    ['a', 'b'],
    ['x', 1],
    ['y', 2],
  ]);
  const zip = await JSZip.loadAsync(second.bytes);
  expect(await zip.file('customXml/item1.xml')!.async('string')).toContain('piiTemplate');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  expect(rels.match(/customXml"/g)).toHaveLength(1);
});

test('drops cached formula results so the figures are recomputed on open', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = { formula: '1+1', result: 999 } as ExcelJS.CellFormulaValue;
  wb.definedNames.add('S!$B$1', 'PII_in_x');
  const out = await updateWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), {
    set: new Map([['PII_in_x', 5]]),
  });
  const sheet = await (await JSZip.loadAsync(out.bytes)).file('xl/worksheets/sheet1.xml')!.async('string');
  expect(sheet).toContain('<f>1+1</f>');
  expect(sheet).not.toContain('999');
});

test('keeps a part exceljs does not model (a chart): nothing is reported lost', async () => {
  const zip = await JSZip.loadAsync(await writeXlsx(plan));
  zip.file(
    'xl/charts/chart1.xml',
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
  );
  const withChart = await zip.generateAsync({ type: 'nodebuffer' });
  const out = await updateWorkbook(withChart, { set: new Map() });
  expect(out.lost).toEqual([]);
  const after = await JSZip.loadAsync(out.bytes);
  expect(await after.file('xl/charts/chart1.xml')!.async('string')).toContain('c:chartSpace');
});

test('refuses a name the workbook does not have, before changing anything', async () => {
  await expect(
    updateWorkbook(await writeXlsx(plan), { set: new Map([['PII_in_nothing', 1]]) }),
  ).rejects.toThrow(MissingNameError);
});
