// Excel's limits that a workbook built from a catalog, or filled from data, can run into
// (Microsoft's "Excel specifications and limits"). The catalog loader and the data reader refuse
// what would pass them; the plan never writes past them.

/** Characters in a defined name. */
export const MAX_NAME_LENGTH = 255;
/** Characters in a sheet name. */
export const MAX_SHEET_NAME = 31;
/** Characters a cell holds. */
export const MAX_CELL_TEXT = 32767;
/** Characters in a formula. */
export const MAX_FORMULA = 8192;
