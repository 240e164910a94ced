export { writeXlsx } from './write';
export { readNamedValues } from './read-names';
