import fc from 'fast-check';
import {
  builtinCatalog,
  catalogToRows,
  frameworkTable,
  loadCatalog,
  rowsToCatalog,
  type Catalog,
  type FrameworkCell,
  type FrameworkRows,
  type FrameworkTableKey,
} from '../../../src/catalog';
import { scaleCatalog } from '../../../src/plan/scale';

const roundTrip = (catalog: Catalog): Catalog => {
  const result = rowsToCatalog(catalogToRows(catalog));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.cell}: ${p.message}`).join('\n'));
  return result.catalog;
};

const col = (table: FrameworkTableKey, key: string): number => {
  const i = frameworkTable(table).columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${table}.${key}`);
  return i;
};

const setCell = (
  rows: FrameworkRows,
  table: FrameworkTableKey,
  row: number,
  key: string,
  v: FrameworkCell,
) => {
  rows[table][row][col(table, key)] = v;
};

describe('catalog <-> framework rows', () => {
  test.each(['2023', '2024', '2025'])('edition %s: catalog -> rows -> catalog is the identity', (ed) => {
    const catalog = builtinCatalog(ed);
    expect(roundTrip(catalog)).toEqual(catalog);
  });

  test('one row per item, lists joined, direct formulas leave the ratio cells blank', () => {
    const catalog = builtinCatalog('2023');
    const rows = catalogToRows(catalog);
    expect(rows.edition).toHaveLength(1);
    expect(rows.indicators).toHaveLength(catalog.indicators.length);
    expect(rows.components).toHaveLength(catalog.components.length);
    const i = catalog.indicators.findIndex(
      (x) => x.formula.kind === 'ratio' && x.formula.numerator.length > 1,
    );
    const f = catalog.indicators[i].formula;
    if (f.kind !== 'ratio') throw new Error('unreachable');
    expect(rows.indicators[i][col('indicators', 'numerator')]).toBe(f.numerator.join(', '));
    expect(rows.indicators[i][col('indicators', 'value')]).toBeNull();
    const d = catalog.indicators.findIndex((x) => x.formula.kind === 'direct');
    expect(rows.indicators[d][col('indicators', 'numerator')]).toBeNull();
    expect(rows.indicators[d][col('indicators', 'scale')]).toBeNull();
  });

  // Generated catalogs: a built-in edition scaled up, with optional fields switched on and off,
  // odd units and numbers, so every column is exercised both blank and filled.
  const textArb = fc
    .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ minLength: 1, maxLength: 12 }))
    .filter(([vi, en]) => vi.trim() !== '' && en.trim() !== '')
    .map(([vi, en]) => ({ vi, en }));
  const num = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
  const generated = fc
    .record({
      edition: fc.constantFrom('2023', '2024', '2025'),
      factor: fc.integer({ min: 1, max: 3 }),
      seeds: fc.array(
        fc.record({
          pick: fc.nat(),
          assumption: fc.option(textArb, { nil: undefined }),
          note: fc.option(textArb, { nil: undefined }),
          emptyUnit: fc.boolean(),
          kind: fc.constantFrom('integer' as const, 'decimal' as const, 'percent' as const),
          flip: fc.boolean(),
          bounds: fc.option(fc.tuple(num, num), { nil: undefined }),
          jump: fc.option(fc.double({ min: 1.01, max: 100, noNaN: true }), { nil: undefined }),
          scale: fc.constantFrom(1, 10, 100, 1000, 10000, 0.5, -3),
          direction: fc.constantFrom('higher' as const, 'lower' as const),
          source: fc.constantFrom('local' as const, 'central' as const),
        }),
        { maxLength: 12 },
      ),
      assumption: fc.option(textArb, { nil: undefined }),
      count: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
    })
    .map(({ edition, factor, seeds, assumption, count }) => {
      const c = scaleCatalog(builtinCatalog(edition), factor);
      if (assumption) c.assumption = assumption;
      else delete c.assumption;
      if (count === undefined) delete c.frameworkIndicatorCount;
      else c.frameworkIndicatorCount = count;
      for (const s of seeds) {
        const comp = c.components[s.pick % c.components.length];
        const ind = c.indicators[s.pick % c.indicators.length];
        const sub = c.subPillars[s.pick % c.subPillars.length];
        if (s.assumption) comp.assumption = s.assumption;
        else delete comp.assumption;
        if (s.note) ind.note = s.note;
        else delete ind.note;
        if (s.assumption) sub.assumption = s.assumption;
        comp.kind = s.kind;
        if (s.emptyUnit) {
          comp.unit = { vi: '', en: '' };
          ind.unit = { vi: '', en: '' };
        }
        if (s.flip) {
          comp.shared = !comp.shared;
          comp.required = !comp.required;
          comp.evidenceRequired = !comp.evidenceRequired;
        }
        if (s.bounds) {
          comp.min = Math.min(...s.bounds);
          comp.max = Math.max(...s.bounds);
          comp.plausible = { max: s.bounds[0], message: s.note ?? { vi: 'v', en: 'e' } };
        }
        if (s.jump) comp.jumpFactor = s.jump;
        if (ind.formula.kind === 'ratio') ind.formula.scale = s.scale;
        ind.direction = s.direction;
        ind.source = s.source;
        if (s.note) ind.shortName = s.note;
      }
      return loadCatalog(JSON.parse(JSON.stringify(c)));
    });

  test('generated catalogs: catalog -> rows -> catalog is the identity', () => {
    fc.assert(
      fc.property(generated, (catalog) => {
        expect(roundTrip(catalog)).toEqual(catalog);
      }),
      { numRuns: 60 },
    );
  });

  test('edits in the rows are in the catalog', () => {
    const rows = catalogToRows(builtinCatalog('2023'));
    const i = rows.indicators.findIndex((r) => r[col('indicators', 'code')] === '2.2.2');
    setCell(rows, 'indicators', i, 'denominator', 'grdp');
    setCell(rows, 'indicators', i, 'scale', '1000'); // typed as text: read as a number
    setCell(rows, 'subPillars', 0, 'name_en', 'Renamed');
    const result = rowsToCatalog(rows);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const ind = result.catalog.indicators.find((x) => x.code === '2.2.2')!;
    expect(ind.formula).toEqual({
      kind: 'ratio',
      numerator: ['st_spending'],
      denominator: ['grdp'],
      scale: 1000,
    });
    expect(result.catalog.subPillars[0].name.en).toBe('Renamed');
  });

  test('every problem names its cell; nothing is returned while any remains', () => {
    const rows = catalogToRows(builtinCatalog('2023'));
    setCell(rows, 'indicators', 3, 'denominator', 'grdp, no_such_thing');
    setCell(rows, 'components', 1, 'name_en', null);
    setCell(rows, 'components', 2, 'shared', 'maybe');
    setCell(rows, 'indicators', 5, 'numerator', null);
    setCell(rows, 'indicators', 6, 'subPillar', '9.9');
    const result = rowsToCatalog(rows, (s) => `${s.table}/${s.row}/${s.column ?? '-'}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const cells = result.problems.map((p) => p.cell).sort();
    expect(cells).toEqual(
      [
        'components/1/name_en',
        'components/2/shared',
        'indicators/3/denominator',
        'indicators/5/numerator',
        'indicators/6/subPillar',
      ].sort(),
    );
    const unknown = result.problems.find((p) => p.cell === 'indicators/3/denominator')!;
    expect(unknown.message).toContain('no_such_thing');
    expect(unknown.message).toMatch(/không tồn tại.* \/ .*unknown/);
  });

  test('an indicator with both a direct value and a ratio is refused at the ratio cell', () => {
    const rows = catalogToRows(builtinCatalog('2023'));
    const d = rows.indicators.findIndex((r) => r[col('indicators', 'value')] !== null);
    setCell(rows, 'indicators', d, 'denominator', 'population');
    const result = rowsToCatalog(rows, (s) => `${s.table}/${s.row}/${s.column ?? '-'}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.cell)).toEqual([`indicators/${d}/denominator`]);
  });
});
