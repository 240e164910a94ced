// One test group per pipeline step, against hand computations.
import { builtinCatalog, loadCatalog } from '../../../src/catalog';
import {
  aggregate,
  deriveBenchmarks,
  indicatorValue,
  meanOfPresent,
  minMaxScore,
  normalise,
  rankAll,
  rankAmong,
  sortDesc,
  strengthsWeaknesses,
  structure,
} from '../../../src/scoring';
import { sampleInput } from '../validation/helpers';

const pii = builtinCatalog('2023');
const ind = (code: string) => pii.indicators.find((i) => i.code === code)!;

describe('indicatorValues', () => {
  test('ratio = SUM(num)/SUM(den)*scale, computed in that order', () => {
    const v = sampleInput().values as Record<string, number>;
    expect(indicatorValue(ind('6.3.2'), v).value).toBe(
      ((v.st_enterprises + v.st_eligible_enterprises) / v.active_enterprises) * 1000,
    );
    expect(indicatorValue(ind('2.2.4'), v).value).toBe((v.st_orgs / v.population) * 10000);
    expect(indicatorValue(ind('1.1.1'), v).value).toBe(v.policy_points);
  });

  test('no value (and a finding naming the components) when a component is not a number', () => {
    const r = indicatorValue(ind('6.3.2'), {
      st_enterprises: 1,
      st_eligible_enterprises: '2',
      active_enterprises: null,
    });
    expect(r.value).toBeNull();
    expect(r.finding?.ruleId).toBe('noValue');
    expect(r.finding?.message.en).toContain('st_eligible_enterprises, active_enterprises');
  });

  test('no value when the denominator is 0 or negative, never Infinity', () => {
    expect(indicatorValue(ind('7.1.2'), { ocop_products: 5, communes: 0 }).value).toBeNull();
    expect(indicatorValue(ind('7.1.2'), { ocop_products: 5, communes: -1 }).value).toBeNull();
    const tiny = indicatorValue(ind('7.1.2'), { ocop_products: 1e300, communes: 1e-300 });
    expect(tiny.value).toBeNull();
    expect(tiny.finding?.ruleId).toBe('overflow');
  });
});

describe('normalise', () => {
  test('min-max, reversed for lower-is-better', () => {
    expect(minMaxScore(15, { min: 10, max: 30 }, 'higher')).toBe(25);
    expect(minMaxScore(15, { min: 10, max: 30 }, 'lower')).toBe(75);
  });

  test('clamps outside the benchmarks with a finding; no benchmark or max<=min gives no score', () => {
    const r = normalise(
      pii,
      { '1.1.1': 60, '2.1.3': 1, '2.1.4': 2, '2.2.2': null },
      { '1.1.1': { min: 20, max: 50 }, '2.1.3': null, '2.1.4': { min: 3, max: 3 } },
      false,
    );
    expect(r.indicators['1.1.1']).toEqual({ value: 60, score: 100, clamped: true });
    expect(r.indicators['2.1.3'].score).toBeNull();
    expect(r.indicators['2.1.4'].score).toBeNull();
    expect(r.indicators['2.2.2']).toEqual({ value: null, score: null, clamped: false });
    expect(r.findings.map((f) => f.checkId)).toEqual(['clamped:1.1.1', 'noScore:2.1.3', 'noScore:2.1.4']);
  });
});

describe('aggregate', () => {
  const c = loadCatalog({
    edition: 't',
    pillars: [
      { code: '1', side: 'input', name: { vi: 'a', en: 'a' } },
      { code: '2', side: 'input', name: { vi: 'b', en: 'b' } },
      { code: '3', side: 'output', name: { vi: 'c', en: 'c' } },
    ],
    subPillars: [
      { code: '1.1', pillar: '1', name: { vi: 'a', en: 'a' } },
      { code: '1.2', pillar: '1', name: { vi: 'a', en: 'a' } },
      { code: '2.1', pillar: '2', name: { vi: 'a', en: 'a' } },
      { code: '3.1', pillar: '3', name: { vi: 'a', en: 'a' } },
    ],
    components: [{ id: 'x', name: { vi: 'x', en: 'x' } }],
    indicators: ['1.1.1', '1.1.2', '1.2.1', '2.1.1', '3.1.1', '3.1.2'].map((code) => ({
      code,
      subPillar: code.slice(0, 3),
      name: { vi: code, en: code },
      formula: { value: 'x' },
    })),
  });

  test('means over present items at every level, with indicator coverage', () => {
    const a = aggregate(structure(c), {
      '1.1.1': 10,
      '1.1.2': null,
      '1.2.1': 40,
      '2.1.1': null,
      '3.1.1': 30,
      '3.1.2': 50,
    });
    expect(a.subPillars['1.1']).toEqual({ score: 10, present: 1, defined: 2 });
    expect(a.subPillars['2.1']).toEqual({ score: null, present: 0, defined: 1 });
    expect(a.pillars['1']).toEqual({ score: 25, present: 2, defined: 3 });
    expect(a.input).toEqual({ score: 25, present: 2, defined: 4 }); // pillar 2 absent: not imputed
    expect(a.output).toEqual({ score: 40, present: 2, defined: 2 });
    expect(a.pii).toEqual({ score: 32.5, present: 4, defined: 6 });
  });

  test('meanOfPresent', () => {
    expect(meanOfPresent([])).toBeNull();
    expect(meanOfPresent([null, null])).toBeNull();
    expect(meanOfPresent([1, null, 2])).toBe(1.5);
  });
});

describe('benchmarks and ranks', () => {
  test('derived benchmarks are min/max over the provinces that have a value', () => {
    const b = deriveBenchmarks(pii, [
      { '1.1.1': 30, '2.1.3': null },
      { '1.1.1': 50, '2.1.3': null },
      { '1.1.1': 41 },
    ]);
    expect(b['1.1.1']).toEqual({ min: 30, max: 50 });
    expect(b['2.1.3']).toBeNull();
  });

  test('competition ranking: ties share the better position', () => {
    expect(rankAll({ a: 50, b: 60, c: 50, d: null })).toEqual({
      a: { position: 2, of: 3 },
      b: { position: 1, of: 3 },
      c: { position: 2, of: 3 },
      d: null,
    });
    expect(rankAmong(48.76, [65.68, 59.33, 58.41, 58.09, 49.37, 40])).toEqual({ position: 6, of: 7 });
  });
});

describe('strengthsWeaknesses', () => {
  const order = ['a', 'b', 'c', 'd', 'e', 'f'];
  test('own scores: best `count` are strengths, worst `count` of the rest weaknesses, and the note says so', () => {
    const r = strengthsWeaknesses(order, { a: 90, b: 10, c: 50, d: 70, e: null, f: 30 }, undefined, 2);
    expect(r.strengths.map((x) => x.indicator)).toEqual(['a', 'd']);
    expect(r.weaknesses.map((x) => x.indicator)).toEqual(['b', 'f']);
    expect(r.basis.basis).toBe('own');
    expect(r.basis.note.en).toMatch(/own/);
  });

  test('ties at the cut-off are all kept', () => {
    const r = strengthsWeaknesses(order, { a: 90, b: 80, c: 80, d: 10, e: 5, f: 0 }, undefined, 2);
    expect(r.strengths.map((x) => x.indicator)).toEqual(['a', 'b', 'c']);
  });

  test('neither side takes more than half of the scored indicators', () => {
    const codes = Array.from({ length: 13 }, (_, i) => `i${i}`);
    const scores = Object.fromEntries(codes.map((c, i) => [c, i * 7]));
    const r = strengthsWeaknesses(codes, scores, undefined, 10);
    expect(r.strengths).toHaveLength(6);
    expect(r.weaknesses).toHaveLength(6);
    expect(r.strengths.map((x) => x.indicator)).toContain('i12');
    expect(r.weaknesses.map((x) => x.indicator)).toContain('i0');
  });

  test('with peers: percentile ranks among provinces, and a top-3 rank is always a strength', () => {
    const own = { a: 50, b: 50, c: 50, d: 50, e: 50, f: 50 };
    const raw = {
      a: [50, 90, 80, 70, 60],
      b: [50, 40, 30, 20, 10],
      c: [50, 60, 40],
      d: [50, 99, 98, 97, 96],
      e: [50, 51, 52],
      f: [50],
    };
    const peers = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, sortDesc(v)]));
    const r = strengthsWeaknesses(order, own, peers, 1);
    const b = r.strengths.find((x) => x.indicator === 'b')!;
    expect(b).toMatchObject({ rank: 1, of: 5, percentile: 1 });
    expect(r.strengths.map((x) => x.indicator)).toEqual(expect.arrayContaining(['b', 'f', 'c', 'e']));
    expect(r.weaknesses.map((x) => x.indicator)).toEqual(['a', 'd']); // both ranked last: a tie
    expect(r.basis.basis).toBe('peers');
  });
});
