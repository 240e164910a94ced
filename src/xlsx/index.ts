export { writeXlsx, writeXlsxFile } from './write';
export { readNamedValues } from './read-names';
