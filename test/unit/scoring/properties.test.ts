import fc from 'fast-check';
import { loadCatalog, type Catalog, type Direction } from '../../../src/catalog';
import { aggregate, scoreProvince, structure } from '../../../src/scoring';
import { nonFinitePaths } from '../validation/helpers';

function oneIndicator(direction: Direction): Catalog {
  return loadCatalog({
    edition: 'p',
    pillars: [
      { code: '1', side: 'input', name: { vi: 'a', en: 'a' } },
      { code: '2', side: 'output', name: { vi: 'b', en: 'b' } },
    ],
    subPillars: [
      { code: '1.1', pillar: '1', name: { vi: 'a', en: 'a' } },
      { code: '2.1', pillar: '2', name: { vi: 'b', en: 'b' } },
    ],
    components: [
      { id: 'x', min: -1e12, name: { vi: 'x', en: 'x' } },
      { id: 'num', name: { vi: 'n', en: 'n' } },
      { id: 'den', name: { vi: 'd', en: 'd' } },
    ],
    indicators: [
      { code: '1.1.1', subPillar: '1.1', direction, name: { vi: 'a', en: 'a' }, formula: { value: 'x' } },
      {
        code: '2.1.1',
        subPillar: '2.1',
        direction,
        name: { vi: 'b', en: 'b' },
        formula: { numerator: ['num'], denominator: ['den'], scale: 100 },
      },
    ],
  });
}

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const bench = fc
  .tuple(finite, finite)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
const direction = fc.constantFrom<Direction>('higher', 'lower');

describe('scoring properties', () => {
  test('scores stay in 0..100 and nothing is NaN/Infinity, whatever the value and benchmarks', () => {
    fc.assert(
      fc.property(direction, fc.double(), fc.double({ min: 0 }), fc.double(), bench, (d, x, num, den, b) => {
        const r = scoreProvince(oneIndicator(d), {
          values: { x, num, den },
          benchmarks: { '1.1.1': b, '2.1.1': b },
        });
        for (const code of ['1.1.1', '2.1.1']) {
          const s = r.indicators[code].score;
          if (s !== null && !(s >= 0 && s <= 100)) return false;
        }
        return nonFinitePaths(r).length === 0;
      }),
      { numRuns: 400 },
    );
  });

  test('scores rise with the value for higher-is-better and fall for lower-is-better', () => {
    fc.assert(
      fc.property(direction, finite, finite, bench, (d, a, b, bm) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const cat = oneIndicator(d);
        const s = (x: number) =>
          scoreProvince(cat, { values: { x }, benchmarks: { '1.1.1': bm } }).indicators['1.1.1']
            .score as number;
        return d === 'higher' ? s(lo) <= s(hi) : s(lo) >= s(hi);
      }),
      { numRuns: 400 },
    );
  });

  test('through a ratio, raising the numerator never lowers a higher-is-better score', () => {
    fc.assert(
      fc.property(fc.nat(1e6), fc.nat(1e6), fc.integer({ min: 1, max: 1e6 }), bench, (n1, n2, den, bm) => {
        const cat = oneIndicator('higher');
        const s = (num: number) =>
          scoreProvince(cat, { values: { num, den }, benchmarks: { '2.1.1': bm } }).indicators['2.1.1']
            .score as number;
        return s(Math.min(n1, n2)) <= s(Math.max(n1, n2));
      }),
    );
  });

  // Random frameworks and random present/absent scores; the hand computation below is written
  // independently of aggregate.ts.
  const shape = fc.record({
    sides: fc.array(fc.constantFrom('input', 'output'), { minLength: 1, maxLength: 7 }),
    subs: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 7, maxLength: 7 }),
    inds: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 21, maxLength: 21 }),
    scores: fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }), {
      minLength: 63,
      maxLength: 63,
    }),
  });

  test('every mean equals the hand computation over present items', () => {
    fc.assert(
      fc.property(shape, ({ sides, subs, inds, scores }) => {
        const pillars = sides.map((side, p) => ({ code: `${p + 1}`, side, name: { vi: 'p', en: 'p' } }));
        const subPillars = pillars.flatMap((p, pi) =>
          Array.from({ length: subs[pi] }, (_, s) => ({
            code: `${p.code}.${s + 1}`,
            pillar: p.code,
            name: { vi: 's', en: 's' },
          })),
        );
        const indicators = subPillars.flatMap((s, si) =>
          Array.from({ length: inds[si] }, (_, i) => ({
            code: `${s.code}.${i + 1}`,
            subPillar: s.code,
            name: { vi: 'i', en: 'i' },
            formula: { value: 'x' },
          })),
        );
        const cat = loadCatalog({
          edition: 'r',
          pillars,
          subPillars,
          components: [{ id: 'x', name: { vi: 'x', en: 'x' } }],
          indicators,
        });
        const sc: Record<string, number | null> = Object.fromEntries(
          indicators.map((i, k) => [i.code, scores[k]]),
        );
        const a = aggregate(structure(cat), sc);

        const avg = (xs: (number | null)[]) => {
          const p = xs.filter((x): x is number => x !== null);
          return p.length ? p.reduce((s, x) => s + x, 0) / p.length : null;
        };
        const close = (x: number | null, y: number | null) =>
          x === null || y === null ? x === y : Math.abs(x - y) < 1e-9;
        const subHand = (code: string) =>
          avg(indicators.filter((i) => i.subPillar === code).map((i) => sc[i.code]));
        const pillarHand = (code: string) =>
          avg(subPillars.filter((s) => s.pillar === code).map((s) => subHand(s.code)));
        const sideHand = (side: string) =>
          avg(pillars.filter((p) => p.side === side).map((p) => pillarHand(p.code)));
        const piiHand = avg([sideHand('input'), sideHand('output')]);

        return (
          subPillars.every((s) => close(a.subPillars[s.code].score, subHand(s.code))) &&
          pillars.every((p) => close(a.pillars[p.code].score, pillarHand(p.code))) &&
          close(a.input.score, sideHand('input')) &&
          close(a.output.score, sideHand('output')) &&
          close(a.pii.score, piiHand) &&
          a.pii.present === scores.slice(0, indicators.length).filter((x) => x !== null).length &&
          a.pii.defined === indicators.length
        );
      }),
      { numRuns: 300 },
    );
  });
});
