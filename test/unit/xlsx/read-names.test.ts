// A workbook file read back by its defined names, as last year's workbook is.
import ExcelJS from 'exceljs';
import { builtinCatalog } from '../../../src/catalog';
import { buildPlan, NAMES } from '../../../src/plan';
import { readNamedValues, writeXlsx } from '../../../src/xlsx';

it('reads every defined name with its cell: typed values, blanks as null, the cover stamp', async () => {
  const plan = buildPlan(builtinCatalog('2024'), { province: 'Bắc Giang', year: 2024, lang: 'vi' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeXlsx(plan)) as unknown as ArrayBuffer);
  const put = (name: string, value: ExcelJS.CellValue) => {
    const n = plan.names.find((x) => x.name === name)!;
    workbook.getWorksheet(n.sheetName)!.getCell(n.address.replace(/\$/g, '')).value = value;
  };
  put(NAMES.input('population'), 1_900_000);
  put(NAMES.input('grdp'), '1,5');
  const values = await readNamedValues(Buffer.from(await workbook.xlsx.writeBuffer()));
  expect(values.get(NAMES.input('population').toUpperCase())).toBe(1_900_000);
  expect(values.get(NAMES.input('grdp').toUpperCase())).toBe('1,5');
  expect(values.get(NAMES.input('communes').toUpperCase())).toBeNull();
  expect(values.get(NAMES.meta('province').toUpperCase())).toBe('Bắc Giang');
  expect(values.get(NAMES.meta('edition').toUpperCase())).toBe('2024');
  expect(values.size).toBe(plan.names.length);
});
