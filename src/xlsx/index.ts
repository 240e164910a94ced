export { writeXlsx } from './write';
