// A catalog the loader accepts makes a valid workbook: ids against the defined-name scheme (Excel:
// 255 characters), texts against a cell (32,767), and, for catalogs from files, the built template
// itself (formulas at most 8,192 characters). Issue 9 C.10: a 230-character id loaded, then
// `pii template` failed with "internal error: invalid defined name".
import { readFileSync } from 'fs';
import { join } from 'path';
import { builtinCatalog, CatalogError, loadCatalog } from '../../../src/catalog';
import {
  buildPlan,
  isValidName,
  limitProblems,
  MAX_CELL_TEXT,
  MAX_NAME_LENGTH,
  MAX_SHEET_NAME,
  maxIdLength,
  SHEET_NAMES,
  workbookProblems,
} from '../../../src/plan';

const bacNinh = () =>
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/bac-ninh-2025.catalog.json'), 'utf8'));

/** The catalog JSON with component `from` renamed to `to` everywhere it is referenced. */
function renamed(raw: object, from: string, to: string): object {
  return JSON.parse(JSON.stringify(raw).split(`"${from}"`).join(`"${to}"`));
}

function problemsOf(json: unknown) {
  try {
    loadCatalog(json);
  } catch (e) {
    if (e instanceof CatalogError) return e.problems;
    throw e;
  }
  return [];
}

describe('ids against the defined-name scheme', () => {
  test('the limits follow the longest prefix of src/plan/names.ts', () => {
    expect(maxIdLength('component').max).toBe(231);
    expect(maxIdLength('component').longestPrefix).toHaveLength(24); // PII_chk_fractionPercent_ or _missingEvidence_
    expect(maxIdLength('indicator')).toEqual({ max: 230, longestPrefix: 'PII_chk_benchmarkMissing_' });
    expect(maxIdLength('rule')).toEqual({ max: 235, longestPrefix: 'PII_chk_partOfWhole_' });
    expect(maxIdLength('pillar').max).toBe(240);
    expect(maxIdLength('subPillar').max).toBe(243);
  });

  test('a component id of the longest length loads, builds, and one of its names is exactly 255', () => {
    const id = `p${'x'.repeat(maxIdLength('component').max - 1)}`;
    const raw = renamed(bacNinh(), 'pillar1_points', id) as { components: { evidenceRequired?: boolean }[] };
    raw.components[0].evidenceRequired = true; // so it gets the longest check name, missingEvidence
    const catalog = loadCatalog(raw);
    expect(workbookProblems(catalog)).toEqual([]);
    const plan = buildPlan(catalog, { province: 'Bắc Ninh', year: 2025, lang: 'vi' });
    for (const n of plan.names) expect([n.name, isValidName(n.name)]).toEqual([n.name, true]);
    expect(Math.max(...plan.names.map((n) => n.name.length))).toBe(MAX_NAME_LENGTH);
  });

  test('one character more is refused with its JSON path, in both languages', () => {
    const id = `p${'x'.repeat(maxIdLength('component').max)}`;
    const problems = problemsOf(renamed(bacNinh(), 'pillar1_points', id));
    expect(problems.map((p) => p.path)).toEqual(['components[0].id']);
    expect(problems[0].message).toContain('dài 232 ký tự');
    expect(problems[0].message).toContain('vượt giới hạn 255 ký tự của Excel. Tối đa 231 ký tự');
    expect(problems[0].message).toContain(
      "would pass Excel's limit of 255 characters. At most 231 characters",
    );
  });

  test('an indicator code, a rule id, pillar and sub-pillar codes: each at its own limit', () => {
    const raw = bacNinh() as {
      indicators: { code: string; subPillar: string }[];
      subPillars: { code: string; pillar: string }[];
      pillars: { code: string }[];
    };
    raw.indicators[0].code = `1.${'1'.repeat(maxIdLength('indicator').max - 1)}`;
    raw.pillars[6].code = '7'.repeat(maxIdLength('pillar').max + 1);
    raw.subPillars[6].code = `7.${'1'.repeat(maxIdLength('subPillar').max)}`;
    const paths = problemsOf(raw).map((p) => p.path);
    expect(paths).toContain('indicators[0].code');
    expect(paths).toContain('pillars[6].code');
    expect(paths).toContain('subPillars[6].code');
  });
});

test("every name of the 2023 template (all check kinds, rules included) stays inside its kind's prefix budget", () => {
  const catalog = builtinCatalog('2023');
  expect(catalog.rules.length).toBeGreaterThan(0);
  const plan = buildPlan(catalog, { province: '', year: 2023, lang: 'vi' });
  const kindOf = (key: string): 'component' | 'indicator' | 'rule' | 'subPillar' | 'pillar' | undefined => {
    if (catalog.components.some((c) => c.id === key)) return 'component';
    if (catalog.indicators.some((i) => i.code === key)) return 'indicator';
    if (catalog.rules.some((r) => r.id === key)) return 'rule';
    return undefined;
  };
  let checked = 0;
  for (const n of plan.names) {
    const id = n.kind === 'check' ? n.key.slice(n.key.indexOf(':') + 1) : n.key;
    const kind = n.kind === 'subPillar' ? 'subPillar' : n.kind === 'pillar' ? 'pillar' : kindOf(id);
    if (!kind) continue;
    const budget = MAX_NAME_LENGTH - maxIdLength(kind).max; // the longest prefix of the kind
    expect([n.name, n.name.length - id.length <= budget]).toEqual([n.name, true]);
    checked++;
  }
  expect(checked).toBeGreaterThan(300);
});

describe('texts against a cell', () => {
  test('a 40,000-character indicator name is refused with its path', () => {
    const raw = bacNinh() as { indicators: { name: { vi: string } }[] };
    raw.indicators[0].name.vi = 'Chỉ số '.repeat(6000).slice(0, 40000);
    const problems = problemsOf(raw);
    expect(problems.map((p) => p.path)).toEqual(['indicators[0].name.vi']);
    expect(problems[0].message).toContain('dài 40.000 ký tự, vượt giới hạn 32.767 ký tự của một ô Excel');
    expect(problems[0].message).toContain(
      '40,000 characters long, over the 32,767-character limit of an Excel cell',
    );
  });

  test('exactly 32,767 characters is accepted', () => {
    const raw = bacNinh() as { indicators: { name: { vi: string } }[] };
    raw.indicators[0].name.vi = 'x'.repeat(MAX_CELL_TEXT);
    expect(problemsOf(raw)).toEqual([]);
  });

  test('a cell built from several texts (agencies of an indicator) is cut to fit, never past the limit', () => {
    const raw = bacNinh() as {
      agencies?: { id: string; name: { vi: string; en: string } }[];
      indicators: { lead?: string[] }[];
    };
    const long = { vi: 'Sở '.repeat(10000).slice(0, 30000), en: 'Dept '.repeat(6000).slice(0, 30000) };
    raw.agencies = [
      { id: 'a', name: long },
      { id: 'b', name: long },
    ];
    raw.indicators[0].lead = ['a', 'b'];
    const catalog = loadCatalog(raw);
    const plan = buildPlan(catalog, { province: '', year: 2025, lang: 'vi' });
    expect(limitProblems(plan)).toEqual([]);
    expect(workbookProblems(catalog)).toEqual([]);
  });
});

describe('the built workbook', () => {
  test('sheet names fit in 31 characters in both languages', () => {
    for (const t of Object.values(SHEET_NAMES)) {
      expect(t.vi.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      expect(t.en.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    }
  });

  test('the 2023 edition fits', () => {
    expect(workbookProblems(builtinCatalog('2023'))).toEqual([]);
  });

  test('every id at its name limit in the 2023 edition: status formulas pass 8,192 characters; each named by path', () => {
    const raw = JSON.parse(JSON.stringify(builtinCatalog('2023'))) as { components: { id: string }[] };
    const max = maxIdLength('component').max;
    let text = JSON.stringify(raw);
    raw.components.forEach((c, i) => {
      text = text
        .split(`"${c.id}"`)
        .join(`"${`${c.id}${'_'.repeat(max)}`.slice(0, max - 3)}${String(i).padStart(3, '0')}"`);
    });
    const catalog = loadCatalog(JSON.parse(text)); // names fit: the loader alone accepts it
    const problems = workbookProblems(catalog);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.path).toMatch(/^components\[\d+\]$/);
      expect(p.message).toContain('vượt giới hạn 8.192 của Excel');
      expect(p.message).toContain("over Excel's limit of 8,192");
    }
  });
});
