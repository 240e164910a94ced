// Issue 9 item 1: a value built on a figure with an error-severity finding is withheld (no value,
// no score), with a finding naming the error; warnings still score.
import { builtinCatalog } from '../../../src/catalog';
import { scoreProvince } from '../../../src/scoring';
import { sampleInput } from '../validation/helpers';

const pii = builtinCatalog('2023');
const usersOf = (id: string) =>
  pii.indicators
    .filter((i) =>
      i.formula.kind === 'direct'
        ? i.formula.value === id
        : [...i.formula.numerator, ...i.formula.denominator].includes(id),
    )
    .map((i) => i.code);

describe('values built on figures with errors are withheld', () => {
  test('7.200 / 1.100 enterprises (a thousands dot read as a decimal) give no value and no score', () => {
    const clean = scoreProvince(pii, sampleInput());
    expect(clean.pii.score).toBeCloseTo(40.59, 2);
    const slip = sampleInput();
    slip.values = { ...slip.values, active_enterprises: 7.2, new_enterprises: 1.1 };
    const r = scoreProvince(pii, slip);
    // The result carries how many errors stand, for every view to say beside the aggregates.
    expect(clean.unfixedErrors).toBe(0);
    expect(r.unfixedErrors).toBe(r.findings.filter((f) => f.severity === 'error').length);
    expect(r.unfixedErrors).toBeGreaterThanOrEqual(2);
    const affected = [...new Set([...usersOf('active_enterprises'), ...usersOf('new_enterprises')])];
    expect(affected.length).toBeGreaterThan(0);
    for (const code of affected) {
      expect([code, r.indicators[code].value, r.indicators[code].score]).toEqual([code, null, null]);
      const w = r.findings.find((f) => f.ruleId === 'withheld' && f.indicator === code);
      // Named: the count itself (not a whole number) or a rule it breaks (S&T firms > 7.2 firms).
      expect(w?.message.vi).toMatch(/\((Không phải số nguyên|Phần lớn hơn tổng)\)/);
      expect(w?.message.en).toMatch(/\((Not a whole number|Part exceeds whole)\)/);
    }
    // Indicators on clean figures keep their values.
    const others = pii.indicators.map((i) => i.code).filter((c) => !affected.includes(c));
    for (const code of others) expect(r.indicators[code]).toEqual(clean.indicators[code]);
    // Before: the slipped counts were scored (clamped) and gave PII 60.91 with no word beside it.
    expect(r.pii.score).not.toBeNull();
    expect(r.pii.score).not.toBeCloseTo(60.91, 2);
    expect(r.pii.present).toBe(clean.pii.present - affected.length);
    expect(r.findings.filter((f) => f.severity === 'error').length).toBeGreaterThanOrEqual(2);
  });

  test('a warning does not withhold: an implausible but whole count still scores', () => {
    const slip = sampleInput();
    slip.values = { ...slip.values, active_enterprises: 72 }; // below the plausible minimum: warning
    const r = scoreProvince(pii, slip);
    expect(r.findings.some((f) => f.ruleId === 'unitSlip' && f.component === 'active_enterprises')).toBe(
      true,
    );
    expect(r.findings.some((f) => f.ruleId === 'withheld')).toBe(false);
    for (const code of usersOf('active_enterprises')) expect(r.indicators[code].value).not.toBeNull();
  });

  test('a negative figure withholds the value it would have produced', () => {
    const bad = sampleInput();
    bad.values = { ...bad.values, st_enterprises: -12 };
    const r = scoreProvince(pii, bad);
    for (const code of usersOf('st_enterprises')) {
      expect(r.indicators[code].value).toBeNull();
      const w = r.findings.find((f) => f.ruleId === 'withheld' && f.indicator === code);
      expect(w?.message.en).toContain('Negative');
    }
  });
});
