// The .xlsx writer applies the plan: sheets, formulas without cached results, names, validation,
// conditional formats, protection, unlocked inputs, the custom XML part.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { builtinCatalog } from '../../../src/catalog';
import { buildPlan, fillPlanInputs, parseCell } from '../../../src/plan';
import { writeXlsx } from '../../../src/xlsx';

const plan = fillPlanInputs(
  buildPlan(builtinCatalog('2023'), { province: 'Hưng Yên', year: 2024, lang: 'vi' }),
  {
    values: { grdp: '1,5', population: 1300000 },
  },
);

let buffer: Buffer;
beforeAll(async () => {
  buffer = await writeXlsx(plan);
});

test('sheets, names and formulas without cached values', async () => {
  const zip = await JSZip.loadAsync(buffer);
  const sheetXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
  expect(sheetXml).toContain('<f>');
  expect(sheetXml).not.toMatch(/<\/f><v>/); // no cached result after any formula
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  expect(wb.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  for (const n of plan.names) expect(workbookXml).toContain(`name="${n.name}"`);
});

test('inputs keep their type, are unlocked and validated; sheets are protected without password', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  const at = (name: string) => {
    const n = plan.names.find((x) => x.name === name)!;
    const { row, col } = parseCell(n.address);
    return wb.getWorksheet(n.sheetName)!.getCell(row + 1, col + 1);
  };
  expect(at('PII_in_grdp').value).toBe('1,5');
  expect(at('PII_in_population').value).toBe(1300000);
  expect(at('PII_in_population').protection?.locked).toBe(false);
  expect(at('PII_in_population').dataValidation).toMatchObject({ type: 'whole', errorStyle: 'stop' });
  expect(at('PII_score_7_1_2').protection?.locked).not.toBe(false);
  const zip = await JSZip.loadAsync(buffer);
  const entry = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
  expect(entry).toMatch(/<sheetProtection[^>]*sheet="1"/);
  expect(entry).not.toMatch(/<sheetProtection[^>]*hashValue/);
  expect(entry).toContain('<conditionalFormatting');
});

test('custom XML part is registered in the package', async () => {
  const zip = await JSZip.loadAsync(buffer);
  expect(await zip.file('customXml/item1.xml')!.async('string')).toBe(plan.customXml.xml);
  expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).toContain('../customXml/item1.xml');
  expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/customXml/itemProps1.xml');
});
