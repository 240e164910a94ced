// Small constructors for check expressions. The guards here are what keep every check TOTAL in
// Excel: arithmetic only ever runs inside IF(ISNUMBER(...)), whose untaken branch Excel skips.
import type { CompareOp, Expr, Ref } from './types';

export const num = (value: number): Expr => ({ op: 'num', value });
export const bool = (value: boolean): Expr => ({ op: 'bool', value });
export const cell = (ref: Ref): Expr => ({ op: 'cell', ref });
export const isBlank = (ref: Ref): Expr => ({ op: 'isBlank', ref });
export const isNumber = (ref: Ref): Expr => ({ op: 'isNumber', ref });
export const isText = (ref: Ref): Expr => ({ op: 'isText', ref });
export const sum = (refs: Ref[]): Expr => ({ op: 'sum', refs });
export const count = (refs: Ref[]): Expr => ({ op: 'count', refs });
export const int = (arg: Expr): Expr => ({ op: 'int', arg });
export const not = (arg: Expr): Expr => ({ op: 'not', arg });
export const and = (...args: Expr[]): Expr => (args.length === 1 ? args[0] : { op: 'and', args });
export const or = (...args: Expr[]): Expr => (args.length === 1 ? args[0] : { op: 'or', args });
export const ifElse = (cond: Expr, then: Expr, otherwise: Expr): Expr => ({
  op: 'if',
  cond,
  then,
  else: otherwise,
});
export const cmp = (op: CompareOp, left: Expr, right: Expr): Expr => ({ op, left, right });
export const mul = (left: Expr, right: Expr): Expr => ({ op: 'mul', left, right });
export const div = (left: Expr, right: Expr): Expr => ({ op: 'div', left, right });

/** Blank, or text made only of spaces (what an officer sees as an empty cell). */
export const isEmpty = (ref: Ref): Expr =>
  or(isBlank(ref), ifElse(isText(ref), cmp('eq', { op: 'trimLen', ref }, num(0)), bool(false)));

/** `body` when every ref holds a number, else FALSE. The only way checks touch numbers. */
export const whenNumbers = (refs: Ref[], body: Expr): Expr =>
  ifElse(and(...refs.map(isNumber)), body, bool(false));

/** Cells beyond this are absurd for any PII figure; bounding them keeps SUM from overflowing (#NUM!). */
const SUMMABLE = 1e300;

/** Like whenNumbers, and every value lies within +-SUMMABLE so that a SUM of them is finite. */
export const whenSummable = (refs: Ref[], body: Expr): Expr =>
  whenNumbers(
    refs,
    ifElse(
      and(...refs.flatMap((r) => [cmp('lt', cell(r), num(SUMMABLE)), cmp('gt', cell(r), num(-SUMMABLE))])),
      body,
      bool(false),
    ),
  );
