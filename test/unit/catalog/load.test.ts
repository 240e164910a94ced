import { CatalogError, loadCatalog, builtinCatalog } from '../../../src/catalog';

// The minimal JSON, with the two components its formulas use declared.
const minimal = () => ({
  edition: 'demo',
  pillars: [{ code: '1', side: 'input', name: { vi: 'Thể chế', en: 'Institutions' } }],
  subPillars: [
    { code: '1.1', pillar: '1', name: { vi: 'Môi trường chính sách', en: 'Policy environment' } },
    { code: '7.1', pillar: '1', name: { vi: 'Nhóm 7.1', en: 'Sub-pillar 7.1' } },
  ],
  components: [
    { id: 'ocop', kind: 'integer', name: { vi: 'Sản phẩm OCOP', en: 'OCOP products' } },
    { id: 'communes', name: { vi: 'Số xã', en: 'Communes' } },
    { id: 'policy_points', name: { vi: 'Điểm chính sách', en: 'Policy points' } },
  ],
  indicators: [
    {
      code: '7.1.2',
      subPillar: '7.1',
      direction: 'higher',
      name: { vi: 'OCOP/xã', en: 'OCOP per commune' },
      formula: { numerator: ['ocop'], denominator: ['communes'], scale: 1 },
    },
    {
      code: '1.1.1',
      subPillar: '1.1',
      direction: 'higher',
      name: { vi: 'Chính sách', en: 'Policies' },
      formula: { value: 'policy_points' },
    },
  ],
});

function problemsOf(json: unknown): { path: string; message: string }[] {
  try {
    loadCatalog(json);
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogError);
    return (e as CatalogError).problems;
  }
  throw new Error('expected the catalog to be rejected');
}

const paths = (json: unknown) => problemsOf(json).map((p) => p.path);

describe('loadCatalog: accepting', () => {
  test('fills the documented defaults', () => {
    const c = loadCatalog(minimal());
    const communes = c.components.find((x) => x.id === 'communes')!;
    expect(communes).toMatchObject({
      kind: 'decimal',
      shared: false,
      evidenceRequired: false,
      required: true,
      unit: { vi: '', en: '' },
    });
    expect(c.components[0].kind).toBe('integer');
    expect(c.settings.jumpFactor).toBe(2);
    expect(c.agencies).toEqual([]);
    expect(c.rules).toEqual([]);
    expect(c.name.vi).toContain('demo');
    expect(c.name.en).toContain('demo');
    const [ratio, direct] = c.indicators;
    expect(ratio).toMatchObject({
      source: 'local',
      lead: [],
      coordinating: [],
      formula: { kind: 'ratio', numerator: ['ocop'], denominator: ['communes'], scale: 1 },
    });
    expect(direct.formula).toEqual({ kind: 'direct', value: 'policy_points' });
  });

  test('a ratio without scale gets 1; a x100 ratio gets "%" as unit', () => {
    const j = minimal();
    j.indicators[0].formula = { numerator: ['ocop'], denominator: ['communes'] } as never;
    expect(loadCatalog(j).indicators[0].formula).toMatchObject({ scale: 1 });
    j.indicators[0].formula = { numerator: ['ocop'], denominator: ['communes'], scale: 100 };
    expect(loadCatalog(j).indicators[0].unit).toEqual({ vi: '%', en: '%' });
  });

  test('a loaded catalog printed as JSON loads back unchanged (the normalised form is accepted)', () => {
    const c = builtinCatalog('2023');
    expect(loadCatalog(JSON.parse(JSON.stringify(c)))).toEqual(c);
    const d = loadCatalog(minimal());
    expect(loadCatalog(JSON.parse(JSON.stringify(d)))).toEqual(d);
  });

  test('keys starting with $ or _ are comments', () => {
    expect(() => loadCatalog({ ...minimal(), $schema: 'x', _note: 'y' })).not.toThrow();
  });
});

describe('loadCatalog: rejecting with paths', () => {
  test('the issue example as printed (components used but not declared) names both formula paths', () => {
    const j = minimal();
    j.components = [j.components[0]];
    const p = problemsOf(j);
    expect(p.map((x) => x.path)).toEqual([
      'indicators[0].formula.denominator[0]',
      'indicators[1].formula.value',
    ]);
    expect(p[0].message).toContain('communes');
  });

  const cases: [string, (j: ReturnType<typeof minimal>) => unknown, string][] = [
    ['not an object', () => [], ''],
    ['missing edition', (j) => ({ ...j, edition: undefined }), 'edition'],
    ['pillars not an array', (j) => ({ ...j, pillars: {} }), 'pillars'],
    ['bad side', (j) => ((j.pillars[0].side = 'middle'), j), 'pillars[0].side'],
    ['name without en', (j) => ((j.pillars[0].name = { vi: 'x' } as never), j), 'pillars[0].name.en'],
    ['sub-pillar in a missing pillar', (j) => ((j.subPillars[1].pillar = '9'), j), 'subPillars[1].pillar'],
    [
      'indicator in a missing sub-pillar',
      (j) => ((j.indicators[1].subPillar = '1.9'), j),
      'indicators[1].subPillar',
    ],
    ['duplicate indicator code', (j) => ((j.indicators[1].code = '7.1.2'), j), 'indicators[1].code'],
    ['duplicate component id', (j) => ((j.components[2].id = 'ocop'), j), 'components[2].id'],
    ['malformed component id', (j) => ((j.components[1].id = 'Communes'), j), 'components[1].id'],
    ['malformed indicator code', (j) => ((j.indicators[0].code = '7.1.x'), j), 'indicators[0].code'],
    [
      'unknown numerator component',
      (j) => (
        (j.indicators[0].formula = { numerator: ['ocop', 'ghost'], denominator: ['communes'], scale: 1 }),
        j
      ),
      'indicators[0].formula.numerator[1]',
    ],
    [
      'empty denominator',
      (j) => ((j.indicators[0].formula = { numerator: ['ocop'], denominator: [], scale: 1 }), j),
      'indicators[0].formula.denominator',
    ],
    [
      'scale 0',
      (j) => ((j.indicators[0].formula = { numerator: ['ocop'], denominator: ['communes'], scale: 0 }), j),
      'indicators[0].formula.scale',
    ],
    [
      'same component on both sides',
      (j) => ((j.indicators[0].formula = { numerator: ['ocop'], denominator: ['ocop'], scale: 1 }), j),
      'indicators[0].formula.denominator[0]',
    ],
    [
      'typo in a formula key',
      (j) => ((j.indicators[0].formula = { numerator: ['ocop'], denominater: ['communes'] } as never), j),
      'indicators[0].formula.denominater',
    ],
    ['unknown kind', (j) => ((j.components[0].kind = 'money'), j), 'components[0].kind'],
    [
      'unknown agency',
      (j) => ({ ...j, indicators: [{ ...j.indicators[0], lead: ['dost'] }, j.indicators[1]] }),
      'indicators[0].lead[0]',
    ],
    ['non-finite-looking number', (j) => ({ ...j, settings: { jumpFactor: '2' } }), 'settings.jumpFactor'],
    ['jump factor not above 1', (j) => ({ ...j, settings: { jumpFactor: 0.5 } }), 'settings.jumpFactor'],
    [
      'rule over an unknown component',
      (j) => ({
        ...j,
        rules: [
          { id: 'r1', kind: 'partOfWhole', part: ['ocop'], whole: ['nope'], message: { vi: 'a', en: 'b' } },
        ],
      }),
      'rules[0].whole[0]',
    ],
    [
      'rule with unknown kind',
      (j) => ({
        ...j,
        rules: [
          { id: 'r1', kind: 'ratio', part: ['ocop'], whole: ['communes'], message: { vi: 'a', en: 'b' } },
        ],
      }),
      'rules[0].kind',
    ],
    [
      'plausible range without bounds',
      (j) => (
        (j.components[1] = { ...j.components[1], plausible: { message: { vi: 'a', en: 'b' } } } as never),
        j
      ),
      'components[1].plausible',
    ],
    [
      'min above max',
      (j) => ((j.components[1] = { ...j.components[1], min: 5, max: 1 } as never), j),
      'components[1].min',
    ],
  ];
  test.each(cases)('%s -> %s', (_name, mutate, path) => {
    const p = problemsOf(mutate(minimal()));
    expect(p.map((x) => x.path)).toContain(path);
    for (const x of p) expect(x.message).toMatch(/.+ \/ .+/); // both languages
  });

  test('all problems are reported at once', () => {
    const j = minimal();
    j.indicators[0].subPillar = '9.9';
    j.indicators[1].formula = { value: 'ghost' };
    j.components[0].id = 'Bad';
    expect(paths(j)).toEqual(
      expect.arrayContaining(['indicators[0].subPillar', 'indicators[1].formula.value', 'components[0].id']),
    );
  });

  test('the error message lists the paths', () => {
    const j = minimal();
    j.indicators[1].subPillar = '1.9';
    expect(() => loadCatalog(j)).toThrow(/indicators\[1\]\.subPillar/);
  });
});
