import { build as b, exprRefs, exprToExcel, type Ref } from '../../../src/expr';

const name = (r: Ref) =>
  'component' in r
    ? r.ref === 'value'
      ? `PII_in_${r.component}`
      : `PII_${r.ref}_${r.component}`
    : `PII_${r.ref}_${r.indicator.replace(/\./g, '_')}`;
const A: Ref = { ref: 'value', component: 'a' };
const P: Ref = { ref: 'previous', component: 'a' };

describe('exprToExcel', () => {
  test('guarded comparison', () => {
    expect(exprToExcel(b.whenNumbers([A], b.cmp('lt', b.cell(A), b.num(0))), name)).toBe(
      'IF(AND(ISNUMBER(PII_in_a),NOT(ISLOGICAL(PII_in_a))),(PII_in_a<0),FALSE)',
    );
  });

  test('AND of several guards, SUM/COUNT, NOT, INT, <>', () => {
    const e = b.whenNumbers([A, P], b.cmp('ne', b.cell(A), b.int(b.cell(A))));
    expect(exprToExcel(e, name)).toBe(
      'IF(AND(AND(ISNUMBER(PII_in_a),NOT(ISLOGICAL(PII_in_a))),AND(ISNUMBER(PII_previous_a),NOT(ISLOGICAL(PII_previous_a)))),(PII_in_a<>INT(PII_in_a)),FALSE)',
    );
    expect(exprToExcel(b.not(b.cmp('le', b.sum([A, P]), b.count([A]))), name)).toBe(
      'NOT((SUM(PII_in_a,PII_previous_a)<=COUNT(PII_in_a)))',
    );
  });

  test('blank-or-spaces test uses LEN(TRIM()) only under ISTEXT', () => {
    expect(exprToExcel(b.isEmpty(A), name)).toBe(
      'OR(ISBLANK(PII_in_a),IF(ISTEXT(PII_in_a),(LEN(TRIM(PII_in_a))=0),FALSE))',
    );
  });

  test('number literals: negatives parenthesised, exponents upper-case, non-finite refused', () => {
    expect(exprToExcel(b.num(-5), name)).toBe('(-5)');
    expect(exprToExcel(b.num(1e-7), name)).toBe('1E-7');
    expect(exprToExcel(b.num(2e21), name)).toBe('2E+21');
    expect(() => exprToExcel(b.num(NaN), name)).toThrow();
    expect(() => exprToExcel({ op: 'and', args: [] }, name)).toThrow();
  });

  test('benchmark refs go through the same mapper', () => {
    const min: Ref = { ref: 'benchmarkMin', indicator: '2.1.3' };
    expect(exprToExcel(b.isNumber(min), name)).toBe(
      'AND(ISNUMBER(PII_benchmarkMin_2_1_3),NOT(ISLOGICAL(PII_benchmarkMin_2_1_3)))',
    );
  });

  test('exprRefs lists each ref once', () => {
    expect(exprRefs(b.whenNumbers([A, P], b.cmp('gt', b.cell(A), b.cell(P))))).toEqual([A, P]);
  });
});
