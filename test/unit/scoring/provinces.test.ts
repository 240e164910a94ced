import { builtinCatalog, type ProvinceInput } from '../../../src/catalog';
import { scoreProvince, scoreProvinces, scoreProvincesLazily, whatIf } from '../../../src/scoring';
import { nonFinitePaths, sampleInput } from '../validation/helpers';

const pii = builtinCatalog('2023');

function province(scale: number): ProvinceInput {
  const i = sampleInput();
  delete i.benchmarks;
  for (const id of ['policy_points', 'st_orgs', 'ocop_products', 'research_collabs', 'innovative_startups']) {
    i.values[id] = Math.round((i.values[id] as number) * scale);
  }
  i.previous = {};
  return i;
}

describe('scoreProvinces', () => {
  const inputs = { A: province(1), B: province(0.5), C: province(1.4) };
  const r = scoreProvinces(pii, inputs);

  test('benchmarks are min/max over the provinces, so the best scores 100 and the worst 0', () => {
    const vals = Object.values(r.provinces).map((p) => p.indicators['2.2.4'].value as number);
    expect(r.benchmarks['2.2.4']).toEqual({ min: Math.min(...vals), max: Math.max(...vals) });
    expect(r.provinces.C.indicators['2.2.4'].score).toBe(100);
    expect(r.provinces.B.indicators['2.2.4'].score).toBe(0);
  });

  test('indicators with the same value everywhere get no score and a finding', () => {
    expect(r.benchmarks['2.1.3']!.min).toBe(r.benchmarks['2.1.3']!.max);
    expect(r.provinces.A.indicators['2.1.3'].score).toBeNull();
    expect(r.provinces.A.findings.map((f) => f.checkId)).toContain('noScore:2.1.3');
  });

  test('ranking by PII', () => {
    expect(r.ranking.map((x) => x.province)).toEqual(['C', 'A', 'B']);
    expect(r.provinces.C.rank).toEqual({ position: 1, of: 3 });
    expect(r.ranking[0].pii).toBe(r.provinces.C.pii.score);
  });

  test('strengths are ranked among the provinces', () => {
    expect(r.provinces.C.strengthsBasis.basis).toBe('peers');
    expect(r.provinces.C.strengths.find((s) => s.indicator === '2.2.4')).toMatchObject({ rank: 1, of: 3 });
  });

  test("a province's own benchmarks are ignored so all share one scale", () => {
    const withOwn = { ...inputs, A: { ...inputs.A, benchmarks: { '2.2.4': { min: 0, max: 1000 } } } };
    expect(scoreProvinces(pii, withOwn).provinces.A.indicators['2.2.4'].score).toBe(
      r.provinces.A.indicators['2.2.4'].score,
    );
  });

  test('no NaN/Infinity even with a broken province in the set', () => {
    const broken = scoreProvinces(pii, {
      ...inputs,
      X: { values: { population: NaN, st_orgs: 'abc', grdp: JSON.parse('1e999') } },
    });
    expect(nonFinitePaths(broken)).toEqual([]);
    expect(broken.provinces.X.rank).toBeNull();
  });
});

describe('whatIf', () => {
  const input = sampleInput();
  test('changing one component moves only its indicator and the levels above it', () => {
    const w = whatIf(pii, input, 'ocop_products', 300);
    const d = w.delta;
    expect(d.indicators['7.1.2']).toBeGreaterThan(0);
    expect(d.indicators['7.1.2']).toBe(
      w.after.indicators['7.1.2'].score! - w.before.indicators['7.1.2'].score!,
    );
    expect(d.indicators['1.1.1']).toBe(0);
    expect(d.subPillars['7.1']).toBeCloseTo(d.indicators['7.1.2']!, 12);
    expect(d.pillars['7']).toBeCloseTo(d.indicators['7.1.2']!, 12);
    expect(d.output).toBeCloseTo(d.pillars['7']! / 2, 12);
    expect(d.input).toBe(0);
    expect(d.pii).toBeCloseTo(d.output! / 2, 12);
    expect(d.subPillars['1.2']).toBeNull(); // no indicators there: no score before or after
  });

  test('a shared denominator moves every indicator using it', () => {
    const d = whatIf(pii, input, 'active_enterprises', 9000).delta;
    for (const code of ['5.2.2', '5.2.3', '6.3.2']) expect(d.indicators[code]).toBeLessThan(0);
  });

  test('blanking a component removes the score (delta null), the input is untouched', () => {
    const w = whatIf(pii, input, 'st_orgs', null);
    expect(w.delta.indicators['2.2.4']).toBeNull();
    expect(w.after.pii.present).toBe(w.before.pii.present - 1);
    expect(input.values.st_orgs).toBe(35);
    expect(scoreProvince(pii, input).pii.score).toBe(w.before.pii.score);
  });
});

describe('scoreProvincesLazily', () => {
  const inputs = Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [
      `Tỉnh ${String.fromCharCode(65 + (i % 5))}${i}`,
      province(0.4 + (i % 7) * 0.2),
    ]),
  );
  inputs['Tỉnh hỏng'] = { values: { st_orgs: '1,5', population: { x: 1 } as never } };

  test('every province, the benchmarks, the ranking and the steps equal scoreProvinces', () => {
    const eager = scoreProvinces(pii, inputs);
    const lazy = scoreProvincesLazily(pii, inputs);
    expect(lazy.benchmarks).toEqual(eager.benchmarks);
    expect(lazy.ranking).toEqual(eager.ranking);
    expect(lazy.steps).toEqual(eager.steps);
    for (const name of Object.keys(inputs)) {
      expect(lazy.province(name)).toEqual(eager.provinces[name]);
      const p = eager.provinces[name];
      expect(lazy.summaries[name]).toEqual({
        input: p.input,
        output: p.output,
        pii: p.pii,
        findings: p.findings.length,
      });
    }
  });

  test('with supplied benchmarks and a strengths count, too', () => {
    const options = { benchmarks: scoreProvinces(pii, inputs).benchmarks, strengthsCount: 3 };
    const eager = scoreProvinces(pii, inputs, options);
    const lazy = scoreProvincesLazily(pii, inputs, options);
    for (const name of Object.keys(inputs)) expect(lazy.province(name)).toEqual(eager.provinces[name]);
  });

  test('an unknown province is an error, not undefined', () => {
    expect(() => scoreProvincesLazily(pii, inputs).province('Atlantis')).toThrow('no province "Atlantis"');
  });
});
