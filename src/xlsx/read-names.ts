// Reading a workbook file by its defined names, the contract every PII workbook speaks (README,
// "The template's contract"). Names and cells only: a file re-saved by another program may have
// lost its custom XML parts, comments or styles, never its names and cells.
import ExcelJS from 'exceljs';
import type { CellValue } from '../catalog/input';
import { DAY_MS, excelDateTime } from '../catalog/evidence';

/** "'Nhập liệu'!$C$12" -> sheet and A1 address; null for anything but one plain cell or range. */
function splitRange(range: string): { sheet: string; address: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!\$?([A-Z]{1,3})\$?(\d+)(?::.*)?$/.exec(range.trim());
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: `${m[3]}${m[4]}` };
}

/** A cell's value as the engine reads it: formulas give their cached result, rich text its text. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  // A date cell holds a number, as Excel's own API gives it (exceljs makes it a Date in UTC).
  if (value instanceof Date) return (value.getTime() - excelDateTime(0)) / DAY_MS;
  if (typeof value === 'object') {
    if ('result' in value) return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
    if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

/**
 * Every workbook-level defined name of an .xlsx file with the value of its (top-left) cell.
 * Shape: Map from the upper-case name (Excel names are case-insensitive) to the cell's value
 * (null for a blank cell, or a name that is not a plain reference to an existing sheet).
 * Errors: rejects when the bytes are not an .xlsx file (exceljs's own error).
 */
export async function readNamedValues(data: Buffer | ArrayBuffer): Promise<Map<string, CellValue>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const out = new Map<string, CellValue>();
  const model = workbook.definedNames.model as Array<{ name: string; ranges: string[] }>;
  for (const { name, ranges } of model) {
    const target = ranges.length === 1 ? splitRange(ranges[0]) : null;
    const sheet = target ? workbook.getWorksheet(target.sheet) : undefined;
    out.set(name.toUpperCase(), sheet && target ? plain(sheet.getCell(target.address).value) : null);
  }
  return out;
}
