// Read a sheet's values from an .xlsx with exceljs: plain numbers, text and booleans, row-major
// from A1 (what the framework reader takes). A shell: no decisions about what the cells mean.
import ExcelJS from 'exceljs';

export type GridCell = string | number | boolean | null;

function plain(v: ExcelJS.CellValue): GridCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('hyperlink' in v) return plain(v.text as ExcelJS.CellValue);
    if ('formula' in v || 'sharedFormula' in v)
      return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('error' in v) return String(v.error);
  }
  return String(v as unknown);
}

/**
 * The values of the first sheet whose name is one of `names` (case-insensitive), or undefined;
 * `file` is a path or the file's bytes. Hidden sheets count.
 */
export async function readSheetGrid(
  file: string | Uint8Array,
  names: string[],
): Promise<{ name: string; grid: GridCell[][] } | undefined> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ArrayBuffer);
  const wanted = names.map((n) => n.toLowerCase());
  const ws = wb.worksheets.find((w) => wanted.includes(w.name.toLowerCase()));
  if (!ws) return undefined;
  const grid: GridCell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c - 1] = plain(cell.value);
    });
    grid[r - 1] = Array.from(cells, (x) => x ?? null);
  });
  return { name: ws.name, grid: Array.from(grid, (r) => r ?? []) };
}
