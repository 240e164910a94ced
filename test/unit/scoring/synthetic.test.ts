// The benchmark's synthetic framework is a valid full-size catalog; scoring it is finite, and
// the prepared-catalog cache never serves a stale catalog.
import { syntheticCatalog, syntheticProvinces } from '../../../scripts/bench/support/synthetic';
import { scoreProvince, scoreProvinces } from '../../../src/scoring';
import { nonFinitePaths } from '../validation/helpers';

describe('synthetic 52-indicator catalog', () => {
  const c = syntheticCatalog();
  test('52 indicators across 7 pillars, both sides', () => {
    expect(c.indicators).toHaveLength(52);
    expect(c.pillars.map((p) => p.side)).toEqual([
      'input',
      'input',
      'input',
      'input',
      'input',
      'output',
      'output',
    ]);
  });

  test('63 provinces scored together: finite, ranked, coverage counted', () => {
    const r = scoreProvinces(c, syntheticProvinces(c, 63));
    expect(nonFinitePaths(r)).toEqual([]);
    expect(r.ranking).toHaveLength(63);
    expect(r.ranking[0].rank?.position).toBe(1);
    for (const p of Object.values(r.provinces)) expect(p.pii.defined).toBe(52);
  });

  test('editing a catalog in place between calls is seen by the next call', () => {
    const local = syntheticCatalog();
    const input = Object.values(syntheticProvinces(local, 1))[0];
    const code = local.indicators.find(
      (i) => i.formula.kind === 'direct' && typeof input.values[i.formula.value] === 'number',
    )!.code;
    const bench = { [code]: { min: -1e9, max: 1e9 } };
    const before = scoreProvince(local, { ...input, benchmarks: bench }).indicators[code].score!;
    const ind = local.indicators.find((i) => i.code === code)!;
    ind.direction = ind.direction === 'higher' ? 'lower' : 'higher';
    const after = scoreProvince(local, { ...input, benchmarks: bench }).indicators[code].score!;
    expect(after).toBeCloseTo(100 - before, 9);
  });
});
