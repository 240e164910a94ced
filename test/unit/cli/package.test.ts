// `pii package` end to end on files the project makes: a master from `pii template --data`, a
import { EVIDENCE_PARTS, type EvidencePart } from '../../../src/catalog/evidence';
// version locked on its hidden sheet (written with exceljs, as the pane's rows), the package
// written and read back with exceljs (figures, agency, evidence, version, page setup, sign-off),
// and the refusal / INCOMPLETE marking with an error and with missing evidence.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { builtinCatalog, type CellValue } from '../../../src/catalog';
import { figuresOf, VERSION_COLUMNS, VERSIONS_SHEET, versionRows } from '../../../src/collect/versions';
import { readNamedValues } from '../../../src/xlsx';
import { FIXTURES, master2025, run, tempFile } from './helpers';

const catalog = builtinCatalog('2025');
const COMPLETE = JSON.parse(readFileSync(join(FIXTURES, 'complete-2025.data.json'), 'utf8')) as {
  values: Record<string, CellValue>;
  benchmarks: Record<string, { min: number; max: number }>;
} & Record<EvidencePart, Record<string, CellValue>>;
const dir = dirname(tempFile('x', ''));

/** A master of Bắc Ninh 2025 from the complete fixture changed by `edit`. */
async function master(name: string, edit: (d: typeof COMPLETE) => void = () => undefined): Promise<string> {
  const data = structuredClone(COMPLETE);
  edit(data);
  const out = join(dir, `${name}.xlsx`);
  expect(await master2025(out, 'Bắc Ninh', data)).toMatchObject({ code: 0 });
  return out;
}

/** Locks a version on the master's hidden sheet, rows as the pane writes them. */
async function lockVersion(file: string, figures: Map<string, CellValue>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.addWorksheet(VERSIONS_SHEET, { state: 'hidden' });
  ws.addRow([...VERSION_COLUMNS]);
  for (const row of versionRows({
    id: 1,
    label: 'Bản nộp lần 1',
    lockedAt: '2025-03-01T08:00:00.000Z',
    source: '',
    figures,
  }))
    ws.addRow(row);
  await wb.xlsx.writeFile(file);
}

async function readBack(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  const named = await readNamedValues(readFileSync(file));
  const get = (name: string) => named.get(name.toUpperCase()) ?? null;
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  /** The row number of a named cell. */
  const rowOf = (name: string) => Number(/(\d+)$/.exec(model.find((m) => m.name === name)!.ranges[0])![1]);
  const text = (r: number, c: number) => {
    const v = ws.getCell(r, c).value;
    return v === null || v === undefined ? '' : String(v);
  };
  const rows: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) rows.push(Array.from({ length: 8 }, (_, c) => text(r, c + 1)));
  return { wb, ws, get, rowOf, text, rows };
}

describe('pii package', () => {
  let complete: string;

  beforeAll(async () => {
    complete = await master('complete');
    // Version 1 has every figure as it is now, but 55 S&T organisations: that figure changed since.
    const figures = figuresOf(catalog, COMPLETE);
    figures.set('PII_in_st_orgs', 55);
    await lockVersion(complete, figures);
  });

  it('writes the package of a complete master: figures, agency, evidence, version, A4 print setup, sign-off', async () => {
    const out = join(dir, 'package.xlsx');
    const r = await run('package', '--workbook', complete, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/hồ sơ nộp Bộ, 13 chỉ số, 22 số liệu, tỉnh Bắc Ninh, năm 2025: hoàn chỉnh/);
    // The one figure that differs from the locked version is said, not hidden.
    expect(r.err).toMatch(/1 số liệu khác với mọi phiên bản đã chốt \(phiên bản mới nhất: 1\)/);

    const { ws, get, rowOf, text, rows } = await readBack(out);
    expect(ws.name).toBe('Hồ sơ nộp Bộ');
    expect(get('PII_meta_package')).toBe('HOÀN CHỈNH / COMPLETE');
    expect([get('PII_meta_province'), get('PII_meta_year'), get('PII_meta_edition')]).toEqual([
      'Bắc Ninh',
      2025,
      '2025',
    ]);
    expect(get('PII_in_ip_projects')).toBe(600);
    expect(get('PII_ev_ip_projects')).toBe(
      [
        COMPLETE.evidence.ip_projects,
        '30/06/2025',
        COMPLETE.evidenceIssuer.ip_projects,
        COMPLETE.evidenceLink.ip_projects,
      ].join(' · '),
    );
    expect(get('PII_val_5_2_2')).toBeCloseTo(40, 12);
    expect(get('PII_score_5_2_2')).toBeCloseTo(40, 12);
    const ip = rowOf('PII_in_ip_projects');
    expect(text(ip, 7)).toBe('Ban Quản lý các khu công nghiệp tỉnh');
    expect(text(ip, 8)).toBe('Phiên bản 1 "Bản nộp lần 1"');
    expect(text(rowOf('PII_in_st_orgs'), 8)).toBe('Đã sửa sau phiên bản 1');
    expect(text(rowOf('PII_in_grdp'), 7)).toBe('Sở KH&CN (mẫu số dùng chung)');
    expect(ws.getCell(ip, 4).numFmt).toBe('#,##0');

    // A4, landscape, one page wide, the column header repeated on every page.
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const header = rows.findIndex((row) => row[0] === 'Mã' && row[7] === 'Phiên bản số liệu') + 1;
    expect(header).toBeGreaterThan(0);
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(ws.headerFooter.oddHeader).toContain('PII 2025 — Bắc Ninh — năm 2025');
    expect(ws.headerFooter.oddHeader).not.toContain('INCOMPLETE');
    expect(ws.headerFooter.oddFooter).toContain('Trang &P/&N');

    // exceljs reads no row breaks back: the sheet's XML says where each page starts.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(breaks).toHaveLength(6);
    for (const b of breaks) expect(rows[b][0]).toMatch(/^Trụ cột [2-7]\. /);

    // The sign-off block after the last indicator, in the administrative style.
    const flat = rows.flat();
    const last = rowOf('PII_in_ocop_products_4star');
    const sign = rows.findIndex((row) => row[0] === 'NGƯỜI LẬP BIỂU') + 1;
    expect(sign).toBeGreaterThan(last);
    expect(rows[sign - 1][2]).toBe('NGƯỜI KIỂM TRA');
    expect(rows[sign - 1][5]).toBe('THỦ TRƯỞNG ĐƠN VỊ');
    expect(flat).toContain('GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(flat).toContain('Bắc Ninh, ngày … tháng … năm …');
    expect(flat).toContain('(Ký tên, đóng dấu)');
  });

  it('refuses a master with an unresolved error, writes nothing, and marks it INCOMPLETE with --force', async () => {
    const file = await master('error', (d) => (d.values.st_orgs = -3));
    const out = join(dir, 'error-package.xlsx');
    writeFileSync(out, 'an older package');
    const refused = await run('package', '--workbook', file, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^Lỗi \(PII_in_st_orgs\): /m);
    expect(refused.err).toMatch(
      /Chưa xuất hồ sơ: còn 1 lỗi chưa xử lý và 0 số liệu thiếu hoặc chưa đủ minh chứng/,
    );
    expect(refused.err).toMatch(/no version of the figures was ever locked/);
    expect(readFileSync(out, 'utf8')).toBe('an older package');

    const forced = await run('package', '--workbook', file, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/CHƯA HOÀN CHỈNH \(1 lỗi, 0 thiếu hoặc chưa đủ minh chứng\)/);
    expect(forced.err).toMatch(/--force/);
    const { ws, get, rows, rowOf } = await readBack(out);
    expect(get('PII_meta_package')).toBe('CHƯA HOÀN CHỈNH / INCOMPLETE');
    expect(ws.headerFooter.oddHeader).toContain('&CCHƯA HOÀN CHỈNH / INCOMPLETE');
    // On the first page, above the table: the mark and the error.
    const header = Number(ws.pageSetup.printTitlesRow!.split(':')[0]);
    const top = rows.slice(0, header - 1).flat();
    expect(top).toContain('CHƯA HOÀN CHỈNH / INCOMPLETE');
    expect(top.some((s) => s.startsWith('⛔ Lỗi (PII_in_st_orgs): '))).toBe(true);
    expect(get('PII_in_st_orgs')).toBe(-3);
    // No value for an indicator built on a figure with an error, as in the master.
    expect(rows[rowOf('PII_val_2_2_4') - 1][3]).toBe('(chưa tính được)');
  });

  it('refuses missing evidence (--json says why), and --force lists the figure on the first page', async () => {
    const file = await master('evidence', (d) => {
      for (const p of EVIDENCE_PARTS) delete d[p].ip_projects;
    });
    const out = join(dir, 'evidence-package.xlsx');
    const refused = await run('package', '--workbook', file, '--out', out, '--json');
    expect(refused.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const doc = JSON.parse(refused.out);
    expect(doc).toMatchObject({
      written: false,
      complete: false,
      errors: [],
      province: 'Bắc Ninh',
      year: 2025,
    });
    expect(doc.missingEvidence.map((p: { name: string }) => p.name)).toEqual(['PII_ev_ip_projects']);
    const ip = doc.indicators.find((i: { code: string }) => i.code === '5.2.2');
    expect(ip).toMatchObject({ value: 40, lead: ['Ban Quản lý các khu công nghiệp tỉnh'] });

    const forced = await run('package', '--workbook', file, '--out', out, '--force', '--json');
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.out)).toMatchObject({ written: true, forced: true });
    const { get, rows, rowOf, ws } = await readBack(out);
    expect(get('PII_meta_package')).toBe('CHƯA HOÀN CHỈNH / INCOMPLETE');
    expect(ws.headerFooter.oddHeader).toContain('INCOMPLETE');
    expect(
      rows.flat().some((s) => s.startsWith('⚠ Minh chứng thiếu hoặc chưa đủ (PII_ev_ip_projects): ')),
    ).toBe(true);
    expect(rows[rowOf('PII_in_ip_projects') - 1][5]).toBe('CHƯA CÓ MINH CHỨNG / NO EVIDENCE');
  });

  it('a package is not a master: split and package refuse it; usage errors exit 2', async () => {
    const out = join(dir, 'package.xlsx');
    if (!existsSync(out)) await run('package', '--workbook', complete, '--out', out);
    const again = await run('package', '--workbook', out, '--out', join(dir, 'again.xlsx'));
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/hồ sơ nộp Bộ do pii package tạo ra/);
    const split = await run('split', '--workbook', out, '--out-dir', join(dir, 'split'));
    expect(split.code).toBe(1);
    expect((await run('package', '--workbook', complete)).code).toBe(2);
    expect((await run('package', '--out', out)).code).toBe(2);
  });
});
