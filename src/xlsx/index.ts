export { writeXlsx, writeXlsxFile } from './write';
export { readSheetGrid, type GridCell } from './read';
