// The LibreOffice helper itself: formulas written without cached results come back computed,
// named cells resolve, many files go through one call, a failed conversion is an error.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { cellText, namedText, parseCsv, recalculate } from '../support/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-lo-smoke-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function workbook(file: string, a1: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhập liệu');
  ws.getCell('A1').value = a1;
  // No `result`: exceljs writes <f> without <v>, so nothing cached can be trusted.
  ws.getCell('B1').value = { formula: 'A1*2+1/4' } as ExcelJS.CellFormulaValue;
  ws.getCell('B2').value = { formula: 'IF(COUNT(A3)=1,A3,"")' } as ExcelJS.CellFormulaValue;
  ws.getCell('B3').value = { formula: '1/3' } as ExcelJS.CellFormulaValue;
  ws.getCell('B3').numFmt = '0.00';
  ws.getCell('C1').value = 'He said "1,5"\nthen left';
  wb.definedNames.add("'Nhập liệu'!$A$1", 'PII_in_x');
  const out = wb.addWorksheet('Kết quả');
  out.getCell('A1').value = { formula: 'PII_in_x*10' } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(file);
  return file;
}

test('a wrong cached result is recomputed, not trusted (the profile forces recalculation)', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kết quả');
  ws.getCell('A1').value = 20;
  // A stale cache, as a workbook saved by Excel before an edit would carry.
  ws.getCell('B1').value = { formula: 'A1*3', result: 999 } as ExcelJS.CellFormulaValue;
  const file = path.join(dir, 'stale-cache.xlsx');
  await wb.xlsx.writeFile(file);
  const grid = (await recalculate([file], { expectSheets: ['Kết quả'] })).get(file)!;
  expect(cellText(grid, 'Kết quả', 'B1')).toBe('60');
});

test('formulas without cached values come back computed, names resolve, sheets are all there', async () => {
  const files = [await workbook(path.join(dir, 'a.xlsx'), 7), await workbook(path.join(dir, 'b.xlsx'), 0.5)];
  const result = await recalculate(files, { expectSheets: ['Nhập liệu', 'Kết quả'] });
  const a = result.get(files[0])!;
  const b = result.get(files[1])!;
  expect(cellText(a, 'Nhập liệu', 'B1')).toBe('14.25');
  expect(cellText(b, 'Nhập liệu', 'B1')).toBe('1.25');
  expect(cellText(a, 'Nhập liệu', 'B2')).toBe('');
  // A display format does not round the CSV (filter token 9 = false): 15 significant digits.
  expect(cellText(a, 'Nhập liệu', '$B$3')).toBe('0.333333333333333');
  expect(cellText(a, 'Nhập liệu', 'C1')).toBe('He said "1,5"\nthen left');
  expect(cellText(a, 'Kết quả', 'A1')).toBe('70');
  expect(namedText(b, [{ name: 'PII_in_x', sheet: 'Nhập liệu', address: '$A$1' }], 'PII_in_x')).toBe('0.5');
});

test('a file LibreOffice cannot convert is an error, not an empty result', async () => {
  const bad = path.join(dir, 'missing.xlsx');
  await expect(recalculate([bad])).rejects.toThrow(/no such file/);
  const dup = [path.join(dir, 'a.xlsx'), path.join(dir, 'sub', 'a.xlsx')];
  fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
  fs.copyFileSync(dup[0], dup[1]);
  await expect(recalculate(dup)).rejects.toThrow(/basename/);
  const sheetless = await workbook(path.join(dir, 'c.xlsx'), 1);
  await expect(recalculate([sheetless], { expectSheets: ['Kiểm tra'] })).rejects.toThrow(
    /no sheet "Kiểm tra"/,
  );
});

test('parseCsv handles quotes, doubled quotes and embedded newlines', () => {
  expect(parseCsv('a,"b,c","d""e"\n"x\ny",\n')).toEqual([
    ['a', 'b,c', 'd"e'],
    ['x\ny', ''],
  ]);
});
