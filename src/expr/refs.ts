// The refs an expression reads, deduplicated in first-seen order (for exhaustive tests and for
// the template engineer, who must know which cells a status formula depends on).
import type { Expr, Ref } from './types';

export function refKey(ref: Ref): string {
  return 'component' in ref ? `${ref.ref}:${ref.component}` : `${ref.ref}:${ref.indicator}`;
}

export function exprRefs(expr: Expr): Ref[] {
  const seen = new Map<string, Ref>();
  const add = (r: Ref) => seen.has(refKey(r)) || seen.set(refKey(r), r);
  const walk = (e: Expr): void => {
    switch (e.op) {
      case 'num':
      case 'bool':
        return;
      case 'cell':
      case 'isBlank':
      case 'isNumber':
      case 'isText':
      case 'trimLen':
        add(e.ref);
        return;
      case 'sum':
      case 'count':
        e.refs.forEach(add);
        return;
      case 'int':
      case 'not':
        walk(e.arg);
        return;
      case 'if':
        walk(e.cond);
        walk(e.then);
        walk(e.else);
        return;
      case 'and':
      case 'or':
        e.args.forEach(walk);
        return;
      default:
        walk(e.left);
        walk(e.right);
    }
  };
  walk(expr);
  return [...seen.values()];
}
