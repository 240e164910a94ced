import { build as b, evaluateExpr, excelTrim, type CellValue, type Expr, type Ref } from '../../../src/expr';

const A: Ref = { ref: 'value', component: 'a' };
const B: Ref = { ref: 'value', component: 'b' };
const run = (e: Expr, a: CellValue, bv: CellValue = null) =>
  evaluateExpr(e, (r) => ('component' in r && r.component === 'a' ? a : bv));

describe('evaluateExpr mirrors Excel', () => {
  test.each<[CellValue, boolean, boolean, boolean]>([
    [null, true, false, false],
    ['', false, false, true],
    [' ', false, false, true],
    [0, false, true, false],
    [-1.5, false, true, false],
    ['12', false, false, true],
    [true, false, false, false],
  ])('%p: ISBLANK %p, ISNUMBER %p, ISTEXT %p', (v, blank, num, text) => {
    expect(run(b.isBlank(A), v)).toBe(blank);
    expect(run(b.isNumber(A), v)).toBe(num);
    expect(run(b.isText(A), v)).toBe(text);
  });

  test('TRIM only strips ASCII spaces and collapses inner runs', () => {
    expect(excelTrim('  a   b  ')).toBe('a b');
    expect(excelTrim('\u00a0x\t')).toBe('\u00a0x\t');
    expect(run({ op: 'trimLen', ref: A }, '   ')).toBe(0);
    expect(run({ op: 'trimLen', ref: A }, ' 12 ')).toBe(2);
  });

  test('INT rounds toward minus infinity', () => {
    expect(run(b.int(b.cell(A)), -1.5)).toBe(-2);
    expect(run(b.int(b.cell(A)), 2.7)).toBe(2);
  });

  test('SUM and COUNT over references skip text, logicals and blanks', () => {
    expect(run(b.sum([A, B]), 'x', 4)).toBe(4);
    expect(run(b.sum([A, B]), true, null)).toBe(0);
    expect(run(b.count([A, B]), 3, '3')).toBe(1);
  });

  test('arithmetic on text is #VALUE!, division by zero #DIV/0!, blank counts as 0', () => {
    expect(run(b.mul(b.cell(A), b.num(2)), 'abc')).toEqual({ error: '#VALUE!' });
    expect(run({ op: 'div', left: b.num(1), right: b.cell(A) }, 0)).toEqual({ error: '#DIV/0!' });
    expect(run(b.mul(b.cell(A), b.num(2)), null)).toBe(0);
    expect(run(b.mul(b.cell(A), b.num(2)), true)).toBe(2);
  });

  test("comparisons across types: numbers < text < logicals; blank is the other side's empty value", () => {
    expect(run(b.cmp('gt', b.cell(A), b.num(1e9)), 'a')).toBe(true);
    expect(run(b.cmp('lt', b.cell(A), b.num(0)), null)).toBe(false);
    expect(run(b.cmp('eq', b.cell(A), b.num(0)), null)).toBe(true);
    expect(run(b.cmp('gt', b.cell(A), b.cell(B)), true, 'zzz')).toBe(true);
    expect(run(b.cmp('eq', b.cell(A), b.cell(B)), 'ABC', 'abc')).toBe(true);
  });

  test('AND does not short-circuit (an error inside wins), IF does', () => {
    const unguarded = b.and(b.isNumber(A), b.cmp('gt', b.mul(b.cell(A), b.num(2)), b.num(1)));
    expect(run(unguarded, 'x')).toEqual({ error: '#VALUE!' });
    const guarded = b.whenNumbers([A], b.cmp('gt', b.mul(b.cell(A), b.num(2)), b.num(1)));
    expect(run(guarded, 'x')).toBe(false);
    expect(run(guarded, 3)).toBe(true);
  });

  test('OR does not short-circuit either: a TRUE first argument does not hide a later error', () => {
    const risky = b.or(b.isNumber(A), b.cmp('gt', b.div(b.num(1), b.cell(A)), b.num(0)));
    expect(run(risky, 0)).toEqual({ error: '#DIV/0!' });
    expect(run(risky, 2)).toBe(true);
  });

  test('AND/OR over plain predicates give Excel results for every kind of cell', () => {
    const preds = [b.isNumber(A), b.isText(B), b.cmp('lt', b.cell(A), b.cell(B)), b.not(b.isBlank(A))];
    for (const [a, bv] of [
      [null, null],
      [1, 'x'],
      ['x', 1],
      [true, 0],
      [2, 3],
    ] as [CellValue, CellValue][]) {
      const each = preds.map((p) => run(p, a, bv));
      expect(run(b.and(...preds), a, bv)).toBe(each.every((x) => x === true));
      expect(run(b.or(...preds), a, bv)).toBe(each.some((x) => x === true));
    }
  });

  test('isEmpty: blank or spaces-only text', () => {
    expect(run(b.isEmpty(A), null)).toBe(true);
    expect(run(b.isEmpty(A), '  ')).toBe(true);
    expect(run(b.isEmpty(A), '')).toBe(true);
    expect(run(b.isEmpty(A), 0)).toBe(false);
    expect(run(b.isEmpty(A), '-')).toBe(false);
  });

  test('overflowing arithmetic is #NUM!, never Infinity', () => {
    expect(run(b.mul(b.cell(A), b.num(10)), 1e308)).toEqual({ error: '#NUM!' });
  });
});
