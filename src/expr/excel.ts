// The Excel back end: an en-US, Excel 2019 formula fragment (no leading "="), fully parenthesised
// so operator precedence never depends on the reader.
import type { Expr, Ref } from './types';

const INFIX: Record<string, string> = {
  add: '+',
  sub: '-',
  mul: '*',
  div: '/',
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
  eq: '=',
  ne: '<>',
};

function numberLiteral(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`exprToExcel: non-finite number literal ${n}`);
  const s = String(n).toUpperCase(); // 1e-7 -> 1E-7, which Excel parses
  return n < 0 ? `(${s})` : s;
}

export function exprToExcel(expr: Expr, refToExcel: (ref: Ref) => string): string {
  const go = (e: Expr): string => exprToExcel(e, refToExcel);
  const list = (args: string[], fn: string): string => {
    if (args.length === 0) throw new Error(`exprToExcel: ${fn} needs at least one argument`);
    return `${fn}(${args.join(',')})`;
  };
  switch (expr.op) {
    case 'num':
      return numberLiteral(expr.value);
    case 'bool':
      return expr.value ? 'TRUE' : 'FALSE';
    case 'cell':
      return refToExcel(expr.ref);
    case 'isBlank':
      return `ISBLANK(${refToExcel(expr.ref)})`;
    case 'isNumber': {
      // LibreOffice stores TRUE/FALSE as numbers (ISNUMBER(TRUE) is TRUE there); Excel and the
      // engine do not. Excluding logicals explicitly makes every spreadsheet agree.
      const r = refToExcel(expr.ref);
      return `AND(ISNUMBER(${r}),NOT(ISLOGICAL(${r})))`;
    }
    case 'isText':
      return `ISTEXT(${refToExcel(expr.ref)})`;
    case 'trimLen':
      return `LEN(TRIM(${refToExcel(expr.ref)}))`;
    case 'int':
      return `INT(${go(expr.arg)})`;
    case 'sum':
      return list(expr.refs.map(refToExcel), 'SUM');
    case 'count':
      return list(expr.refs.map(refToExcel), 'COUNT');
    case 'if':
      return `IF(${go(expr.cond)},${go(expr.then)},${go(expr.else)})`;
    case 'and':
      return list(expr.args.map(go), 'AND');
    case 'or':
      return list(expr.args.map(go), 'OR');
    case 'not':
      return `NOT(${go(expr.arg)})`;
    default:
      return `(${go(expr.left)}${INFIX[expr.op]}${go(expr.right)})`;
  }
}
