import { textHint } from '../../../src/validation';
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
