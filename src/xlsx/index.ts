export { writeXlsx, writeXlsxFile } from './write';
