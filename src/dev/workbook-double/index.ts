/**
 * In-memory double of the Excel JavaScript API, for unit tests and the browser preview.
 * Dev-only: production code must never import it.
 *
 *   const book = new WorkbookDouble({ sheets: ['Nhập liệu'] });
 *   await book.run(async (context) => {        // context is typed Excel.RequestContext
 *     context.workbook.worksheets.getItem('Nhập liệu').getRange('C12').values = [[5]];
 *     await context.sync();
 *   });
 *   book.getCell('Nhập liệu', 'C12').value;    // 5
 *
 * book.run(previous, batch) reuses an earlier context, as Excel.run(context, batch) does.
 *
 * installOfficeGlobals(book) additionally provides Excel.run, Excel.* enums and
 * Office.context.requirements for code that reaches for the globals.
 */
export {
  WorkbookDouble,
  type CellFormatSnapshot,
  type CellSnapshot,
  type ChartSnapshot,
  type ConditionalFormatSnapshot,
  type CustomXmlPartSnapshot,
  type DataValidationSnapshot,
  type NameSnapshot,
  type RunPrevious,
  type SheetSnapshot,
  type WorkbookDoubleOptions,
} from './workbook-double';
export { installOfficeGlobals } from './globals';
export { EXCEL_ENUMS } from './enums';
export { OfficeErrorDouble, type OfficeErrorCode } from './errors';
export type { FormulaEvaluator } from './model';
export { CURRENT_EXCEL, WEB_REQUEST_LIMIT_BYTES, type ExcelBehaviour } from './faults';
