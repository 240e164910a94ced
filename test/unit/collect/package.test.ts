// The submission package's pure core: what goes in (local indicators only), the figures with their
import { EVIDENCE_PARTS } from '../../../src/catalog/evidence';
// evidence, agency and version, the engine's value and score, the refusal reasons, and the
// printable layout (page setup, print titles, breaks between pillars, INCOMPLETE marking).
import { readFileSync } from 'fs';
import { join } from 'path';
import { builtinCatalog, type Catalog, type CellValue, type ProvinceInput } from '../../../src/catalog';
import { buildPackage, versionOf, type SubmissionPackage } from '../../../src/collect/package';
import { packageLayout, type PrintSheet } from '../../../src/collect/package-layout';
import type { FigureVersion } from '../../../src/collect/versions';
import { scoreProvince } from '../../../src/scoring';

const catalog = builtinCatalog('2025');

/** A province with every figure, its evidence and benchmarks for every indicator: complete. */
const COMPLETE = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'complete-2025.data.json'), 'utf8'),
) as Required<ProvinceInput>;

function fullInput(): ProvinceInput {
  return structuredClone(COMPLETE);
}

const version = (id: number, figures: [string, CellValue][], label = `Lần ${id}`): FigureVersion => ({
  id,
  label,
  lockedAt: `2025-03-0${id}T08:00:00.000Z`,
  source: '',
  figures: new Map(figures),
});

const indicatorOf = (pkg: SubmissionPackage, code: string) =>
  pkg.pillars.flatMap((p) => p.indicators).find((i) => i.code === code)!;

describe('buildPackage', () => {
  test('a complete province: every local indicator with its figures, evidence, agency, value and score', () => {
    const input = fullInput();
    const pkg = buildPackage({ catalog, input, province: 'Bắc Ninh', year: 2025, versions: [] });
    expect(pkg.complete).toBe(true);
    expect(pkg.errors).toEqual([]);
    expect(pkg.missingEvidence).toEqual([]);
    const all = pkg.pillars.flatMap((p) => p.indicators.map((i) => i.code));
    expect(all).toEqual(catalog.indicators.map((i) => i.code));
    expect(pkg.pillars.map((p) => p.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);

    // 5.2.2 = projects in industrial parks / active enterprises x 1,000 = 600 / 15,000 x 1,000.
    const ip = indicatorOf(pkg, '5.2.2');
    expect(ip.value).toBeCloseTo(40, 12);
    expect(ip.score).toBeCloseTo(40, 12);
    expect(ip.lead.map((a) => a.vi)).toEqual(['Ban Quản lý các khu công nghiệp tỉnh']);
    expect(ip.figures.map((f) => [f.id, f.role, f.shared, f.value])).toEqual([
      ['ip_projects', 'numerator', false, 600],
      ['active_enterprises', 'denominator', true, 15000],
    ]);
    // The record's four parts, the date as the Ministry writes it.
    expect(ip.figures[0].evidence).toBe(
      [
        input.evidence!.ip_projects,
        '30/06/2025',
        input.evidenceIssuer!.ip_projects,
        input.evidenceLink!.ip_projects,
      ].join(' · '),
    );
    // Every value and score is the engine's.
    const result = scoreProvince(catalog, input, { province: 'Bắc Ninh' });
    for (const ind of pkg.pillars.flatMap((p) => p.indicators)) {
      expect(ind.value).toBe(result.indicators[ind.code].value);
      expect(ind.score).toBe(result.indicators[ind.code].score);
    }
    // Two leads of 2.1.4 both named.
    expect(indicatorOf(pkg, '2.1.4').lead).toHaveLength(2);
  });

  test('only locally supplied indicators go in: one the Ministry computes is left out', () => {
    const mixed: Catalog = {
      ...catalog,
      indicators: catalog.indicators.map((i) => (i.code === '4.1.2' ? { ...i, source: 'central' } : i)),
    };
    const pkg = buildPackage({
      catalog: mixed,
      input: fullInput(),
      province: 'X',
      year: 2025,
      versions: [],
    });
    const codes = pkg.pillars.flatMap((p) => p.indicators.map((i) => i.code));
    expect(codes).not.toContain('4.1.2');
    expect(codes).toHaveLength(catalog.indicators.length - 1);
    // Pillar 4 held only 4.1.2: it has no section at all.
    expect(pkg.pillars.map((p) => p.code)).not.toContain('4');
  });

  test('an error on a figure and a figure without evidence make it incomplete, each listed once', () => {
    const input = fullInput();
    input.values.st_orgs = -3;
    for (const p of EVIDENCE_PARTS) input[p]!.ip_projects = '   ';
    const pkg = buildPackage({ catalog, input, province: 'Bắc Ninh', year: 2025, versions: [] });
    expect(pkg.complete).toBe(false);
    expect(pkg.errors.map((e) => e.name)).toEqual(['PII_in_st_orgs']);
    expect(pkg.errors[0].message.vi).toMatch(/âm|không được nhỏ hơn 0|< 0/);
    expect(pkg.missingEvidence.map((e) => [e.name, e.component])).toEqual([
      ['PII_ev_ip_projects', 'ip_projects'],
    ]);
    // The figure with the error has no indicator value (withheld), as in the sheet.
    expect(indicatorOf(pkg, '2.2.4').value).toBeNull();
  });

  test('each figure says the latest locked version holding its value, or that it changed, or was never locked', () => {
    const input = fullInput();
    input.values.ip_projects = 640;
    input.values.st_orgs = 60;
    const versions = [
      version(2, [
        ['PII_in_ip_projects', 600],
        ['PII_in_st_orgs', 60],
        ['PII_in_grdp', 250000],
      ]),
      version(1, [
        ['PII_in_ip_projects', 640],
        ['PII_in_st_orgs', 60],
      ]),
    ];
    const pkg = buildPackage({ catalog, input, province: 'Bắc Ninh', year: 2025, versions });
    const fig = (id: string) =>
      pkg.pillars.flatMap((p) => p.indicators.flatMap((i) => i.figures)).find((f) => f.id === id)!;
    expect(fig('st_orgs').version).toEqual({
      state: 'locked',
      version: 2,
      label: 'Lần 2',
      lockedAt: '2025-03-02T08:00:00.000Z',
    });
    // 640 is version 1's value though version 2 recorded 600: it comes from version 1.
    expect(fig('ip_projects').version).toMatchObject({ state: 'locked', version: 1 });
    expect(fig('population').version).toEqual({ state: 'notLocked' });
    expect(pkg.latestVersion).toEqual({ id: 2, label: 'Lần 2', lockedAt: '2025-03-02T08:00:00.000Z' });
    expect(pkg.unlocked).not.toContain('PII_in_st_orgs');
    expect(pkg.unlocked).toContain('PII_in_population');
  });

  test('versionOf: changed since the latest version that recorded the figure; a blank is never "locked"', () => {
    const vs = [version(1, [['PII_in_grdp', 100]]), version(2, [['PII_in_grdp', 120]]), version(3, [])];
    expect(versionOf(vs, 'PII_in_grdp', 130)).toEqual({ state: 'changed', since: 2, label: 'Lần 2' });
    expect(versionOf(vs, 'PII_in_grdp', 100)).toMatchObject({ state: 'locked', version: 1 });
    expect(versionOf(vs, 'PII_in_grdp', 120.0000000000001)).toMatchObject({ state: 'locked', version: 2 });
    expect(versionOf(vs, 'PII_in_grdp', '120')).toEqual({ state: 'changed', since: 2, label: 'Lần 2' });
    expect(versionOf(vs, 'PII_in_grdp', null)).toEqual({ state: 'changed', since: 2, label: 'Lần 2' });
    expect(versionOf(vs, 'PII_in_communes', null)).toEqual({ state: 'notLocked' });
    expect(versionOf([], 'PII_in_grdp', 1)).toEqual({ state: 'notLocked' });
  });
});

describe('packageLayout', () => {
  const options = { lang: 'vi' as const, templateVersion: '1.2.0', madeAt: '01/04/2025 09:00' };
  const sheetOf = (pkg: SubmissionPackage): PrintSheet => packageLayout(pkg, options).sheets[0];
  const texts = (sheet: PrintSheet) =>
    sheet.rows.flatMap((r) => r.cells.map((c) => c?.value)).filter((v) => v != null);

  test('A4 fitted to the width, the header row repeated, a break before every pillar but the first', () => {
    const pkg = buildPackage({ catalog, input: fullInput(), province: 'Bắc Ninh', year: 2025, versions: [] });
    const sheet = sheetOf(pkg);
    expect(sheet).toMatchObject({ paper: 'A4', fitToWidth: true, orientation: 'landscape' });
    const [first, last] = sheet.titleRows;
    expect(first).toBe(last);
    expect(sheet.rows[first].cells.map((c) => c?.value)).toEqual([
      'Mã',
      'Chỉ số / thành phần',
      'Đơn vị',
      'Giá trị',
      'Điểm (0–100)',
      'Minh chứng',
      'Cơ quan chủ trì',
      'Phiên bản số liệu',
    ]);
    expect(sheet.breaksBefore).toHaveLength(pkg.pillars.length - 1);
    for (const [i, r] of sheet.breaksBefore.entries())
      expect(sheet.rows[r].cells[0]?.value).toBe(
        `Trụ cột ${pkg.pillars[i + 1].code}. ${pkg.pillars[i + 1].name.vi}`,
      );
    expect(sheet.header.left).toBe('PII 2025 — Bắc Ninh — năm 2025');
    expect(sheet.header.center).toBe('');
    expect(sheet.footer.center).toBe('Trang {page}/{pages}');
    // The sign-off block, in the administrative style.
    const all = texts(sheet);
    for (const s of [
      'NGƯỜI LẬP BIỂU',
      'NGƯỜI KIỂM TRA',
      'THỦ TRƯỞNG ĐƠN VỊ',
      'Bắc Ninh, ngày … tháng … năm …',
    ])
      expect(all).toContain(s);
  });

  test('names: the stamp, every figure once (a shared denominator on its first row), every indicator', () => {
    const pkg = buildPackage({ catalog, input: fullInput(), province: 'Bắc Ninh', year: 2025, versions: [] });
    const sheet = sheetOf(pkg);
    const names = sheet.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    const at = (name: string) => {
      const n = sheet.names.find((x) => x.name === name)!;
      return sheet.rows[n.row].cells[n.col]?.value;
    };
    expect(at('PII_meta_province')).toBe('Bắc Ninh');
    expect(at('PII_meta_package')).toBe('HOÀN CHỈNH / COMPLETE');
    expect(at('PII_in_active_enterprises')).toBe(15000);
    expect(at('PII_val_5_2_2')).toBeCloseTo(40, 12);
    for (const c of catalog.components) expect(names).toContain(`PII_in_${c.id}`);
    for (const i of catalog.indicators) expect(names).toContain(`PII_score_${i.code.replace(/\./g, '_')}`);
  });

  test('an incomplete package says INCOMPLETE on its first rows, lists every problem, and in the page header', () => {
    const input = fullInput();
    input.values.st_orgs = -3;
    for (const p of EVIDENCE_PARTS) input[p]!.ip_projects = null;
    const pkg = buildPackage({ catalog, input, province: 'Bắc Ninh', year: 2025, versions: [] });
    const sheet = sheetOf(pkg);
    expect(sheet.header.center).toBe('CHƯA HOÀN CHỈNH / INCOMPLETE');
    const firstRows = sheet.rows
      .slice(0, sheet.titleRows[0])
      .flatMap((r) => r.cells.map((c) => String(c?.value ?? '')));
    expect(firstRows).toContain('CHƯA HOÀN CHỈNH / INCOMPLETE');
    expect(firstRows.some((s) => s.startsWith('⛔ Lỗi (PII_in_st_orgs)'))).toBe(true);
    expect(firstRows.some((s) => s.startsWith('⚠ Minh chứng thiếu hoặc chưa đủ (PII_ev_ip_projects)'))).toBe(
      true,
    );
    // The figure's own row says it too.
    expect(texts(sheet)).toContain('CHƯA CÓ MINH CHỨNG / NO EVIDENCE');
  });

  test('a started record with a part missing or a date that is no day says so on its row', () => {
    const input = fullInput();
    input.evidenceLink!.ip_projects = null;
    input.evidenceDate!.active_enterprises = 2024; // a year typed in the date cell
    const pkg = buildPackage({ catalog, input, province: 'Bắc Ninh', year: 2025, versions: [] });
    expect(pkg.missingEvidence.map((e) => e.name).sort()).toEqual([
      'PII_ev_ip_projects',
      'PII_evdate_active_enterprises',
    ]);
    const rows = texts(packageLayout(pkg, options).sheets[0]).filter(
      (t): t is string => typeof t === 'string',
    );
    const flagged = rows.filter((t) => t.endsWith(' — MINH CHỨNG CHƯA ĐỦ / EVIDENCE INCOMPLETE'));
    expect(flagged.some((t) => t.startsWith(`${input.evidence!.ip_projects} · 30/06/2025 · `))).toBe(true);
    expect(flagged.some((t) => t.includes('16/07/1905'))).toBe(true);
    expect(
      pkg.pillars
        .flatMap((p) => p.indicators)
        .flatMap((i) => i.figures)
        .filter((f) => f.evidenceIncomplete).length,
    ).toBeGreaterThan(1);
  });
});
