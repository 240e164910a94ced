// The pure parts of the one data reader: readData's verdicts, "did you mean", JSON paths and the
// duplicate-key scan (any depth, any escape, no false alarm on valid JSON).
import fc from 'fast-check';
import { builtinCatalog } from '../../../src/catalog';
import { MAX_NOTES, readData } from '../../../src/cli/data-file';
import { duplicateKeys, jsonPath } from '../../../src/cli/json-text';
import { closest, editDistance } from '../../../src/cli/suggest';

const catalog = builtinCatalog('2023');

describe('editDistance and closest', () => {
  test.each([
    ['benchmark', 'benchmarks', 1],
    ['vaules', 'values', 1], // a swap of neighbours is one edit
    ['Values', 'values', 0], // case does not count
    ['populaton', 'population', 1],
    ['abc', 'values', 5],
    ['', 'min', 3],
  ])('%s ~ %s: %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test('closest finds slips, not strangers', () => {
    const keys = ['values', 'previous', 'evidence', 'benchmarks', 'peers'];
    expect(closest('benchmark', keys)).toBe('benchmarks');
    expect(closest('evidance', keys)).toBe('evidence');
    expect(closest('prevous', keys)).toBe('previous');
    expect(closest('peer', keys)).toBe('peers');
    expect(closest('notes', keys)).toBeUndefined();
    expect(closest('x', keys)).toBeUndefined();
    expect(closest('values', keys)).toBeUndefined(); // a known key needs no guess
  });

  test('every component id misspelt by one edit is found again (catalog 2023)', () => {
    const ids = catalog.components.map((c) => c.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.nat(),
        fc.constantFrom('drop', 'double', 'swap'),
        (id, n, how) => {
          const i = n % (id.length - 1);
          const typo =
            how === 'drop'
              ? id.slice(0, i) + id.slice(i + 1)
              : how === 'double'
                ? id.slice(0, i) + id[i] + id.slice(i)
                : id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
          if (typo === id || ids.includes(typo)) return;
          const near = closest(typo, ids);
          expect(near).toBeDefined();
          expect(editDistance(typo, near!)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('jsonPath', () => {
  test.each([
    [[], ''],
    [['values'], 'values'],
    [['values', 'population'], 'values.population'],
    [['provinces', 'Huế', 'values'], 'provinces["Huế"].values'],
    [['benchmarks', '7.1.2', 'min'], 'benchmarks["7.1.2"].min'],
    [['items', 3], 'items[3]'],
    [['a"b'], '["a\\"b"]'],
  ])('%j -> %s', (parts, path) => {
    expect(jsonPath(parts as (string | number)[])).toBe(path);
  });
});

describe('duplicateKeys', () => {
  test.each([
    ['{"a": 1, "a": 2}', [{ path: '', key: 'a' }]],
    ['{"a": {"b": 1, "c": {"d": 1, "d": 2}}}', [{ path: 'a.c', key: 'd' }]],
    ['{"x": [{"k": 1}, {"k": 1, "k": 2}]}', [{ path: 'x[1]', key: 'k' }]],
    ['[[], [1, {"a": 1, "a": 1}]]', [{ path: '[1][1]', key: 'a' }]],
    ['{"a\\u0062": 1, "ab": 2}', [{ path: '', key: 'ab' }]],
    ['{"q\\"": 1, "q\\"": 2}', [{ path: '', key: 'q"' }]],
    ['{"a\\\\": 1, "a\\\\": 2}', [{ path: '', key: 'a\\' }]],
    ['{"provinces": {"Huế": {"values": {}}, "Huế": {}}}', [{ path: 'provinces', key: 'Huế' }]],
    // Same key in different objects, or as a value: no duplicate.
    ['{"a": {"a": "a"}, "b": {"a": 1}, "c": ["a", "a"]}', []],
    ['{"s": "x\\": 1, \\"s\\": 2", "t": ":"}', []],
  ])('%s', (text, expected) => {
    JSON.parse(text); // the premise: valid JSON
    expect(duplicateKeys(text)).toEqual(expected);
  });

  test('no false alarm on any valid JSON written by JSON.stringify (any keys, strings, depth)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(duplicateKeys(JSON.stringify(value, null, pretty ? 2 : 0))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test("a key written again in any object of any valid JSON is found, with that object's path", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), fc.string(), (obj, tail) => {
        const key = Object.keys(obj)[0];
        const nested = { wrap: [1, { tail, inner: obj }] };
        // A function, not a string: a replacement string would read the key's "$$" as "$".
        const text = JSON.stringify(nested).replace(/\}\}\]\}$/, () => `,${JSON.stringify(key)}:null}}]}`);
        JSON.parse(text);
        expect(duplicateKeys(text)).toEqual([{ path: 'wrap[1].inner', key }]);
      }),
      { numRuns: 200, examples: [[{ $$: '', '': 0 }, '']] },
    );
  });

  test('a limit on how many are returned', () => {
    const text = `{${Array.from({ length: 500 }, () => '"a": 1').join(',')}}`;
    expect(duplicateKeys(text, 10)).toHaveLength(10);
  });
});

describe('readData', () => {
  test('a good one-province file: data, no errors, no warnings', () => {
    const r = readData({ values: { population: 1 }, previous: { population: 2 } }, catalog);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.data).toEqual({
      kind: 'one',
      input: { values: { population: 1 }, previous: { population: 2 } },
    });
  });

  test('the evidence register: four sections; a date written as a day becomes its Excel date number', () => {
    const r = readData(
      {
        values: { population: 1, grdp: 2, st_orgs: 3 },
        evidence: { population: '12/QĐ-UBND' },
        evidenceDate: { population: '15/03/2025', grdp: '2025-03-15', st_orgs: 'tháng 3' },
        evidenceIssuer: { population: 'Cục Thống kê' },
        evidenceLink: { population: 'nien-giam.pdf' },
      },
      catalog,
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.data).toMatchObject({
      input: {
        evidence: { population: '12/QĐ-UBND' },
        // 15/03/2025 is Excel's day 45731; a text that is no day is kept for the check to name.
        evidenceDate: { population: 45731, grdp: 45731, st_orgs: 'tháng 3' },
        evidenceIssuer: { population: 'Cục Thống kê' },
        evidenceLink: { population: 'nien-giam.pdf' },
      },
    });
  });

  test('document numbers only (a file from before the register had parts): one pointer to the three sections', () => {
    const r = readData(
      { values: { population: 1, grdp: 2 }, evidence: { population: 'a', grdp: 'b' } },
      catalog,
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.path)).toEqual(['evidence']);
    expect(r.warnings[0].message.en).toMatch(
      /add the sections "evidenceDate".*"evidenceIssuer".*"evidenceLink"/,
    );
    expect(readData({ values: {}, evidence: { grdp: 'a' }, evidenceLink: {} }, catalog).warnings).toEqual([]);
  });

  test('unknown ids are dropped from the input and named, each once', () => {
    const r = readData({ values: { population: 1, populaton: 2 } }, catalog);
    expect(r.data).toEqual({ kind: 'one', input: { values: { population: 1 } } });
    expect(r.warnings.map((w) => w.path)).toEqual(['values.populaton']);
    expect(r.warnings[0].message.en).toContain('(did you mean "population"?)');
  });

  test('warnings come in the order of the file', () => {
    const r = readData(
      { values: { populaton: 1 }, previous: { population: 'x' }, evidence: { grdpp: 'y' } },
      catalog,
    );
    expect(r.warnings.map((w) => w.path)).toEqual([
      'values.populaton',
      'previous.population',
      'evidence.grdpp',
      'evidence', // document numbers only: the pointer to the record's other parts
    ]);
  });

  test('every error is listed, not only the first; the data is withheld', () => {
    const r = readData({ values: { a: {}, population: [1] }, benchmark: {}, previous: 1 }, catalog);
    expect(r.data).toBeUndefined();
    expect(r.errors.map((e) => e.path).sort()).toEqual(['benchmark', 'previous', 'values.population']);
  });

  test("shared benchmarks of a multi-province file, in scoring's form", () => {
    const r = readData(
      { provinces: { A: { values: {} } }, benchmarks: { '1.1.1': { min: 1, max: 2 } } },
      catalog,
    );
    expect(r.data).toMatchObject({ kind: 'many', shared: { '1.1.1': { min: 1, max: 2 } } });
  });

  test(`at most ${MAX_NOTES} notes of a kind are listed, then the rest counted`, () => {
    const provinces = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`T${i}`, { values: { population: { x: i } } }]),
    );
    const r = readData({ provinces }, catalog);
    expect(r.errors).toHaveLength(MAX_NOTES + 1);
    expect(r.errors[MAX_NOTES].message.en).toBe('… and 150 more of the same kind');
  });
});
