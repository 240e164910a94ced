import { textHint, thousandsDotHint } from '../../../src/validation';
import { builtinCatalog } from '../../../src/catalog';
import { validate } from '../../../src/validation';
import { sampleInput } from './helpers';

describe('textHint suggests how to type it', () => {
  test.each([
    ['1,5', '1.5'],
    ['1.234,5', '1234.5'],
    ['12.345.678', '12345678'],
    ['1,234,567', '1234567'],
    [' 12 ', '12'],
    ['12 ha', '"ha"'],
    ['-', '0'],
    ['n/a', 'blank'],
    ['1e309', 'beyond what Excel and a computer can hold'], // not the number 1 and the unit "e309"
    ['-1E+400', 'beyond'],
    ['2,5E+3', '2500'],
    ['1e5', '100000'],
    ['260', 'apostrophe'], // a number kept as text ('260, or pasted from a PDF)
    ['#DIV/0!', 'formula that fails'],
    ['#N/A', 'delete the formula'],
    ['xem phụ lục', '"Evidence" cell'], // a note: to the cell the officer can type in
  ])('%p -> mentions %p', (raw, expected) => {
    const h = textHint(raw);
    expect(`${h.vi} ${h.en}`).toContain(expected);
    expect(h.vi).not.toBe(h.en);
  });
});

describe('validate options', () => {
  const c = builtinCatalog('2023');
  test('benchmark checks run only when benchmarks are supplied (or asked for)', () => {
    const i = sampleInput();
    delete i.benchmarks;
    expect(validate(c, i).some((f) => f.ruleId === 'benchmarkMissing')).toBe(false);
    expect(validate(c, i, { benchmarks: true }).filter((f) => f.ruleId === 'benchmarkMissing')).toHaveLength(
      c.indicators.length,
    );
  });

  test('a catalog jump factor applies', () => {
    const i = sampleInput();
    i.values.ocop_products = 400; // 1.74x last year's 230
    expect(validate(c, i).some((f) => f.ruleId === 'jump')).toBe(false);
    const strict = { ...c, settings: { jumpFactor: 1.5 } };
    expect(validate(strict, i).map((f) => f.checkId)).toContain('jump:ocop_products');
  });
});

describe('thousands-dot slips on counts (7.200 typed in an English-configured Excel arrives as 7.2)', () => {
  const c = builtinCatalog('2023');
  test.each([
    [7.2, '7.200', '7200'],
    [1.1, '1.100', '1100'],
    [12.345, '12.345', '12345'],
    [3.05, '3.050', '3050'],
  ])('%p -> "%s: ... %s?" in both languages', (v, typed, meant) => {
    const h = thousandsDotHint(v)!;
    expect(h.vi).toBe(`${typed}: có phải ý bạn là ${meant}? (dấu chấm hàng nghìn)`);
    expect(h.en).toBe(`${typed}: did you mean ${meant}? (thousands dot)`);
  });

  test.each([7, 7.2345, -7.2, 0, 0.0001, 0.82, 1e300])('no hint for %p', (v) => {
    expect(thousandsDotHint(v)).toBeUndefined();
  });

  test('the count error (not a whole number) carries the hint; the figure stays an error', () => {
    const i = sampleInput();
    i.values = { ...i.values, active_enterprises: 7.2, new_enterprises: 1.1 };
    const f = validate(c, i).filter((x) => x.ruleId === 'notInteger');
    expect(f.map((x) => [x.component, x.severity])).toEqual([
      ['active_enterprises', 'error'],
      ['new_enterprises', 'error'],
    ]);
    expect(f[0].message.vi).toContain('7.200: có phải ý bạn là 7200? (dấu chấm hàng nghìn)');
    expect(f[0].message.en).toContain('7.200: did you mean 7200? (thousands dot)');
    expect(f[1].message.en).toContain('1.100: did you mean 1100? (thousands dot)');
  });

  test('a decimal component (not a count) gets no such hint', () => {
    const decimal = c.components.find((x) => x.kind === 'decimal')!;
    const i = sampleInput();
    i.values = { ...i.values, [decimal.id]: 7.2 };
    const msgs = validate(c, i)
      .filter((x) => x.component === decimal.id)
      .map((x) => x.message.en);
    expect(msgs.join(' ')).not.toContain('thousands dot');
  });
});

describe('a value no cell can hold gets one finding, in words', () => {
  const c = builtinCatalog('2023');
  test.each([
    ['1e309 from JSON', Infinity, 'a number beyond what a computer can hold'],
    ['-1e309 from JSON', -Infinity, 'a number beyond what a computer can hold'],
    ['NaN from a caller', NaN, 'is not a number (NaN'],
    ['an object', { v: 1 }, 'an object {...}, which no cell can hold'],
    ['an array', [1], 'an array [...], which no cell can hold'],
  ])('%s', (_label, value, en) => {
    const i = sampleInput();
    (i.values as Record<string, unknown>).population = value;
    const onCell = validate(c, i).filter(
      (f) => f.target.ref === 'value' && 'component' in f.target && f.target.component === 'population',
    );
    expect(onCell).toHaveLength(1); // not also "no value entered" for the blank it became
    expect(onCell[0].message.en).toContain(en);
    for (const t of [onCell[0].message.vi, onCell[0].message.en]) {
      expect(t).not.toMatch(/Infinity|object\/đối tượng|array\/mảng/);
    }
  });
});

test('an error value from a formula is not said to be typed', () => {
  const [f] = validate(builtinCatalog('2023'), { values: { grdp: '#DIV/0!' } }).filter(
    (x) => x.ruleId === 'notNumber',
  );
  expect(f.message.en).toContain('The cell holds a formula that fails (#DIV/0!)');
  expect(f.message.en).not.toContain('was entered');
  expect(f.message.vi).not.toContain('đã nhập');
});

describe('a data file is not Excel: hints speak of the file and its keys', () => {
  test.each([
    ['1,5', 'JSON'],
    ['139', 'quotes'],
    ['#DIV/0!', 'data file'],
    ['n/a', 'null'],
    ['see report', '"evidence"'],
  ])('%p', (raw, words) => {
    const h = textHint(raw, 'file');
    expect(h.en).toContain(words);
    expect(`${h.vi} ${h.en}`).not.toMatch(/Excel (đang|holds|reads)|cell/);
  });
});
