export { writeXlsx, writeXlsxFile, planToWorkbook } from './write';
