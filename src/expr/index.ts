export * from './types';
export { evaluateExpr, compileExpr, isExcelError, excelTrim } from './evaluate';
export { exprToExcel } from './excel';
export { exprRefs, refKey } from './refs';
export * as build from './builders';
