// The plan is plain, rectangular, self-consistent data: names valid and unique, every formula
// en-US / Excel 2019 / non-volatile, inputs unlocked and validated, text inputs kept as text.
import { builtinCatalog } from '../../../src/catalog';
import {
  buildPlan,
  fillPlanInputs,
  inputAssignments,
  isValidName,
  officeFormulas,
  parseCell,
  rangeAddress,
  scaleCatalog,
  excelString,
  blockBytes,
  TEMPLATE_VERSION,
  type WorkbookPlan,
} from '../../../src/plan';
import { cellChecks } from '../../../src/validation';

const catalog = builtinCatalog('2023');
const vi = buildPlan(catalog, { province: 'Hưng Yên', year: 2024, lang: 'vi' });
const en = buildPlan(catalog, { province: 'Hưng Yên', year: 2024, lang: 'en' });

function formulas(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((s) =>
    s.blocks.flatMap((b) => b.cells.flat().flatMap((c) => (c && 'formula' in c ? [c.formula] : []))),
  );
}

function cellOf(plan: WorkbookPlan, name: string) {
  const n = plan.names.find((x) => x.name === name)!;
  const { row, col } = parseCell(n.address);
  const sheet = plan.sheets.find((s) => s.key === n.sheet)!;
  const b = sheet.blocks.find(
    (x) => row >= x.row && row < x.row + x.rowCount && col >= x.col && col < x.col + x.columnCount,
  )!;
  return b ? b.cells[row - b.row][col - b.col] : undefined;
}

test('six sheets, Vietnamese and English names; the framework sheet last', () => {
  expect(vi.sheets.map((s) => s.name)).toEqual([
    'Hướng dẫn',
    'Nhập liệu',
    'Tham chiếu',
    'Kết quả',
    'Kiểm tra',
    'Danh mục',
  ]);
  expect(en.sheets.map((s) => s.name)).toEqual([
    'Guide',
    'Data entry',
    'Benchmarks',
    'Results',
    'Checks',
    'Framework',
  ]);
});

test('the plan is plain JSON data', () => {
  expect(JSON.parse(JSON.stringify(vi))).toEqual(vi);
});

test('blocks are rectangles that match their address and do not overlap', () => {
  for (const s of vi.sheets) {
    const seen = new Set<string>();
    for (const b of s.blocks) {
      expect(b.cells).toHaveLength(b.rowCount);
      expect(b.numberFormats).toHaveLength(b.rowCount);
      b.cells.forEach((r) => expect(r).toHaveLength(b.columnCount));
      b.numberFormats.forEach((r) => expect(r).toHaveLength(b.columnCount));
      expect(b.address).toBe(rangeAddress(b.row, b.col, b.rowCount, b.columnCount));
      for (let r = b.row; r < b.row + b.rowCount; r++)
        for (let c = b.col; c < b.col + b.columnCount; c++) {
          expect(seen.has(`${r}:${c}`)).toBe(false);
          seen.add(`${r}:${c}`);
        }
    }
  }
});

test('defined names: valid, unique, language-independent, on the right kind of cell', () => {
  const names = vi.names.map((n) => n.name);
  names.forEach((n) => expect([n, isValidName(n)]).toEqual([n, true]));
  expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
  expect(en.names.map((n) => [n.name, n.address, n.kind])).toEqual(
    vi.names.map((n) => [n.name, n.address, n.kind]),
  );
  for (const n of vi.names) {
    const cell = cellOf(vi, n.name);
    expect(cell).not.toBeUndefined();
    if (n.isInput && n.kind !== 'meta') expect([n.name, cell]).toEqual([n.name, null]);
    if (
      [
        'value',
        'score',
        'subPillar',
        'pillar',
        'side',
        'index',
        'status',
        'benchmarkStatus',
        'check',
        'coverage',
      ].includes(n.kind)
    ) {
      expect([n.name, cell && 'formula' in cell]).toEqual([n.name, true]);
    }
    expect(n.reference).toBe(`='${n.sheetName}'!${n.address}`);
  }
  const has = (n: string) => expect(names).toContain(n);
  for (const c of catalog.components) ['in', 'prev', 'ev', 'status'].forEach((k) => has(`PII_${k}_${c.id}`));
  for (const i of catalog.indicators)
    ['val', 'score', 'min', 'max', 'bstatus'].forEach((k) => has(`PII_${k}_${i.code.replace(/\./g, '_')}`));
  for (const s of catalog.subPillars)
    ['sub', 'cov_sub', 'def_sub'].forEach((k) => has(`PII_${k}_${s.code.replace(/\./g, '_')}`));
  for (const p of catalog.pillars)
    ['pillar', 'cov_pillar', 'def_pillar'].forEach((k) => has(`PII_${k}_${p.code}`));
  [
    'PII_input',
    'PII_output',
    'PII_index',
    'PII_cov_index',
    'PII_meta_province',
    'PII_meta_year',
    'PII_meta_version',
    'PII_meta_edition',
  ].forEach(has);
  expect(vi.checks).toHaveLength(cellChecks(catalog).length);
});

test('formulas: en-US, Excel 2019, no volatile functions, within Excel limits, only known names', () => {
  const names = new Set(vi.names.map((n) => n.name));
  for (const f of formulas(vi)) {
    expect(f.startsWith('=')).toBe(true);
    expect(f.length).toBeLessThanOrEqual(8192);
    expect(f).not.toMatch(
      /\b(OFFSET|INDIRECT|TODAY|NOW|RAND|RANDBETWEEN|CELL|INFO|LET|LAMBDA|XLOOKUP|XMATCH|FILTER|SORT|SORTBY|UNIQUE|SEQUENCE|IFS|SWITCH|TEXTJOIN|CONCAT|MAXIFS|MINIFS)\(/,
    );
    expect(f).not.toContain(';'); // en-US argument separator only
    const literals = f.match(/"(?:[^"]|"")*"/g) ?? [];
    literals.forEach((l) => expect(l.length - 2).toBeLessThanOrEqual(255));
    const stripped = f.replace(/"(?:[^"]|"")*"/g, '""');
    const unknown = (stripped.match(/\bPII_[A-Za-z0-9_]+/g) ?? []).filter((r) => !names.has(r));
    expect(unknown).toEqual([]);
    let depth = 0;
    let min = 0;
    for (const ch of stripped) {
      depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
      min = Math.min(min, depth);
    }
    expect([min, depth]).toEqual([0, 0]);
  }
});

test('status formulas nest the target cell checks in priority order', () => {
  const status = cellOf(vi, 'PII_status_population') as { formula: string };
  const ids = cellChecks(catalog).filter(
    (c) => 'component' in c.target && c.target.component === 'population',
  );
  const labels = ids.map((c) => c.label.en);
  let at = -1;
  for (const l of labels) {
    const i = status.formula.indexOf(l, at + 1);
    expect(i).toBeGreaterThan(at);
    at = i;
  }
  expect(status.formula.endsWith('"OK"' + ')'.repeat(labels.length))).toBe(true);
});

test('inputs: unlocked, validated (Stop for what can never be right), prompts within Excel limits', () => {
  const entry = vi.sheets.find((s) => s.key === 'entry')!;
  const unlocked = new Set(
    entry.unlocked.flatMap((a) => {
      const [x, y = x] = a.split(':');
      const s = parseCell(x);
      const e = parseCell(y);
      const out: string[] = [];
      for (let r = s.row; r <= e.row; r++) for (let c = s.col; c <= e.col; c++) out.push(`${r}:${c}`);
      return out;
    }),
  );
  for (const n of vi.names.filter((x) => x.sheet === 'entry' && x.isInput)) {
    const { row, col } = parseCell(n.address);
    expect([n.name, unlocked.has(`${row}:${col}`)]).toEqual([n.name, true]);
    expect(entry.validations.some((v) => v.address === n.address.replace(/\$/g, ''))).toBe(true);
  }
  for (const s of vi.sheets) {
    expect(s.protection).toMatchObject({ protected: true, password: null });
    for (const v of s.validations) {
      expect(v.prompt.title.length).toBeLessThanOrEqual(32);
      expect(v.error.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt.message.length).toBeLessThanOrEqual(255);
      expect(v.error.message.length).toBeLessThanOrEqual(255);
    }
  }
  const pop = entry.validations.find(
    (v) => v.address === vi.names.find((n) => n.name === 'PII_in_population')!.address.replace(/\$/g, ''),
  )!;
  expect(pop).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formula1: 0, alert: 'stop' });
  const kinds = new Set(vi.sheets.flatMap((s) => s.conditionalFormats.map((c) => c.kind)));
  expect([...kinds].sort()).toEqual(['computed', 'error', 'missing', 'warning']);
});

test('version stamp: cover and custom XML part', () => {
  expect(vi.templateVersion).toBe(TEMPLATE_VERSION);
  expect(cellOf(vi, 'PII_meta_version')).toEqual({ value: TEMPLATE_VERSION });
  expect(cellOf(vi, 'PII_meta_edition')).toEqual({ value: '2023' });
  expect(vi.customXml.xml).toContain(`xmlns="${vi.customXml.namespace}"`);
  expect(vi.customXml.xml).toContain(`templateVersion="${TEMPLATE_VERSION}"`);
});

test('fillPlanInputs writes values as given: text stays text, blanks stay blank, the original is untouched', () => {
  const filled = fillPlanInputs(vi, {
    values: { population: 1300000, grdp: '1,5', communes: null, ocop_products: '12' },
    previous: { population: 1250000 },
    evidence: { population: 'QĐ 12/2024' },
    benchmarks: { '7.1.2': { min: 0, max: '5' } },
  });
  expect(cellOf(filled, 'PII_in_population')).toEqual({ value: 1300000 });
  expect(cellOf(filled, 'PII_in_grdp')).toEqual({ value: '1,5' });
  expect(cellOf(filled, 'PII_in_ocop_products')).toEqual({ value: '12' });
  expect(cellOf(filled, 'PII_in_communes')).toBeNull();
  expect(cellOf(filled, 'PII_prev_population')).toEqual({ value: 1250000 });
  expect(cellOf(filled, 'PII_ev_population')).toEqual({ value: 'QĐ 12/2024' });
  expect(cellOf(filled, 'PII_max_7_1_2')).toEqual({ value: '5' });
  expect(cellOf(vi, 'PII_in_population')).toBeNull();
  expect(
    inputAssignments(vi, { values: { nope: 1 }, benchmarks: { '9.9.9': { min: 1, max: 2 } } }).unknown,
  ).toEqual(['values.nope', 'benchmarks.9.9.9.min', 'benchmarks.9.9.9.max']);
});

test('officeFormulas marks text as text for range.formulas', () => {
  const filled = fillPlanInputs(vi, { values: { grdp: '1.5' } });
  const n = vi.names.find((x) => x.name === 'PII_in_grdp')!;
  const { row, col } = parseCell(n.address);
  const block = filled.sheets[1].blocks.find((b) => row >= b.row && row < b.row + b.rowCount)!;
  expect(officeFormulas(block)[row - block.row][col]).toBe("'1.5");
});

test('excelString splits literals longer than 255 characters', () => {
  const s = 'ă'.repeat(600);
  const lit = excelString(s);
  expect(lit.startsWith('(')).toBe(true);
  expect(lit.split('&')).toHaveLength(3);
  expect(excelString('a"b')).toBe('"a""b"');
});

test('a catalog ten times larger builds, with names for everything', () => {
  const big = scaleCatalog(catalog, 10);
  expect(big.indicators).toHaveLength(catalog.indicators.length * 10);
  const plan = buildPlan(big, { province: 'X', year: 2024, lang: 'vi' });
  expect(plan.names.filter((n) => n.kind === 'score')).toHaveLength(big.indicators.length);
  for (const f of formulas(plan)) expect(f.length).toBeLessThanOrEqual(8192);
  expect(Math.max(...plan.sheets.flatMap((s) => s.blocks.map(blockBytes)))).toBeGreaterThan(0);
});

describe("texts in the sheet's language", () => {
  const constants = (plan: ReturnType<typeof buildPlan>, key: string): string[] =>
    plan.sheets
      .find((s) => s.key === key)!
      .blocks.flatMap((b) => b.cells.flat())
      .flatMap((c) => (c && 'value' in c && typeof c.value === 'string' ? [c.value] : []));

  test('the Kiểm tra sheet names each rule in words, never by its id', () => {
    const vi = constants(buildPlan(catalog, { province: 'Bắc Ninh', year: 2024, lang: 'vi' }), 'checks');
    expect(vi).toContain('Chưa nhập');
    expect(vi).toContain('Không phải số');
    for (const id of ['missing', 'notNumber', 'zeroDenominator', 'jump']) expect(vi).not.toContain(id);
    const en = constants(buildPlan(catalog, { province: 'Bắc Ninh', year: 2024, lang: 'en' }), 'checks');
    expect(en).toContain('Not a number');
  });

  test('a scale reads in the sheet language: × 10.000 in Vietnamese, × 10,000 in English', () => {
    const vi = constants(buildPlan(catalog, { province: 'Bắc Ninh', year: 2024, lang: 'vi' }), 'entry');
    const en = constants(buildPlan(catalog, { province: 'Bắc Ninh', year: 2024, lang: 'en' }), 'entry');
    expect(vi.some((t) => t.includes('× 10.000'))).toBe(true);
    expect(vi.some((t) => t.includes('× 10,000'))).toBe(false);
    expect(en.some((t) => t.includes('× 10,000'))).toBe(true);
  });
});
