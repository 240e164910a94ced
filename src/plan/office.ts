// Helpers for a writer that goes through Office JS `range.formulas` (kept here, free of Office
// types, so both writers and tests share them).
import type { PlanBlock, PlanCell } from './types';

/**
 * The value for one cell in a `range.formulas` 2D array. Excel parses a string written this way as
 * if typed ("1.5" would become a number, "=x" a formula), so every text constant is prefixed with
 * an apostrophe, Excel's own "this is text" marker (not part of the value). A blank is "".
 */
export function officeFormula(cell: PlanCell): string | number | boolean {
  if (cell === null) return '';
  if ('formula' in cell) return cell.formula;
  return typeof cell.value === 'string' ? `'${cell.value}` : cell.value;
}

export function officeFormulas(block: PlanBlock): (string | number | boolean)[][] {
  return block.cells.map((row) => row.map(officeFormula));
}

/** Size of the block as one JSON request body (what an Office JS batch carries for it). */
export function blockBytes(block: PlanBlock): number {
  return new TextEncoder().encode(
    JSON.stringify({
      address: block.address,
      formulas: officeFormulas(block),
      numberFormat: block.numberFormats,
    }),
  ).length;
}
