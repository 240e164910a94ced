// Scoring many provinces grows linearly (issue 9 C.11: 4,000 provinces took 1.4 s, 32,000 took
// 24 s, because ranking compared every province with every other). Work is counted, not timed:
// element visits of array methods and sort comparisons (test/support/work-meter.ts), for n and 4n
// provinces. Linear work gives a ratio of 4 (a little more from n log n sorts); the quadratic
// ranking gave 11.8 at these sizes.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadCatalog, type ProvinceInput } from '../../../src/catalog';
import { formatProvinces } from '../../../src/cli/format-score';
import { jsonPieces } from '../../../src/cli/json-out';
import { main } from '../../../src/cli/main';
import { prng } from '../../../src/dev/prng';
import { rankAll, scoreProvinces, scoreProvincesLazily } from '../../../src/scoring';
import { countWork, countWorkAsync } from '../../support/work-meter';

// A small catalog keeps the per-province work small, so a term in n² cannot hide behind it.
const catalog = loadCatalog({
  edition: 'growth',
  pillars: [
    { code: '1', side: 'input', name: { vi: 'Đầu vào', en: 'Input' } },
    { code: '2', side: 'output', name: { vi: 'Đầu ra', en: 'Output' } },
  ],
  subPillars: [
    { code: '1.1', pillar: '1', name: { vi: 'Nhóm 1.1', en: 'Group 1.1' } },
    { code: '2.1', pillar: '2', name: { vi: 'Nhóm 2.1', en: 'Group 2.1' } },
  ],
  components: [
    { id: 'x', kind: 'decimal', name: { vi: 'x', en: 'x' } },
    { id: 'y', kind: 'decimal', name: { vi: 'y', en: 'y' } },
  ],
  indicators: [
    { code: '1.1.1', subPillar: '1.1', name: { vi: 'X', en: 'X' }, formula: { value: 'x' } },
    { code: '2.1.1', subPillar: '2.1', name: { vi: 'Y', en: 'Y' }, formula: { value: 'y' } },
  ],
});

/** n provinces with random figures; every tenth has a text value (a finding) and ties are common. */
function provinces(n: number): Record<string, ProvinceInput> {
  const rnd = prng(n);
  const out: Record<string, ProvinceInput> = {};
  for (let i = 0; i < n; i++) {
    const x = Math.round(rnd() * 50);
    out[`Tỉnh ${i}`] = { values: { x: i % 10 === 0 ? `${x}` : x, y: Math.round(rnd() * 50) } };
  }
  return out;
}

const N = 300;
const LINEAR = 4.6; // 4 for n -> 4n, plus the log factor of sorts; the quadratic ranking gave 11.8

function ratio(work: (n: number) => number): number {
  return work(4 * N) / work(N);
}

test('the work meter sees quadratic work as quadratic (so the tests below can fail)', () => {
  const quadratic = (n: number) =>
    countWork(() => {
      const xs = Array.from({ length: n }, (_, i) => i);
      return xs.map((x) => xs.filter((y) => y > x).length);
    }).work;
  expect(ratio(quadratic)).toBeGreaterThan(12);
});

test('scoreProvinces: linear in the number of provinces', () => {
  const inputs = [N, 4 * N].map(provinces);
  const r = ratio((n) => countWork(() => scoreProvinces(catalog, inputs[n === N ? 0 : 1])).work);
  expect(r).toBeGreaterThan(3.5);
  expect(r).toBeLessThan(LINEAR);
});

test('rankAll: linear (n log n) in the number of scores, ties sharing the better position', () => {
  const scores = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, i % 97]));
  const r = ratio((n) => countWork(() => rankAll(scores(n))).work);
  expect(r).toBeLessThan(LINEAR);
  expect(rankAll({ a: 1, b: 3, c: 3, d: null, e: 2 })).toEqual({
    a: { position: 4, of: 4 },
    b: { position: 1, of: 4 },
    c: { position: 1, of: 4 },
    d: null,
    e: { position: 3, of: 4 },
  });
});

test('the lazy form (what pii score uses) and its text report: linear', () => {
  const inputs = [N, 4 * N].map(provinces);
  const pick = (n: number) => inputs[n === N ? 0 : 1];
  expect(ratio((n) => countWork(() => scoreProvincesLazily(catalog, pick(n))).work)).toBeLessThan(LINEAR);
  const lazy = [N, 4 * N].map((n) => scoreProvincesLazily(catalog, pick(n)));
  const report = (n: number) =>
    countWork(() => [...formatProvinces(catalog, lazy[n === N ? 0 : 1])].length).work;
  expect(ratio(report)).toBeLessThan(LINEAR);
  const results = [N, 4 * N].map((n) => scoreProvinces(catalog, pick(n)));
  expect(
    ratio((n) => countWork(() => [...jsonPieces(results[n === N ? 0 : 1], 2)].length).work),
  ).toBeLessThan(LINEAR);
});

test('pii score end to end (read, score, format, write): linear, text and --json', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pii-growth-'));
  const files = [N, 4 * N].map((n) => {
    const file = join(dir, `${n}.json`);
    writeFileSync(file, JSON.stringify({ provinces: provinces(n) }));
    return file;
  });
  const sink = { write: () => true };
  for (const json of [[], ['--json']]) {
    const work: number[] = [];
    for (const file of files) {
      const { result, work: w } = await countWorkAsync(() =>
        main(['score', '--catalog', catalogFile(dir), '--data', file, ...json], {
          stdout: sink,
          stderr: sink,
        }),
      );
      expect(result).toBe(0);
      work.push(w);
    }
    expect(work[1] / work[0]).toBeLessThan(LINEAR);
  }
});

function catalogFile(dir: string): string {
  const file = join(dir, 'catalog.json');
  writeFileSync(file, JSON.stringify(catalog));
  return file;
}
