// The TypeScript back end: evaluates an Expr with Excel's semantics for the ops we provide, so a
// finding here is exactly what the sheet's status formula shows. Errors propagate as values like
// Excel's; a well-formed check never yields one.
import type { CellValue, ExcelError, Expr, ExprValue, Lookup } from './types';

const VALUE: ExcelError = { error: '#VALUE!' };
const DIV0: ExcelError = { error: '#DIV/0!' };
const NUM: ExcelError = { error: '#NUM!' };

export function isExcelError(v: ExprValue): v is ExcelError {
  return typeof v === 'object' && v !== null;
}

/** Excel's TRIM: strips ASCII spaces at both ends and collapses inner runs (not tabs, not NBSP). */
export function excelTrim(s: string): string {
  if (s.charCodeAt(0) !== 32 && s.charCodeAt(s.length - 1) !== 32 && !s.includes('  ')) return s; // nothing to trim
  return s.replace(/^ +| +$/g, '').replace(/ {2,}/g, ' ');
}

// Operator coercion of a single value: blank is 0, TRUE is 1. Text would be parsed by Excel with
// the user's locale, which we cannot mirror, so checks only do arithmetic behind ISNUMBER.
function toNumber(v: ExprValue): number | ExcelError {
  if (isExcelError(v)) return v;
  if (typeof v === 'number') return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return VALUE;
}

function toBool(v: ExprValue): boolean | ExcelError {
  if (isExcelError(v)) return v;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v === null) return false;
  return VALUE;
}

function finite(n: number): number | ExcelError {
  return Number.isFinite(n) ? n : NUM;
}

function arith(op: 'add' | 'sub' | 'mul' | 'div', a: number, b: number): number | ExcelError {
  switch (op) {
    case 'add':
      return finite(a + b);
    case 'sub':
      return finite(a - b);
    case 'mul':
      return finite(a * b);
    case 'div':
      return b === 0 ? DIV0 : finite(a / b);
  }
}

// Excel orders numbers < text < logicals; a blank takes the empty value of the other side's type.
function typeRank(v: CellValue): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

function emptyLike(other: CellValue): CellValue {
  return typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
}

function compareCells(a: CellValue, b: CellValue): number {
  // Two numbers (nearly every comparison a check makes): what the general path below computes.
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (a === null && b === null) return 0;
  const x = a === null ? emptyLike(b) : a;
  const y = b === null ? emptyLike(a) : b;
  const rx = typeRank(x);
  const ry = typeRank(y);
  if (rx !== ry) return rx - ry;
  if (typeof x === 'string' && typeof y === 'string') {
    const lx = x.toLowerCase();
    const ly = y.toLowerCase();
    return lx < ly ? -1 : lx > ly ? 1 : 0;
  }
  const nx = Number(x);
  const ny = Number(y);
  return nx < ny ? -1 : nx > ny ? 1 : 0;
}

function compare(op: 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne', c: number): boolean {
  switch (op) {
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
    case 'gt':
      return c > 0;
    case 'ge':
      return c >= 0;
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
  }
}

function textOf(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

type Compiled = (lookup: Lookup) => ExprValue;

// Each AST node is turned into a closure once (cached per node object), so evaluating the same
// checks for 63 provinces does not re-walk the tree. This is the only evaluator: evaluateExpr
// runs the closure.
const cache = new WeakMap<Expr, Compiled>();

export function compileExpr(expr: Expr): Compiled {
  const hit = cache.get(expr);
  if (hit) return hit;
  const f = build(expr);
  cache.set(expr, f);
  return f;
}

export function evaluateExpr(expr: Expr, lookup: Lookup): ExprValue {
  return compileExpr(expr)(lookup);
}

const COMPARISONS = new Set<Expr['op']>(['lt', 'le', 'gt', 'ge', 'eq', 'ne']);

/** Can never evaluate to an Excel error, whatever the cells hold (SUM can overflow to #NUM!). */
function neverErrors(e: Expr): boolean {
  switch (e.op) {
    case 'num':
    case 'bool':
    case 'cell':
    case 'isBlank':
    case 'isNumber':
    case 'isText':
    case 'trimLen':
    case 'count':
      return true;
    default:
      return isPredicate(e);
  }
}

/** Always evaluates to TRUE or FALSE, never to an error or to a value AND/OR would coerce. */
function isPredicate(e: Expr): boolean {
  switch (e.op) {
    case 'bool':
    case 'isBlank':
    case 'isNumber':
    case 'isText':
      return true;
    case 'and':
    case 'or':
      return e.args.every(isPredicate);
    case 'not':
      return isPredicate(e.arg);
    case 'if':
      return isPredicate(e.cond) && isPredicate(e.then) && isPredicate(e.else);
    default:
      return COMPARISONS.has(e.op) && 'left' in e && neverErrors(e.left) && neverErrors(e.right);
  }
}

function build(expr: Expr): Compiled {
  switch (expr.op) {
    case 'num':
    case 'bool': {
      const v = expr.value;
      return () => v;
    }
    case 'cell': {
      const r = expr.ref;
      return (l) => l(r);
    }
    case 'isBlank': {
      const r = expr.ref;
      return (l) => l(r) === null;
    }
    case 'isNumber': {
      const r = expr.ref;
      return (l) => typeof l(r) === 'number';
    }
    case 'isText': {
      const r = expr.ref;
      return (l) => typeof l(r) === 'string';
    }
    case 'trimLen': {
      const r = expr.ref;
      return (l) => excelTrim(textOf(l(r))).length;
    }
    case 'int': {
      const a = compileExpr(expr.arg);
      return (l) => {
        const n = toNumber(a(l));
        return isExcelError(n) ? n : Math.floor(n);
      };
    }
    case 'sum': {
      const refs = expr.refs;
      // SUM over references ignores text, logicals and blanks.
      return (l) => {
        let s = 0;
        for (const r of refs) {
          const v = l(r);
          if (typeof v === 'number') s += v;
        }
        return finite(s);
      };
    }
    case 'count': {
      const refs = expr.refs;
      return (l) => refs.filter((r) => typeof l(r) === 'number').length;
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div': {
      const op = expr.op;
      const left = compileExpr(expr.left);
      const right = compileExpr(expr.right);
      return (l) => {
        const a = toNumber(left(l));
        if (isExcelError(a)) return a;
        const b = toNumber(right(l));
        if (isExcelError(b)) return b;
        return arith(op, a, b);
      };
    }
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge':
    case 'eq':
    case 'ne': {
      const op = expr.op;
      const left = compileExpr(expr.left);
      const right = compileExpr(expr.right);
      if (expr.left.op === 'cell' && expr.right.op === 'num') {
        // A cell against a constant, the commonest comparison: read both without a closure call.
        const r = expr.left.ref;
        const n = expr.right.value;
        return (l) => compare(op, compareCells(l(r), n));
      }
      if (neverErrors(expr.left) && neverErrors(expr.right)) {
        // Neither side can be an error, so the error checks below could never fire.
        return (l) => compare(op, compareCells(left(l) as CellValue, right(l) as CellValue));
      }
      return (l) => {
        const a = left(l);
        if (isExcelError(a)) return a;
        const b = right(l);
        if (isExcelError(b)) return b;
        return compare(op, compareCells(a, b));
      };
    }
    case 'if': {
      const cond = compileExpr(expr.cond);
      const then = compileExpr(expr.then);
      const otherwise = compileExpr(expr.else);
      // IF is lazy in Excel: only the chosen branch is evaluated (this is what makes guards work).
      if ((expr.cond.op === 'isNumber' || expr.cond.op === 'isText') && expr.else.op === 'bool') {
        // The builders' guards, IF(ISNUMBER(cell), body, FALSE) and IF(ISTEXT(cell), body, FALSE),
        // are most of what checks evaluate: test the cell here rather than through two more closures.
        const r = expr.cond.ref;
        const type = expr.cond.op === 'isNumber' ? 'number' : 'string';
        const no = expr.else.value;
        return (l) => (typeof l(r) === type ? then(l) : no);
      }
      // A predicate condition is already TRUE or FALSE: no coercion, no error to pass on.
      if (isPredicate(expr.cond)) return (l) => (cond(l) ? then(l) : otherwise(l));
      return (l) => {
        const c = toBool(cond(l));
        if (isExcelError(c)) return c;
        return c ? then(l) : otherwise(l);
      };
    }
    case 'and':
    case 'or': {
      const isAnd = expr.op === 'and';
      const args = expr.args.map(compileExpr);
      if (expr.args.every(isPredicate)) {
        // Excel evaluates every argument, but when none can be an error the first deciding one
        // fixes the result: stopping there gives the same answer for less work.
        return isAnd
          ? (l) => {
              for (const a of args) if (a(l) === false) return false;
              return true;
            }
          : (l) => {
              for (const a of args) if (a(l) === true) return true;
              return false;
            };
      }
      if (args.length === 2) {
        // The common case (two guards), without the loop; same semantics as below.
        const [x, y] = args;
        return (l) => {
          const a = toBool(x(l));
          const b = toBool(y(l));
          if (isExcelError(a)) return a;
          if (isExcelError(b)) return b;
          return isAnd ? a && b : a || b;
        };
      }
      // AND/OR evaluate every argument (no short-circuit): an error anywhere is the result.
      return (l) => {
        let all = true;
        let any = false;
        let err: ExcelError | undefined;
        for (const a of args) {
          const v = toBool(a(l));
          if (isExcelError(v)) err ??= v;
          else if (v) any = true;
          else all = false;
        }
        return err ?? (isAnd ? all : any);
      };
    }
    case 'not': {
      const a = compileExpr(expr.arg);
      if (isPredicate(expr.arg)) return (l) => !a(l); // already TRUE or FALSE
      return (l) => {
        const v = toBool(a(l));
        return isExcelError(v) ? v : !v;
      };
    }
  }
}
