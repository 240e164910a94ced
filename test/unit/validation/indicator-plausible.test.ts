// Every indicator value has a plausible range (catalog data): an absurd ratio warns on its first
// numerator's cell, in words the officer can act on, and scoring still goes on (a warning).
import { builtinCatalog, builtinEditions, loadCatalog } from '../../../src/catalog';
import { scoreProvince } from '../../../src/scoring';
import { validate } from '../../../src/validation';
import { sampleInput } from './helpers';

const c2023 = builtinCatalog('2023');
const plausible = (values: Record<string, unknown>, catalog = c2023) =>
  validate(catalog, { values: values as never }).filter((f) => f.ruleId === 'indicatorPlausible');

describe('indicator plausible ranges', () => {
  test.each(builtinEditions())('edition %s: every indicator has one', (edition) => {
    for (const ind of builtinCatalog(edition).indicators)
      expect({ code: ind.code, plausible: ind.plausible !== undefined }).toEqual({
        code: ind.code,
        plausible: true,
      });
  });

  test('1e308 OCOP products over 139 communes warns on the OCOP cell, named and formatted', () => {
    const [f] = plausible({ ocop_products: 1e308, communes: 139 });
    expect(f).toMatchObject({ severity: 'warning', indicator: '7.1.2', component: 'ocop_products' });
    expect(f.target).toEqual({ ref: 'value', component: 'ocop_products' });
    expect(f.message.en).toContain('Indicator 7.1.2');
    expect(f.message.en).toContain('outside the plausible range 0–20');
    expect(f.message.en).toContain('7.194e+305');
    expect(f.message.vi).toContain('Kiểm tra Số sản phẩm OCOP + ');
  });

  test('a value past the number range is said in words, never "+∞"', () => {
    // GRDP in 5e-324 billion VND: no error (a decimal), only warnings; 4.1.2 overflows.
    const f = plausible({ microfinance_loans: 950, grdp: 5e-324 }).find((x) => x.indicator === '4.1.2')!;
    expect(f).toBeDefined();
    expect(`${f.message.vi} ${f.message.en}`).not.toMatch(/∞|Infinity/);
    expect(f.message.en).toContain('beyond what a computer can hold');
  });

  test('a share above 100 % warns; values inside the range do not; a blank or zero denominator is left to its own check', () => {
    const share = plausible({ ip_land_built: 120, ip_land_planned: 100 });
    expect(share.map((f) => f.indicator)).toEqual(['3.2.2']);
    // Built above planned is also a part-of-whole error: the share is withheld, so not quoted.
    expect(share[0].message.vi).toContain('chỉ số chưa có giá trị vì còn lỗi chưa sửa');
    expect(share[0].message.vi).not.toContain('120');
    expect(plausible({ ip_land_built: 80, ip_land_planned: 100, ocop_products: 300, communes: 139 })).toEqual(
      [],
    );
    expect(plausible({ ip_land_built: 80, ip_land_planned: 0 })).toEqual([]);
    expect(plausible({ ip_land_built: 80 })).toEqual([]);
  });

  test('several numerators are summed; a numerator of 1e307 or more is implausible without overflow', () => {
    expect(
      plausible({ st_enterprises: 60, st_eligible_enterprises: 50, active_enterprises: 1000 }),
    ).toHaveLength(1);
    expect(
      plausible({ st_enterprises: 40, st_eligible_enterprises: 50, active_enterprises: 1000 }),
    ).toHaveLength(0);
    expect(
      plausible({ st_enterprises: 1.7e308, st_eligible_enterprises: 1.7e308, active_enterprises: 10 }),
    ).toHaveLength(1);
  });

  test('a lower bound: values below it warn (a catalog may set one)', () => {
    const json = JSON.parse(JSON.stringify(c2023));
    json.indicators.find((i: { code: string }) => i.code === '2.2.2').plausible = {
      min: 0.5,
      message: { vi: 'Quá thấp.', en: 'Too low.' },
    };
    const low = loadCatalog(json);
    const [f] = plausible({ st_spending: 1, local_budget: 1000 }, low);
    expect(f.message.en).toContain('at least 0.5');
    expect(plausible({ st_spending: 10, local_budget: 1000 }, low)).toEqual([]);
  });

  test('a warning still scores', () => {
    const r = scoreProvince(c2023, {
      values: { education_spending: 200, grdp: 1000 },
      benchmarks: { '2.1.4': { min: 0, max: 40 } },
    });
    expect(r.findings.filter((f) => f.ruleId === 'indicatorPlausible').map((f) => f.indicator)).toEqual([
      '2.1.4',
    ]);
    expect(r.indicators['2.1.4'].value).toBe(20);
    expect(r.indicators['2.1.4'].score).toBe(50);
  });
});

test('an indicator withheld for an error is not quoted with a value in its plausible-range finding', () => {
  // 7.2 enterprises is not a whole number (an error): 5.2.2's value is withheld, and its
  // plausible-range warning must not quote the ratio it would have had.
  const values = { ...sampleInput().values, active_enterprises: 7.2 };
  const findings = validate(c2023, { values: values as never });
  const errored = new Set(
    findings.filter((f) => f.severity === 'error' && f.target.ref === 'value').map((f) => f.component),
  );
  expect(errored.has('active_enterprises')).toBe(true);
  const built = findings.filter(
    (f) =>
      f.ruleId === 'indicatorPlausible' &&
      c2023.indicators.find((i) => i.code === f.indicator)!.formula.kind === 'ratio' &&
      JSON.stringify(c2023.indicators.find((i) => i.code === f.indicator)!.formula).includes(
        '"active_enterprises"',
      ),
  );
  expect(built.length).toBeGreaterThan(0);
  for (const f of built) {
    expect(f.message.en).toContain('has no value while an error stands');
    expect(f.message.en).not.toMatch(/ = [\d.,]/);
  }
});
