// The AST of the cell-check language. One tree, two back ends (evaluate.ts, excel.ts), so the
// sheet's status formulas and the engine's findings agree by construction.
import type { CellValue } from '../catalog/input';
import type { EvidencePart } from '../catalog/evidence';

export type { CellValue };

export type ComponentRef = { ref: 'value' | 'previous' | EvidencePart; component: string };
export type IndicatorRef = { ref: 'benchmarkMin' | 'benchmarkMax'; indicator: string };
export type Ref = ComponentRef | IndicatorRef;

export type ArithOp = 'add' | 'sub' | 'mul' | 'div';
export type CompareOp = 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne';

export type Expr =
  | { op: 'num'; value: number }
  | { op: 'bool'; value: boolean }
  /** A cell's content. Arithmetic on it must sit behind an ISNUMBER guard (see builders.ts). */
  | { op: 'cell'; ref: Ref }
  | { op: 'isBlank'; ref: Ref }
  | { op: 'isNumber'; ref: Ref }
  | { op: 'isText'; ref: Ref }
  /** LEN(TRIM(ref)): only meaningful for text; builders always guard it with ISTEXT. */
  | { op: 'trimLen'; ref: Ref }
  | { op: 'int'; arg: Expr }
  | { op: 'sum'; refs: Ref[] }
  | { op: 'count'; refs: Ref[] }
  | { op: ArithOp; left: Expr; right: Expr }
  | { op: CompareOp; left: Expr; right: Expr }
  | { op: 'if'; cond: Expr; then: Expr; else: Expr }
  | { op: 'and' | 'or'; args: Expr[] }
  | { op: 'not'; arg: Expr };

/** An Excel error value; a well-formed check never produces one (tests enforce it). */
export interface ExcelError {
  error: '#VALUE!' | '#DIV/0!' | '#NUM!';
}

export type ExprValue = CellValue | ExcelError;

export type Lookup = (ref: Ref) => CellValue;
