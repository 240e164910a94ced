// Table-driven: each kind of bad input gives its finding, with both messages, and nothing in the
import { EVIDENCE_PARTS } from '../../../src/catalog/evidence';
// score result is ever NaN or Infinity.
import { builtinCatalog, loadCatalog, type Catalog, type ProvinceInput } from '../../../src/catalog';
import { scoreProvince } from '../../../src/scoring';
import { validate, type Finding } from '../../../src/validation';
import { nonFinitePaths, sampleInput } from './helpers';

const pii = builtinCatalog('2023');
const pct = loadCatalog({
  edition: 'pct',
  pillars: [{ code: '1', side: 'input', name: { vi: 'T', en: 'P' } }],
  subPillars: [{ code: '1.1', pillar: '1', name: { vi: 'N', en: 'S' } }],
  components: [
    {
      id: 'share',
      kind: 'percent',
      max: 100,
      name: { vi: 'Tỉ lệ xã có internet', en: 'Share of communes online' },
    },
  ],
  indicators: [
    {
      code: '1.1.1',
      subPillar: '1.1',
      name: { vi: 'Xã có internet', en: 'Communes online' },
      formula: { value: 'share' },
    },
  ],
});

type Edit = (i: ProvinceInput) => void;
const setValue =
  (id: string, v: unknown): Edit =>
  (i) =>
    void (i.values[id] = v as never);

interface Case {
  name: string;
  edit: Edit;
  ruleId: string;
  severity: Finding['severity'];
  checkId?: string;
  catalog?: Catalog;
  /** The message must mention this (e.g. the suggested way to type it). */
  mentions?: string;
}

const cases: Case[] = [
  {
    name: 'plain text',
    edit: setValue('st_orgs', 'nhiều'),
    ruleId: 'notNumber',
    severity: 'error',
    checkId: 'notNumber:st_orgs',
  },
  {
    name: '"1,5" (Vietnamese decimal comma)',
    edit: setValue('policy_points', '1,5'),
    ruleId: 'notNumber',
    severity: 'error',
    mentions: '1.5',
  },
  {
    name: '"1.234,5" (Vietnamese thousands)',
    edit: setValue('grdp', '1.234,5'),
    ruleId: 'notNumber',
    severity: 'error',
    mentions: '1234.5',
  },
  {
    name: '"1,234" (English thousands)',
    edit: setValue('population', '1,290,000'),
    ruleId: 'notNumber',
    severity: 'error',
    mentions: '1290000',
  },
  {
    name: '"12 ha" (unit in the cell)',
    edit: setValue('ip_land_built', '12 ha'),
    ruleId: 'notNumber',
    severity: 'error',
    mentions: 'ha',
  },
  {
    name: '"-" for none',
    edit: setValue('research_collabs', '-'),
    ruleId: 'notNumber',
    severity: 'error',
    mentions: '0',
  },
  {
    name: '" 12 " (spaces around)',
    edit: setValue('st_orgs', ' 12 '),
    ruleId: 'notNumber',
    severity: 'error',
    mentions: '12',
  },
  {
    name: 'footnote in the cell',
    edit: setValue('ocop_products', '260 (ước tính)'),
    ruleId: 'notNumber',
    severity: 'error',
  },
  { name: 'TRUE in a number cell', edit: setValue('st_orgs', true), ruleId: 'notNumber', severity: 'error' },
  {
    name: 'negative count',
    edit: setValue('st_orgs', -3),
    ruleId: 'negative',
    severity: 'error',
    checkId: 'negative:st_orgs',
  },
  { name: 'negative money', edit: setValue('st_spending', -1), ruleId: 'negative', severity: 'error' },
  {
    name: 'blank required value',
    edit: setValue('st_orgs', null),
    ruleId: 'missing',
    severity: 'error',
    checkId: 'missing:st_orgs',
  },
  {
    name: 'absent required value',
    edit: (i) => delete i.values.policy_points,
    ruleId: 'missing',
    severity: 'error',
  },
  { name: 'spaces only', edit: setValue('st_orgs', '   '), ruleId: 'missing', severity: 'error' },
  { name: 'empty string', edit: setValue('st_orgs', ''), ruleId: 'missing', severity: 'error' },
  {
    name: 'fraction in a count',
    edit: setValue('ocop_products', 12.5),
    ruleId: 'notInteger',
    severity: 'error',
  },
  {
    name: 'zero denominator',
    edit: setValue('secondary_students', 0),
    ruleId: 'zeroDenominator',
    severity: 'error',
    checkId: 'zeroDenominator:2.1.3',
  },
  {
    name: 'blank denominator',
    edit: setValue('communes', null),
    ruleId: 'zeroDenominator',
    severity: 'error',
    checkId: 'zeroDenominator:7.1.2',
  },
  {
    name: 'shared denominator zero hits every user',
    edit: setValue('active_enterprises', 0),
    ruleId: 'zeroDenominator',
    severity: 'error',
    checkId: 'zeroDenominator:6.3.2',
  },
  {
    name: 'participants > students',
    edit: setValue('contest_students', 120000),
    ruleId: 'partOfWhole:contest_le_students',
    severity: 'error',
  },
  {
    name: 'built land > planned land',
    edit: setValue('ip_land_built', 6000),
    ruleId: 'partOfWhole:built_le_planned_land',
    severity: 'error',
  },
  {
    name: 'start-ups > new enterprises',
    edit: setValue('innovative_startups', 2000),
    ruleId: 'partOfWhole:startups_le_new',
    severity: 'error',
  },
  {
    name: 'S&T spending > total budget',
    edit: setValue('st_spending', 25000),
    ruleId: 'partOfWhole:st_spending_le_budget',
    severity: 'error',
  },
  {
    name: 'education spending > GRDP',
    edit: setValue('education_spending', 140000),
    ruleId: 'partOfWhole:education_le_grdp',
    severity: 'error',
  },
  {
    name: 'two-part sum > whole',
    edit: setValue('st_eligible_enterprises', 7190),
    ruleId: 'partOfWhole:st_enterprises_le_active',
    severity: 'error',
  },
  {
    name: 'population in thousands',
    edit: setValue('population', 1290),
    ruleId: 'unitSlip',
    severity: 'warning',
    checkId: 'unitSlip:population',
    mentions: 'thousands',
  },
  {
    name: 'GRDP in million VND',
    edit: setValue('grdp', 130000000),
    ruleId: 'unitSlip',
    severity: 'warning',
    checkId: 'unitSlip:grdp',
    mentions: 'million VND',
  },
  {
    name: 'land in m2',
    edit: (i) => ((i.values.ip_land_built = 31000000), (i.values.ip_land_planned = 52000000)),
    ruleId: 'unitSlip',
    severity: 'warning',
    checkId: 'unitSlip:ip_land_planned',
    mentions: 'm²',
  },
  {
    name: '0.35 for 35 %',
    catalog: pct,
    edit: () => undefined,
    ruleId: 'fractionPercent',
    severity: 'warning',
    mentions: '35',
  },
  {
    name: 'percent above its maximum',
    catalog: pct,
    edit: setValue('share', 150),
    ruleId: 'outOfRange',
    severity: 'error',
  },
  {
    name: 'ten-fold jump from last year',
    edit: setValue('ocop_products', 2300),
    ruleId: 'jump',
    severity: 'warning',
    checkId: 'jump:ocop_products',
  },
  {
    name: 'fall to a tenth of last year',
    edit: setValue('grdp', 12100),
    ruleId: 'jump',
    severity: 'warning',
    checkId: 'jump:grdp',
  },
  { name: 'NaN from a caller', edit: setValue('st_orgs', NaN), ruleId: 'invalidNumber', severity: 'error' },
  {
    name: 'Infinity from JSON 1e999',
    edit: setValue('st_orgs', JSON.parse('1e999')),
    ruleId: 'invalidNumber',
    severity: 'error',
  },
  {
    name: '-Infinity in last year',
    edit: (i) => (i.previous!.grdp = -Infinity),
    ruleId: 'invalidNumber',
    severity: 'error',
  },
  {
    name: 'an object as a value',
    edit: setValue('st_orgs', { value: 35 }),
    ruleId: 'invalidValue',
    severity: 'error',
  },
  { name: 'an array as a value', edit: setValue('st_orgs', [35]), ruleId: 'invalidValue', severity: 'error' },
  {
    name: 'missing evidence (none of the four parts)',
    edit: (i) => {
      for (const p of EVIDENCE_PARTS) delete i[p]!.policy_points;
    },
    ruleId: 'missingEvidence',
    severity: 'warning',
    checkId: 'missingEvidence:policy_points',
  },
  {
    name: 'evidence of spaces only',
    edit: (i) => {
      for (const p of EVIDENCE_PARTS) i[p]!.st_orgs = '  ';
    },
    ruleId: 'missingEvidence',
    severity: 'warning',
  },
  {
    name: 'evidence without its date and issuer',
    edit: (i) => {
      delete i.evidenceDate!.st_orgs;
      i.evidenceIssuer!.st_orgs = ' ';
    },
    ruleId: 'evidencePart',
    severity: 'warning',
    checkId: 'evidencePart:st_orgs',
    mentions: 'the evidence lacks the date issued and the issuing body.',
  },
  {
    name: 'only a link as evidence',
    edit: (i) => {
      for (const p of ['evidence', 'evidenceDate', 'evidenceIssuer'] as const) delete i[p]!.st_orgs;
    },
    ruleId: 'evidencePart',
    severity: 'warning',
    checkId: 'evidencePart:st_orgs',
    mentions: 'minh chứng còn thiếu số hiệu văn bản, ngày ban hành và cơ quan ban hành.',
  },
  {
    name: 'an evidence date typed as text',
    edit: (i) => (i.evidenceDate!.st_orgs = 'tháng 6/2023'),
    ruleId: 'evidenceDate',
    severity: 'warning',
    checkId: 'evidenceDate:st_orgs',
    mentions: '"tháng 6/2023"',
  },
  {
    name: 'an evidence date before 2000 (a year typed as a date)',
    edit: (i) => (i.evidenceDate!.st_orgs = 2023),
    ruleId: 'evidenceDate',
    severity: 'warning',
    checkId: 'evidenceDate:st_orgs',
    mentions: '15/07/1905', // as its date cell shows it
  },
  {
    name: 'benchmark not a number',
    edit: (i) => (i.benchmarks!['2.1.3'] = { min: 'n/a', max: 2.5 }),
    ruleId: 'benchmarkMissing',
    severity: 'warning',
    checkId: 'benchmarkMissing:2.1.3',
  },
  {
    name: 'benchmark max below min',
    edit: (i) => (i.benchmarks!['2.1.3'] = { min: 3, max: 1 }),
    ruleId: 'benchmarkOrder',
    severity: 'error',
  },
  {
    name: 'benchmark NaN',
    edit: (i) => (i.benchmarks!['7.1.2'] = { min: NaN, max: 3 }),
    ruleId: 'invalidNumber',
    severity: 'error',
  },
  {
    name: 'unknown component id',
    edit: setValue('ocop', 5),
    ruleId: 'unknownComponent',
    severity: 'warning',
  },
  {
    name: 'unknown indicator in benchmarks',
    edit: (i) => (i.benchmarks!['9.9.9'] = { min: 0, max: 1 }),
    ruleId: 'unknownIndicator',
    severity: 'warning',
  },
  {
    name: 'value beyond the benchmarks is clamped',
    edit: setValue('policy_points', 70),
    ruleId: 'clamped',
    severity: 'info',
  },
  {
    name: 'figures so large the ratio overflows',
    edit: (i) => ((i.values.st_enterprises = 1e308), (i.values.st_eligible_enterprises = 1e308)),
    ruleId: 'overflow',
    severity: 'error',
  },
  { name: 'no value because of text', edit: setValue('st_orgs', 'abc'), ruleId: 'noValue', severity: 'info' },
];

function inputFor(c: Case): ProvinceInput {
  if (c.catalog === pct) {
    const i: ProvinceInput = { values: { share: 0.35 }, benchmarks: { '1.1.1': { min: 0, max: 100 } } };
    c.edit(i);
    return i;
  }
  const i = sampleInput();
  c.edit(i);
  return i;
}

describe('bad inputs give their findings', () => {
  test('the clean sample gives none (so every finding below is caused by its edit)', () => {
    expect(validate(pii, sampleInput())).toEqual([]);
    expect(scoreProvince(pii, sampleInput()).findings).toEqual([]);
  });

  test(`at least 30 kinds of bad input are covered (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const catalog = c.catalog ?? pii;
    const result = scoreProvince(catalog, inputFor(c));
    const f = result.findings.find(
      (x) => x.ruleId === c.ruleId && (c.checkId === undefined || x.checkId === c.checkId),
    );
    expect(f).toBeDefined();
    expect(f!.severity).toBe(c.severity);
    expect(f!.message.vi.length).toBeGreaterThan(10);
    expect(f!.message.en.length).toBeGreaterThan(10);
    expect(f!.message.vi).not.toBe(f!.message.en);
    if (c.mentions) expect(`${f!.message.vi} ${f!.message.en}`).toContain(c.mentions);
    // Messages name the indicator (code) when the finding belongs to one.
    if (f!.indicator) expect(f!.message.en).toContain(f!.indicator);
    expect(nonFinitePaths(result)).toEqual([]);
    expect(nonFinitePaths(JSON.parse(JSON.stringify(result)))).toEqual([]);
  });

  test('text is never coerced: "1,5" gives no value for 1.1.1', () => {
    const i = sampleInput();
    i.values.policy_points = '1,5';
    const r = scoreProvince(pii, i);
    expect(r.indicators['1.1.1'].value).toBeNull();
    expect(r.indicators['1.1.1'].score).toBeNull();
  });

  test('findings keep the value as entered', () => {
    const i = sampleInput();
    i.values.population = '1.234,5';
    const f = validate(pii, i).find((x) => x.checkId === 'notNumber:population')!;
    expect(f.value).toBe('1.234,5');
    expect(f.target).toEqual({ ref: 'value', component: 'population' });
    expect(f.message.vi).toContain('"1.234,5"');
  });

  test('an entirely empty input gives no NaN anywhere and reports the missing values', () => {
    const r = scoreProvince(pii, { values: {} });
    expect(nonFinitePaths(r)).toEqual([]);
    expect(r.pii.score).toBeNull();
    expect(r.findings.filter((f) => f.ruleId === 'missing')).toHaveLength(pii.components.length);
  });
});

describe('unknown ids by the thousand', () => {
  const unknownKeys = (n: number) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`ghost_${i}`, i]));

  test('twenty are listed one by one; beyond that, one finding counts the rest', () => {
    const input = { ...sampleInput(), previous: unknownKeys(1000) };
    const found = validate(pii, input).filter((f) => f.ruleId === 'unknownComponent');
    expect(found).toHaveLength(21);
    expect(found[19].checkId).toBe('unknownComponent:previous:ghost_19');
    expect(found[20].message.vi).toBe(
      'Còn 980 mã thành phần khác (mục previous) không có trong danh mục ấn bản 2023; đã bỏ qua.',
    );
    expect(found[20].message.en).toBe(
      '980 more component ids (section previous) are not in the 2023 catalog; ignored.',
    );
  });

  test('exactly twenty: twenty findings, no count', () => {
    const input = { ...sampleInput(), evidence: unknownKeys(20) };
    expect(validate(pii, input).filter((f) => f.ruleId === 'unknownComponent')).toHaveLength(20);
  });

  test('unknown benchmark codes too, with the count formatted per language', () => {
    const benchmarks = Object.fromEntries(
      Array.from({ length: 1520 }, (_, i) => [`9.9.${i}`, { min: 0, max: 1 }]),
    );
    const found = validate(pii, { ...sampleInput(), benchmarks }).filter(
      (f) => f.ruleId === 'unknownIndicator',
    );
    expect(found).toHaveLength(21);
    expect(found[20].message.vi).toContain('Còn 1.500 mã chỉ số khác (mục benchmarks)');
    expect(found[20].message.en).toContain('1,500 more indicator codes (section benchmarks)');
  });
});
