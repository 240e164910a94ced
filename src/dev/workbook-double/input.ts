import { isEntireColumns, isEntireRows, type Rect } from './address';
import { officeError } from './errors';
import { shiftFormula } from './formula-refs';
import type { CellScalar } from './model';

export interface CellContent {
  value: CellScalar;
  formula: string | null;
}

const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

const DIMENSION_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/**
 * Interprets one written cell the way Excel interprets typed input: "=..." (and
 * non-numeric "+..."/"-...") become formulas, numeric text becomes a number,
 * TRUE/FALSE become booleans, a leading apostrophe forces text. Cells formatted
 * as text ("@") keep strings verbatim. Returns undefined for null, which Office
 * treats as "leave this cell alone".
 */
export function parseCellInput(input: unknown, textFormat: boolean): CellContent | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw officeError('InvalidArgument', `${input} cannot be stored in a cell.`);
    return { value: input, formula: null };
  }
  if (typeof input === 'boolean') return { value: input, formula: null };
  if (typeof input !== 'string') {
    throw officeError(
      'InvalidArgument',
      `A cell value must be a string, number or boolean, not ${typeof input}.`,
    );
  }
  if (textFormat || input === '') return { value: input, formula: null };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null };
  if (NUMBER.test(input)) return { value: Number(input), formula: null };
  if (input.startsWith('=') && input.length > 1) return { value: '', formula: input };
  if ((input.startsWith('+') || input.startsWith('-')) && input.length > 1)
    return { value: '', formula: `=${input}` };
  const upper = input.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE', formula: null };
  return { value: input, formula: null };
}

export type CellInputs = (row: number, column: number) => unknown;

/**
 * Validates a write of a cell-level property (values, formulas, numberFormat) and
 * returns a per-cell accessor (offsets relative to the range). A 2D array must match
 * the range exactly; a non-array value is copied to every cell like Ctrl+Enter, with
 * relative references in a formula shifted per cell.
 */
export function cellInputs(input: unknown, rect: Rect, property: string): CellInputs {
  if (input === null || input === undefined) {
    throw officeError('InvalidArgument', `null is not a valid input for '${property}'.`);
  }
  if (isEntireColumns(rect) || isEntireRows(rect)) {
    throw officeError(
      'InvalidArgument',
      `'${property}' cannot be set on an unbounded range (whole rows or columns).`,
    );
  }
  if (!Array.isArray(input)) {
    if (typeof input === 'string' && input.startsWith('=') && property !== 'numberFormat') {
      return (row, column) => shiftFormula(input, row, column);
    }
    return () => input;
  }
  const rows: unknown[] = input;
  const wellShaped =
    rows.length === rect.rowCount &&
    rows.every((row) => Array.isArray(row) && row.length === rect.columnCount);
  if (!wellShaped) throw officeError('InvalidArgument', DIMENSION_MISMATCH);
  return (row, column) => (rows[row] as unknown[])[column];
}
