export { writeXlsx, writeXlsxBytes } from './write';
export { readNamedValues } from './read-names';
export { readSheetGrid, type GridCell } from './read';
