import fc from 'fast-check';
import { builtinCatalog, loadCatalog } from '../../../src/catalog';
import { evaluateExpr, exprRefs, exprToExcel, refKey, type CellValue } from '../../../src/expr';
import { cellChecks, cellLookup, LABELS, validate, type CellCheck } from '../../../src/validation';
import { sampleInput } from './helpers';

const pii2023 = builtinCatalog('2023');
const percentCatalog = loadCatalog({
  edition: 'pct',
  pillars: [{ code: '1', side: 'input', name: { vi: 'T', en: 'P' } }],
  subPillars: [{ code: '1.1', pillar: '1', name: { vi: 'N', en: 'S' } }],
  components: [
    { id: 'share', kind: 'percent', max: 100, name: { vi: 'Tỉ lệ', en: 'Share' } },
    {
      id: 'delta',
      kind: 'decimal',
      min: -50,
      required: false,
      jumpFactor: 3,
      name: { vi: 'Thay đổi', en: 'Change' },
    },
  ],
  indicators: [
    { code: '1.1.1', subPillar: '1.1', name: { vi: 'A', en: 'A' }, formula: { value: 'share' } },
    {
      code: '1.1.2',
      subPillar: '1.1',
      direction: 'lower',
      name: { vi: 'B', en: 'B' },
      formula: { value: 'delta' },
    },
  ],
});

describe('cellChecks', () => {
  const checks = cellChecks(pii2023);

  test('ids are unique and every rule kind is represented', () => {
    expect(new Set(checks.map((c) => c.id)).size).toBe(checks.length);
    const kinds = new Set(checks.map((c) => c.ruleId.split(':')[0]));
    for (const k of [
      'missing',
      'notNumber',
      'notInteger',
      'negative',
      'unitSlip',
      'partOfWhole',
      'zeroDenominator',
      'jump',
      'missingEvidence',
      'benchmarkMissing',
      'benchmarkOrder',
    ]) {
      expect(kinds).toContain(k);
    }
    const pct = new Set(cellChecks(percentCatalog).map((c) => c.ruleId));
    expect(pct).toContain('fractionPercent');
    expect(pct).toContain('outOfRange');
  });

  test('checks of one target are contiguous and follow the priority order: errors first, then by kind', () => {
    const order = Object.keys(LABELS);
    const severity = { error: 0, warning: 1, info: 2 };
    const seen = new Set<string>();
    let last = '';
    let lastRank = -1;
    for (const c of checks) {
      const key = refKey(c.target);
      const rank = severity[c.severity] * 100 + order.indexOf(c.ruleId.split(':')[0]);
      if (key !== last) {
        expect(seen.has(key)).toBe(false);
        seen.add(key);
        last = key;
        lastRank = rank;
      } else {
        expect(rank).toBeGreaterThanOrEqual(lastRank);
        lastRank = rank;
      }
    }
  });

  test('population gets the expected checks in order', () => {
    expect(
      checks
        .filter(
          (c) => 'component' in c.target && c.target.component === 'population' && c.target.ref === 'value',
        )
        .map((c) => c.id),
    ).toEqual([
      'missing:population',
      'notNumber:population',
      'notInteger:population',
      'negative:population',
      'zeroDenominator:2.2.4',
      'unitSlip:population',
      'jump:population',
    ]);
  });

  test('a component with an explicit negative minimum has no negative check but a range check', () => {
    const ids = cellChecks(percentCatalog).map((c) => c.id);
    expect(ids).not.toContain('negative:delta');
    expect(ids).toContain('outOfRange:delta');
    expect(ids).not.toContain('missing:delta'); // required: false
  });

  test('labels are static and bilingual', () => {
    for (const c of checks) {
      expect(c.label.vi).toBeTruthy();
      expect(c.label.en).toBeTruthy();
      expect(c.label.vi).not.toBe(c.label.en);
    }
  });

  // Every check must be TOTAL: a boolean for any content of any cell, as Excel would give.
  const cellContent: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.constantFrom('', ' ', '-', '1,5', '1.234,5', '12 ha', ' 12 ', 'abc', 'TRUE', '0'),
    fc.string(),
    fc.boolean(),
    fc.constantFrom(0, -0, 1, -1, 0.35, 0.999, 1e-300, 1e308, -1e308, 1290, 1290000, 5e9),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
  );
  test.each([
    ['PII 2023', pii2023],
    ['percent catalog', percentCatalog],
  ])('every check of %s evaluates to a boolean for any cell contents', (_n, catalog) => {
    const all: CellCheck[] = cellChecks(catalog);
    const keys = [...new Set(all.flatMap((c) => exprRefs(c.when).map(refKey)))];
    fc.assert(
      fc.property(fc.array(cellContent, { minLength: keys.length, maxLength: keys.length }), (vals) => {
        const cells = new Map(keys.map((k, i) => [k, vals[i]]));
        for (const c of all) {
          const v = evaluateExpr(c.when, (r) => cells.get(refKey(r)) ?? null);
          if (typeof v !== 'boolean') throw new Error(`${c.id} gave ${JSON.stringify(v)}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('Excel rendering uses only Excel 2019, non-volatile functions', () => {
    const allowed = new Set([
      'IF',
      'AND',
      'OR',
      'NOT',
      'ISNUMBER',
      'ISLOGICAL',
      'ISTEXT',
      'ISBLANK',
      'LEN',
      'TRIM',
      'INT',
      'SUM',
      'COUNT',
    ]);
    for (const c of [...checks, ...cellChecks(percentCatalog)]) {
      const f = exprToExcel(c.when, (r) =>
        'component' in r ? `PII_${r.ref}_${r.component}` : `PII_${r.ref}_${r.indicator.replace(/\./g, '_')}`,
      );
      for (const fn of f.match(/[A-Z][A-Z0-9.]*(?=\()/g) ?? []) expect(allowed).toContain(fn);
    }
  });

  test('validate() reports exactly the checks whose expression is TRUE (one source of truth)', () => {
    const ids = pii2023.components.map((c) => c.id);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), cellContent), { maxLength: 8 }), (edits) => {
        const input = sampleInput();
        for (const [id, v] of edits) input.values[id] = v;
        const lookup = cellLookup(input);
        const expected = checks.filter((c) => evaluateExpr(c.when, lookup) === true).map((c) => c.id);
        const reported = validate(pii2023, input)
          .map((f) => f.checkId)
          .filter((id) => checks.some((c) => c.id === id));
        expect(reported).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});
