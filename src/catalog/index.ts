export * from './types';
export type { CellValue, ProvinceInput, BenchmarkInput } from './input';
export { CatalogError, type CatalogProblem } from './errors';
export { loadCatalog } from './load';
export { builtinCatalog, builtinEditions } from './builtin';
export * from './lookup';
export { memoByContent } from './memo';
export {
  ABSORBED_IN_2025,
  formedFrom,
  provinceProblem,
  provincesFor,
  PROVINCES_34,
  PROVINCES_63,
} from './provinces';
export { combinePrevious, type PreviousFigures, type PreviousNote, type PreviousSource } from './previous';
export {
  catalogToRows,
  rowsToCatalog,
  rowsToJson,
  spotOfPath,
  frameworkProblemLine,
  frameworkTable,
  FRAMEWORK_TABLES,
  type ColumnSpec,
  type ColumnType,
  type FrameworkCell,
  type FrameworkProblem,
  type FrameworkRows,
  type FrameworkSpot,
  type FrameworkTableKey,
  type RowsResult,
  type TableSpec,
} from './framework-rows';
