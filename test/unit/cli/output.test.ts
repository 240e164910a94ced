// Output of any size: JSON written in pieces equals JSON.stringify; tables take any number of rows.
import { maxJsonFileBytes, readJsonFile } from '../../../src/cli/files';
import { CliError } from '../../../src/cli/io';
import { jsonPieces } from '../../../src/cli/json-out';
import { message } from '../../../src/cli/messages';
import { table } from '../../../src/cli/table';
import { builtinCatalog } from '../../../src/catalog';
import { scoreProvinces } from '../../../src/scoring';
import { sampleInput } from '../validation/helpers';
import { run, tempFile } from './helpers';

test('jsonPieces joined is exactly JSON.stringify(value, null, 2), at every depth', () => {
  const result = scoreProvinces(builtinCatalog('2023'), {
    'Hà Nội': sampleInput(),
    'Hưng Yên': sampleInput(),
  });
  const odd = { a: {}, b: { c: undefined, d: [1, { e: 'x\ny' }], f: null }, g: () => 1, 'k"ey': 'v' };
  for (const value of [result, odd, [1, 2], 'text', 3, null, {}]) {
    for (const depth of [0, 1, 2, 3]) {
      expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value, null, 2));
    }
  }
});

test('jsonPieces at depth 2 writes one piece per province, none holding two', () => {
  const result = scoreProvinces(builtinCatalog('2023'), { A: sampleInput(), B: sampleInput() });
  const pieces = [...jsonPieces(result, 2)];
  const provinces = pieces.filter((p) => p.includes('"indicators"'));
  expect(provinces).toHaveLength(2);
});

test('a table of 300,000 rows (more than a spread into a call can take)', () => {
  const rows = Array.from({ length: 300_000 }, (_, i) => [String(i), `Tỉnh ${i}`]);
  const out = table(['#', 'Tỉnh / Province'], rows, [0]);
  expect(out).toHaveLength(300_002);
  expect(out[2]).toBe('     0  Tỉnh 0');
});

test('one very long cell does not pad every other row to its width', () => {
  const out = table(
    ['#', 'Tỉnh'],
    [
      ['1', 'x'.repeat(5000)],
      ['2', 'Huế'],
      ['3', 'Hà Nội'],
    ],
    [0],
  );
  expect(out[3]).toBe('2  Huế');
  expect(out[2]).toHaveLength(3 + 5000);
});

describe('input size', () => {
  test('a file larger than this computer can score is refused before it is read, in both languages', () => {
    const file = tempFile('big.json', JSON.stringify({ values: { x: 'y'.repeat(3 * 2 ** 20) } }));
    let error: unknown;
    try {
      readJsonFile(file, message('fileData'), { maxBytes: 2 ** 20 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    const text = (error as CliError).text;
    expect(text.vi).toContain('quá lớn');
    expect(text.vi).toContain('(4 MB; tối đa 1 MB)');
    expect(text.en).toContain('(4 MB; at most 1 MB)');
    expect(text.en).toContain('NODE_OPTIONS=--max-old-space-size=8192');
  });

  test('the limit admits the 50 MB multi-province file of issue 9 and stays under the longest string', () => {
    expect(maxJsonFileBytes()).toBeGreaterThan(50 * 2 ** 20);
    expect(maxJsonFileBytes()).toBeLessThan(2 ** 29);
  });
});

test('pii score --json over several provinces is exactly JSON.stringify(scoreProvinces(...), null, 2), with the warnings', async () => {
  const one = sampleInput();
  delete one.benchmarks; // not used when scoring together (a warning)
  const two = { ...one, values: { ...one.values, st_orgs: 70 } };
  const inputs = { 'Tỉnh A': one, 'Tỉnh B': two, Huế: { values: { population: '1,5' } } };
  const r = await run(
    'score',
    '--edition',
    '2023',
    '--json',
    '--data',
    tempFile('m.json', JSON.stringify({ provinces: inputs })),
  );
  expect(r.code).toBe(0);
  const eager = scoreProvinces(builtinCatalog('2023'), JSON.parse(JSON.stringify(inputs)), {
    source: 'file',
  });
  // A and B differ in st_orgs only: the other indicators have no spread, said first.
  const warnings = JSON.parse(r.out).warnings;
  expect(warnings[0].message.en).toMatch(/^Indicators with no spread across the provinces/);
  expect(r.out).toBe(`${JSON.stringify({ ...eager, warnings }, null, 2)}\n`);
});
