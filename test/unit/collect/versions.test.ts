// The versions' pure core: figures by defined name, the sheet's rows and back, the diff.
import { builtinCatalog } from '../../../src/catalog';
import {
  diffFigures,
  figureOrder,
  figuresOf,
  nextVersionId,
  parseVersions,
  VERSION_COLUMNS,
  versionRows,
  changeSubject,
  type FigureVersion,
} from '../../../src/collect/versions';

const catalog = builtinCatalog('2023');

describe('figure versions', () => {
  test('figuresOf keys every non-blank input by its defined name', () => {
    const figures = figuresOf(catalog, {
      values: { grdp: 120000, population: null, communes: '' },
      previous: { grdp: 110000 },
      evidence: { grdp: 'QĐ 12/UBND' },
      benchmarks: { '2.1.3': { min: 0.5, max: null } },
    });
    expect([...figures]).toEqual([
      ['PII_in_grdp', 120000],
      ['PII_prev_grdp', 110000],
      ['PII_ev_grdp', 'QĐ 12/UBND'],
      ['PII_min_2_1_3', 0.5],
    ]);
  });

  test('rows on the sheet read back as the same versions; rows an officer broke are skipped', () => {
    const v1: FigureVersion = {
      id: 1,
      label: 'Bản nộp lần 1',
      lockedAt: '2025-03-01T08:00:00.000Z',
      source: '',
      figures: new Map<string, string | number | boolean>([
        ['PII_in_grdp', 120000],
        ['PII_ev_grdp', '1,5'],
      ]),
    };
    const v2: FigureVersion = {
      ...v1,
      id: 2,
      label: 'Trống',
      source: 'So Cong Thuong.xlsx',
      figures: new Map(),
    };
    const sheet = [[...VERSION_COLUMNS], ...versionRows(v1), ...versionRows(v2), ['x', 'broken'], []];
    const back = parseVersions(sheet);
    expect(back).toEqual([v1, v2]);
    expect(nextVersionId(back)).toBe(3);
    expect(nextVersionId([])).toBe(1);
  });

  test('the diff lists changed, added and cleared figures in the template order, with their kind', () => {
    const before = new Map<string, string | number | boolean>([
      ['PII_in_population', 1500],
      ['PII_in_grdp', 120000],
      ['PII_max_7_1_2', 3.1],
      ['PII_ev_grdp', 'QĐ 1'],
    ]);
    const after = new Map<string, string | number | boolean>([
      ['PII_in_grdp', 125000],
      ['PII_in_population', 1500],
      ['PII_max_7_1_2', 3.1],
      ['PII_prev_grdp', 110000],
    ]);
    const changes = diffFigures(before, after, figureOrder(catalog));
    expect(changes).toEqual([
      { name: 'PII_in_grdp', kind: 'value', key: 'grdp', before: 120000, after: 125000 },
      { name: 'PII_prev_grdp', kind: 'previous', key: 'grdp', before: null, after: 110000 },
      { name: 'PII_ev_grdp', kind: 'evidence', key: 'grdp', before: 'QĐ 1', after: null },
    ]);
    expect(changeSubject(catalog, changes[1]).en).toContain('(last year)');
    const bench = diffFigures(new Map([['PII_max_7_1_2', 3.1]]), new Map(), figureOrder(catalog))[0];
    expect(bench).toMatchObject({ kind: 'benchmarkMax', key: '7.1.2' });
    expect(changeSubject(catalog, bench).vi).toMatch(/^7\.1\.2 .*\(mốc max\)$/);
  });
});
