// Issue 9, B8, A5, D15: one reader for every command that reads a data file. The same file gets
// the same verdict from `pii score` and `pii template`; what is wrong is refused with its path,
// what is ignored or dubious is a warning (stderr, and `warnings` in --json), misspelt keys get
// "did you mean". Each example of the issue is a case here, beside other instances of its kind.
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { NAMES } from '../../../src/plan';
import { readNamedValues } from '../../../src/xlsx';
import { FIXTURES, run, tempFile } from './helpers';

const sampleText = readFileSync(join(FIXTURES, 'sample-2023.data.json'), 'utf8');
/** The 2023 sample province (with its own benchmarks and previous values). */
const sample = () => JSON.parse(sampleText) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** The sample without benchmarks, for provinces scored together. */
const bare = () => {
  const { benchmarks: _b, ...rest } = sample();
  return rest;
};

/** The sample, its st_orgs changed, without benchmarks: a second province that differs. */
const other = () => ({ ...bare(), values: { ...bare().values, st_orgs: 1 } });

/** pii score --edition 2023 [flags] on `data`, written to a file. */
const score = (data: unknown, ...flags: string[]) =>
  run('score', '--edition', '2023', ...flags, '--data', tempFile('d.json', JSON.stringify(data)));

/** pii score and pii template (--edition 2023) on the same file; the template's path. */
async function both(content: string, templateFlags: string[] = []) {
  const data = tempFile('d.json', content);
  const out = join(dirname(data), 't.xlsx');
  const score = await run('score', '--edition', '2023', '--data', data);
  const template = await run('template', '--edition', '2023', '--out', out, '--data', data, ...templateFlags);
  return { score, template, out, data };
}

describe('the same verdict from pii score and pii template', () => {
  test.each([
    [
      '{"values": 5}',
      'values: "values" phải là một đối tượng',
      '"values" must be an object {component id: value}, not the number 5',
    ],
    ['{"values": [1, 2]}', 'values: "values" phải là một đối tượng', 'not an array [...]'],
    ['{"values": "12"}', 'values: "values" phải là một đối tượng', 'not the text "12"'],
    ['{}', 'không có "values" (một tỉnh) hay "provinces"', 'keys found: none'],
    ['{"$comment": "only a note"}', 'không có "values"', 'keys found: none'],
    ['[]', 'tệp số liệu phải là một đối tượng JSON', 'not an array [...]'],
    ['5', 'tệp số liệu phải là một đối tượng JSON', 'not the number 5'],
    [
      '{"provinces": {}}',
      'provinces: "provinces" phải là',
      'with at least one province, not an object {...}',
    ],
    ['{"provinces": 5}', 'provinces: "provinces" phải là', 'not the number 5'],
    ['{"provinces": {"A": 5}}', 'provinces.A: số liệu của một tỉnh', "a province's data must be an object"],
    ['{"provinces": {"A": {}}}', 'provinces.A: thiếu "values"', '"values" is missing'],
    [
      '{"provinces": {"A": {"values": {}}}, "values": {}}',
      'values: "values" nằm cạnh "provinces"',
      'a multi-province file keeps',
    ],
    ['{"values": {}, "previous": 3}', 'previous: "previous" phải là một đối tượng', 'not the number 3'],
    ['{"values": {}, "benchmarks": []}', 'benchmarks: "benchmarks" phải là một đối tượng', 'not an array'],
  ])('%s is refused by both, exit 1, no template written', async (content, vi, en) => {
    const { score, template, out } = await both(content);
    for (const r of [score, template]) {
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toContain(vi);
      expect(r.err).toContain(en);
    }
    expect(existsSync(out)).toBe(false);
    // One message, the same words, only the command's prefix differs.
    expect(template.err.replace(/pii template/g, 'pii score')).toBe(score.err);
  });
});

describe('unknown keys, at any level, with "did you mean"', () => {
  test('a misspelt top-level "benchmark" is refused, naming "benchmarks", by both commands', async () => {
    const d = sample();
    d.benchmark = d.benchmarks;
    delete d.benchmarks;
    const { score, template, out } = await both(JSON.stringify(d));
    for (const r of [score, template]) {
      expect(r.code).toBe(1);
      expect(r.err).toContain('benchmark: khóa không xác định "benchmark" (có phải "benchmarks"?)');
      expect(r.err).toContain('unknown key "benchmark" (did you mean "benchmarks"?)');
    }
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    [{ values: {}, Values: {} }, 'Values', 'values'],
    [{ values: {}, evidance: {} }, 'evidance', 'evidence'],
    [{ values: {}, prevous: {} }, 'prevous', 'previous'],
    [{ values: {}, peer: {} }, 'peer', 'peers'],
    [{ values: {}, province: {} }, 'province', 'provinces'],
    [{ provinces: { A: { values: {} } }, benchmark: {} }, 'benchmark', 'benchmarks'],
    [{ provinces: { A: { valeus: {} } } }, 'provinces.A.valeus', 'values'],
    [{ values: {}, benchmarks: { '1.1.1': { min: 1, max: 2, mx: 3 } } }, 'benchmarks["1.1.1"].mx', 'max'],
  ])('%j: %s is refused, did you mean "%s"', async (data, path, near) => {
    const { score } = await both(JSON.stringify(data));
    expect(score.code).toBe(1);
    expect(score.err).toContain(`${path}: khóa không xác định`);
    expect(score.err).toContain(`(did you mean "${near}"?)`);
  });

  test('a key far from every known one gets no guess, but the list of known keys', async () => {
    const { score } = await both('{"values": {}, "notes": "x"}');
    expect(score.code).toBe(1);
    expect(score.err).toContain(
      'unknown key "notes"; the keys used here are: values, previous, evidence, evidenceDate, evidenceIssuer, evidenceLink, benchmarks, peers',
    );
  });

  test('"$comment" keys are notes for people, at any level: read nowhere, never reported', async () => {
    const d = bare();
    d.values.$comment = 'a note';
    const r = await score({
      $comment: 'x',
      provinces: { $note: 'y', A: d, B: other() },
    });
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('$comment');
    expect(r.err).not.toContain('$note');
  });

  test('unknown component ids and indicator codes are warnings with the nearest known one, from both commands', async () => {
    const d = sample();
    d.values.populaton = 1;
    d.previous.grdpp = 2;
    d.benchmarks['1.1.l'] = { min: 0, max: 1 };
    const { score, template } = await both(JSON.stringify(d));
    for (const [r, cmd] of [
      [score, 'score'],
      [template, 'template'],
    ] as const) {
      expect(r.code).toBe(0);
      expect(r.err).toContain(`pii ${cmd}: warning: `);
      expect(r.err).toContain(`pii ${cmd}: cảnh báo: `);
      expect(r.err).toMatch(
        /values\.populaton: this component id is not in the 2023 catalog; ignored \(did you mean "population"\?\)/,
      );
      expect(r.err).toMatch(
        /values\.populaton: mã thành phần này không có trong danh mục ấn bản 2023; đã bỏ qua \(có phải "population"\?\)/,
      );
      expect(r.err).toMatch(/previous\.grdpp: .*\(did you mean "grdp"\?\)/);
      expect(r.err).toMatch(
        /benchmarks\["1\.1\.l"\]: this indicator code is not in the 2023 catalog; ignored \(did you mean "1\.1\.1"\?\)/,
      );
    }
  });

  test('an unknown id in every province of a file is said once, with the count', async () => {
    const d = bare();
    d.values.populaton = 1;
    const provinces = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`T${i}`, { ...d, values: { ...d.values, st_orgs: i } }]),
    );
    const r = await score({ provinces }, '--json');
    expect(r.code).toBe(0);
    const warnings = JSON.parse(r.out).warnings as { path: string; message: { en: string } }[];
    const unknown = warnings.filter(
      (w) => w.message.en.includes('populaton') || w.path.includes('populaton'),
    );
    expect(unknown).toHaveLength(1);
    expect(unknown[0].path).toBe('provinces.T0.values.populaton');
    expect(unknown[0].message.en).toContain('other provinces with it too: 299');
  });
});

describe("last year's values that are not numbers", () => {
  test.each([
    ['"abc"', 'the text "abc"'],
    ['"1,5"', 'the text "1,5"'],
    ['true', 'true'],
    ['"12 ha"', 'the text "12 ha"'],
  ])(
    'previous %s: a warning that the jump check is skipped, from both commands, in --json too',
    async (value, kind) => {
      const d = sample();
      const { score, template } = await both(JSON.stringify(d).replace('"grdp":121000', `"grdp":${value}`));
      for (const r of [score, template]) {
        expect(r.code).toBe(0);
        expect(r.err).toContain(
          `previous.grdp: last year's value is ${kind}, not a number: the check of the change since last year is skipped for this figure`,
        );
        expect(r.err).toContain('previous.grdp: giá trị năm trước là');
      }
      const json = await run(
        'score',
        '--edition',
        '2023',
        '--json',
        '--data',
        tempFile('d.json', JSON.stringify(d).replace('"grdp":121000', `"grdp":${value}`)),
      );
      const w = JSON.parse(json.out).warnings;
      expect(w).toEqual([
        expect.objectContaining({
          path: 'previous.grdp',
          message: expect.objectContaining({ en: expect.stringContaining('not a number') }),
        }),
      ]);
    },
  );

  test('in a multi-province file too, with the province in the path', async () => {
    const a = bare();
    a.previous.population = 'n/a';
    const r = await score({
      provinces: { 'Hà Nam': a, B: other() },
    });
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'provinces["Hà Nam"].previous.population: last year\'s value is the text "n/a", not a number',
    );
  });

  test.each(['null', '""', '"  "'])('a blank last-year value (%s) is not a warning', async (blank) => {
    const { score } = await both(JSON.stringify(sample()).replace('"grdp":121000', `"grdp":${blank}`));
    expect(score.code).toBe(0);
    expect(score.err).toBe('');
  });
});

describe('duplicate keys, at any depth, are refused with their paths', () => {
  test.each([
    ['{"values": {}, "values": {"grdp": 1}}', '(root): the key "values" is written twice'],
    ['{"values": {"grdp": 1, "grdp": 2}}', 'values: the key "grdp" is written twice'],
    [
      '{"values": {}, "benchmarks": {"1.1.1": {"min": 1, "max": 2, "min": 0}}}',
      'benchmarks["1.1.1"]: the key "min" is written twice',
    ],
    [
      '{"provinces": {"Huế": {"values": {}}, "Huế": {"values": {"grdp": 1}}}}',
      'provinces: the key "Huế" is written twice',
    ],
    [
      '{"provinces": {"Huế": {"values": {"grdp": 1}, "previous": {"a": 1, "a": 2}}}}',
      'provinces["Huế"].previous: the key "a" is written twice',
    ],
    ['{"values": {"gr\\u0064p": 1, "grdp": 2}}', 'values: the key "grdp" is written twice'],
  ])('%s', async (content, en) => {
    const { score, template } = await both(content);
    for (const r of [score, template]) {
      expect(r.code).toBe(1);
      expect(r.err).toContain('JSON keeps only the last, so the first would be dropped without a word');
      expect(r.err).toContain(en);
    }
  });

  test('a catalog file with a duplicate key is refused too', async () => {
    const text = readFileSync(join(FIXTURES, 'bac-ninh-2025.catalog.json'), 'utf8').replace(
      /^\{/,
      '{"edition": "x",',
    );
    const r = await run('catalog', '--catalog', tempFile('c.json', text));
    expect(r.code).toBe(1);
    expect(r.err).toContain('(root): the key "edition" is written twice');
  });
});

describe('province names', () => {
  test.each(['', '   ', '\t'])('a blank name %j is refused, not ranked as a blank row', async (name) => {
    const b = other();
    const content = JSON.stringify({ provinces: { 'Hà Nam': bare(), [name]: b } });
    const { score, template } = await both(content, ['--province', 'Hà Nam']);
    for (const r of [score, template]) {
      expect(r.code).toBe(1);
      expect(r.err).toContain(`provinces[${JSON.stringify(name)}]: a blank province name`);
    }
  });

  test('spaces around a name are trimmed with a warning; two names equal once trimmed are refused', async () => {
    const b = other();
    const ok = await score({ provinces: { ' Huế ': bare(), B: b } }, '--json');
    expect(ok.code).toBe(0);
    expect(Object.keys(JSON.parse(ok.out).provinces)).toEqual(['Huế', 'B']);
    expect(ok.err).toContain(
      'provinces[" Huế "]: the province name has spaces before or after it; read as "Huế"',
    );
    const twice = await score({ provinces: { Huế: bare(), 'Huế ': b } });
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('provinces["Huế "]: the same province as provinces["Huế"]');
  });
});

describe("a province's own benchmarks in a multi-province file", () => {
  test("pii template --province fills them in (over the file's shared ones)", async () => {
    const a = sample(); // benchmarks 1.1.1: 28.2 .. 55.64
    const content = JSON.stringify({
      provinces: { 'Hà Nam': a, 'Bắc Ninh': bare() },
      benchmarks: { '1.1.1': { min: 1, max: 2 }, '2.1.3': { min: 0.5, max: 9 } },
    });
    const data = tempFile('m.json', content);
    for (const [province, min113, min213] of [
      ['Hà Nam', 28.2, 0.05],
      ['Bắc Ninh', 1, 0.5],
    ] as const) {
      const out = join(dirname(data), `${province}.xlsx`);
      const r = await run(
        'template',
        '--edition',
        '2023',
        '--out',
        out,
        '--data',
        data,
        '--province',
        province,
      );
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      const named = await readNamedValues(readFileSync(out));
      expect(named.get(NAMES.benchmarkMin('1.1.1').toUpperCase())).toBe(min113);
      expect(named.get(NAMES.benchmarkMin('2.1.3').toUpperCase())).toBe(min213);
    }
  });

  test('pii score says once that they are not used (one scale), and how to make benchmarks count', async () => {
    const b = { ...sample(), values: { ...sample().values, st_orgs: 1 } };
    const r = await score({ provinces: { A: sample(), B: b, C: bare() } }, '--json');
    expect(r.code).toBe(0);
    const own = JSON.parse(r.out).warnings.filter((w: { message: { en: string } }) =>
      w.message.en.includes('their own "benchmarks"'),
    );
    expect(own).toHaveLength(1);
    expect(own[0].message.en).toContain(
      'Provinces with their own "benchmarks": 2 (as provinces.A.benchmarks)',
    );
    expect(own[0].message.en).toContain('write one "benchmarks" at the top level of the file');
  });

  test('their mistakes are refused like any other benchmark', async () => {
    const a = bare();
    a.benchmarks = { '1.1.1': { min: 5, max: 5 } };
    const r = await score({ provinces: { A: a } });
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'provinces.A.benchmarks["1.1.1"]: the benchmark max (5) is not above the min (5)',
    );
  });
});

describe('A5: nothing to derive benchmarks from is said once, first', () => {
  const noSpread =
    "No indicator can be scored: the benchmarks (min and max) are derived from the file's own provinces";
  test.each([
    ['one province', { A: bare() }, 1],
    ['two identical provinces', { A: bare(), B: bare() }, 2],
    ['three identical provinces, one with no figures', { A: bare(), B: bare(), C: { values: {} } }, 3],
    ['two provinces that differ, only one with figures', { A: bare(), B: { values: {} } }, 2],
  ])('%s: exit 1, one message, no table of "–"', async (_label, provinces, count) => {
    const r = await score({ provinces });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(noSpread);
    expect(lines[1]).toContain(`the file's provinces (${count}) give no spread`);
    expect(lines[1]).toContain('At least two provinces that differ are needed, or supply "benchmarks"');
    expect(lines[0]).toContain('Cần ít nhất hai tỉnh có giá trị khác nhau');
  });

  test('with top-level benchmarks, one province is scored against them', async () => {
    const r = await score({ provinces: { A: bare() }, benchmarks: sample().benchmarks }, '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    // The same PII as the province scored alone against the same benchmarks.
    const alone = JSON.parse(
      (await run('score', '--edition', '2023', '--json', '--data', join(FIXTURES, 'sample-2023.data.json')))
        .out,
    );
    expect(j.provinces.A.pii.score).toBeCloseTo(alone.pii.score, 10);
    expect(j.warnings).toEqual([]);
  });

  test('some indicators without spread: one warning first, listing them; supplying benchmarks for them clears it', async () => {
    const b = other();
    const r = await score({ provinces: { A: bare(), B: b } });
    expect(r.code).toBe(0);
    const first = r.err.split('\n')[1];
    expect(first).toMatch(
      /^pii score: warning: .*d\.json: Indicators with no spread across the provinces .*: \d+: 1\.1\.1, /,
    );
    expect(r.err.split('\n').filter((l) => l.includes('no spread'))).toHaveLength(1);
    const flat = /: ([\d., ]+)\. Supply/.exec(first)![1].split(', ');
    const benchmarks = Object.fromEntries(flat.map((code) => [code, { min: -1e6, max: 1e9 }]));
    const fixed = await score({ provinces: { A: bare(), B: b }, benchmarks }, '--json');
    expect(fixed.code).toBe(0);
    expect(JSON.parse(fixed.out).warnings).toEqual([]);
  });

  test('one province alone without benchmarks: said once, first', async () => {
    const r = await score(bare(), '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.warnings[0].message.en).toMatch(/^No indicator can be scored: the file has no benchmarks/);
    expect(r.err.split('\n')[1]).toContain('No indicator can be scored: the file has no benchmarks');
  });
});

describe('D15: values JSON cannot put in a cell, and numbers for --year', () => {
  test.each([
    ['{"values": {"grdp": {"v": 1}}}', 'values.grdp: an object {...} is not a value'],
    ['{"values": {"grdp": [130000]}}', 'values.grdp: an array [...] is not a value'],
    ['{"values": {}, "evidence": {"grdp": {"doc": "1"}}}', 'evidence.grdp: an object {...} is not a value'],
    ['{"values": {"grdp": 1e309}}', 'values.grdp: a number beyond what a computer can hold'],
    ['{"values": {"grdp": -1e309}}', 'values.grdp: a number beyond what a computer can hold'],
    ['{"values": {}, "previous": {"grdp": 1e400}}', 'previous.grdp: a number beyond'],
    [
      '{"values": {}, "benchmarks": {"1.1.1": {"min": 0, "max": 1e309}}}',
      'benchmarks["1.1.1"].max: a number beyond',
    ],
    [
      '{"values": {}, "benchmarks": {"1.1.1": {"min": "0", "max": 1}}}',
      'benchmarks["1.1.1"].min: a benchmark must be a number (decimal point), not the text "0"',
    ],
    [
      '{"values": {}, "benchmarks": {"1.1.1": {"max": 1}}}',
      'benchmarks["1.1.1"]: "min" is missing: a benchmark needs both min and max',
    ],
    [
      '{"values": {}, "benchmarks": {"1.1.1": 5}}',
      'benchmarks["1.1.1"]: a benchmark must be {"min": number, "max": number}, not the number 5',
    ],
  ])('%s: refused by both commands with one clear message', async (content, en) => {
    const { score, template } = await both(content);
    for (const r of [score, template]) {
      expect(r.code).toBe(1);
      expect(r.err).toContain(en);
      expect(r.err).not.toContain('Infinity');
      expect(r.err).not.toMatch(/no value entered|chưa nhập/);
    }
  });

  test.each([['1800'], ['2201'], ['0x7E7'], ['2e3'], ['2023.0'], ['+2023'], ['２０２３'], ['abc']])(
    '--year %s is refused with the range',
    async (year) => {
      const out = join(dirname(tempFile('x', '')), 'y.xlsx');
      const r = await run('template', '--edition', '2023', '--out', out, '--year', year);
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        `--year must be a year from 2000 to ${new Date().getFullYear() + 1}, in decimal digits, not "${year}"`,
      );
      expect(r.err).toContain(`--year phải là một năm từ 2000 đến ${new Date().getFullYear() + 1}`);
      expect(existsSync(out)).toBe(false);
    },
  );

  test('--year 2023 and 2000 are accepted', async () => {
    for (const year of ['2023', '2000']) {
      const out = join(dirname(tempFile('x', '')), `y${year}.xlsx`);
      const r = await run('template', '--edition', '2023', '--out', out, '--year', year);
      expect(r.code).toBe(0);
    }
  });

  test('"no score" without a benchmark says what is missing, not "benchmarks (supplied) are missing"', async () => {
    const d = sample();
    d.benchmarks = { '1.1.1': d.benchmarks['1.1.1'] };
    const r = await score(d, '--json');
    const texts = JSON.parse(r.out)
      .findings.filter((f: { ruleId: string }) => f.ruleId === 'noScore')
      .map((f: { message: { en: string } }) => f.message.en);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) {
      expect(t).toContain('no benchmark min/max was given for this indicator');
      expect(t).not.toContain('(supplied) are missing');
    }
  });
});

describe('peers', () => {
  test('pii template names "peers" as unused', async () => {
    const d = sample();
    d.peers = { 'Hà Nội': 60 };
    const { template, score } = await both(JSON.stringify(d));
    expect(template.code).toBe(0);
    expect(template.err).toContain(
      'peers: "peers" (other provinces\' published scores) is used by pii score only',
    );
    expect(score.err).toBe('');
  });

  test("a province's own peers in a multi-province file are named as unused", async () => {
    const a = bare();
    a.peers = { X: 1 };
    const b = other();
    const r = await score({ provinces: { A: a, B: b } });
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'Provinces with their own "peers": 1 (as provinces.A.peers). No command uses them',
    );
  });
});

describe('what the officer can act on', () => {
  test('pii template --province not in the file names the nearest province of the file', async () => {
    const data = tempFile(
      'm.json',
      JSON.stringify({ provinces: { 'Bắc Ninh': { values: {} }, 'Bắc Giang': { values: {} } } }),
    );
    const r = await run(
      'template',
      '--catalog',
      join(FIXTURES, 'bac-ninh-2025.catalog.json'),
      '--out',
      join(dirname(data), 'x.xlsx'),
      '--data',
      data,
      '--province',
      'Bac Ninh',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('has no province "Bac Ninh" (did you mean "Bắc Ninh"?)');
    expect(r.err).toContain('không có tỉnh "Bac Ninh" (có phải "Bắc Ninh"?)');
  });

  test('the text output marks the benchmarks taken from the file, not derived', async () => {
    const r = await score({
      provinces: { A: bare(), B: other() },
      benchmarks: { '1.1.1': { min: 0, max: 100 } },
    });
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      'Benchmarks derived from the provinces, except those marked * (from the file\'s "benchmarks")',
    );
    expect(r.out).toMatch(/^1\.1\.1\*\s+0\.00\s+100\.00\s*$/m);
    expect(r.out).not.toMatch(/^2\.1\.3\*/m);
  });
});

describe('benchmarks partly supplied, partly derived', () => {
  test('a derived benchmark without spread is said to be so, a supplied one to be missing', async () => {
    const r = await score(
      { provinces: { A: bare(), B: other() }, benchmarks: { '2.1.3': { min: 0, max: 5 } } },
      '--json',
    );
    expect(r.code).toBe(0);
    const noScore = (code: string) =>
      JSON.parse(r.out).provinces.A.findings.find(
        (f: { ruleId: string; indicator: string }) => f.ruleId === 'noScore' && f.indicator === code,
      );
    expect(noScore('2.1.3')).toBeUndefined();
    expect(noScore('1.1.1').message.en).toContain('every province has the same value (max equals min)');
  });

  test('an empty top-level "benchmarks" supplies nothing: all derived', async () => {
    const r = await score({ provinces: { A: bare(), B: other() }, benchmarks: {} });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Benchmarks derived from the provinces:');
  });

  test('"__proto__" as a province name is refused, not lost', async () => {
    const r = await score(JSON.parse(`{"provinces": {"__proto__": {"values": {}}, "A": {"values": {}}}}`));
    expect(r.code).toBe(1);
    expect(r.err).toContain('provinces.__proto__: "__proto__" cannot be a province name');
  });
});

describe("province names against a built-in edition's list", () => {
  test('a name near one of the edition\'s gets "did you mean", and is still used', async () => {
    const r = await score({ provinces: { 'Ha Noi': bare(), 'Bắc Ninh': other() } }, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      'provinces["Ha Noi"]: not among the 63 provinces of edition 2023 (did you mean "Hà Nội"?); used under this name',
    );
    expect(Object.keys(JSON.parse(r.out).provinces)).toEqual(['Ha Noi', 'Bắc Ninh']);
  });

  test('a province merged in 2025 is named with the unit that absorbed it', async () => {
    const data = tempFile(
      'm.json',
      JSON.stringify({
        provinces: { 'Bắc Giang': { values: { population: 1 } }, 'Bắc Ninh': { values: { population: 2 } } },
      }),
    );
    const r = await run('score', '--data', data);
    expect(r.err).toContain('provinces["Bắc Giang"]: Bắc Giang is part of Bắc Ninh from 2025 (merger)');
  });

  test('names far from every province (made-up, a district) are not guessed at; --catalog files are not checked', async () => {
    const r = await score({ provinces: { 'Tỉnh A': bare(), 'Tỉnh B': other(), 'Huyện C': bare() } });
    expect(r.code).toBe(0);
    expect(r.err).not.toMatch(/did you mean|provinces of edition/);
    const c = await run(
      'score',
      '--catalog',
      join(FIXTURES, 'bac-ninh-2025.catalog.json'),
      '--data',
      tempFile('m.json', JSON.stringify({ provinces: { 'Ha Noi': { values: {} }, B: { values: {} } } })),
    );
    expect(c.err).not.toContain('did you mean');
  });
});
