export { writeXlsx, writeXlsxBytes } from './write';
export { readNamedValues } from './read-names';
export { readSheetGrid, type GridCell } from './read';
export {
  updateWorkbook,
  MissingNameError,
  PackageError,
  CellValueError,
  MAX_CELL_TEXT,
  type LogAppend,
  type WorkbookUpdate,
} from './update';
export { writePrintBytes } from './print';
