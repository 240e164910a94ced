// The collection round trip on files made by the project: master (pii template --data) -> pii split
// -> agency workbooks filled by defined names with exceljs (as an agency's Excel would) -> pii merge
// -> the master holds every figure, with provenance in the log sheet and the --json output; a
// conflicting figure is reported and not overwritten; a file from another province is refused.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { builtinCatalog, type CellValue } from '../../../src/catalog';
import { agencyShares } from '../../../src/collect';
import { NAMES, TEMPLATE_VERSION } from '../../../src/plan';
import { readNamedValues, readSheetGrid } from '../../../src/xlsx';
import { withChart } from '../../support/chart-part';
import { master2025, run, tempFile } from './helpers';

const catalog = builtinCatalog('2025');
const shares = agencyShares(catalog);

/** The Sở's figures in the master before the collection: the shared ones and one owned figure. */
const MASTER_DATA = {
  values: {
    grdp: 250000,
    population: 3600000,
    active_enterprises: 15000,
    new_enterprises: 2400,
    local_budget: 41000,
    communes: 99,
    ip_projects: 600,
  },
  evidence: { grdp: 'Niên giám thống kê 2024' },
};

/**
 * What each agency types: a distinct figure per owned component (the same whoever types it: the
 * two leads of 2.1.4 agree on its spending), last year's and the evidence record's four parts.
 */
function agencyFigures(owned: string[]): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const id of owned) {
    const i = catalog.components.findIndex((c) => c.id === id);
    out[NAMES.input(id)] = id === 'ip_projects' ? 640 : 100 + i * 7;
    out[NAMES.previous(id)] = 90 + i * 7;
    out[NAMES.evidence(id)] = `Công văn ${i + 1}/${id}`;
    // The record's other parts; the date cell (dd/mm/yyyy) comes back as its Excel date number.
    out[NAMES.evidenceDate(id)] = 45658 + i; // 01/01/2025 + i days
    out[NAMES.evidenceIssuer(id)] = `UBND tỉnh (${id})`;
    out[NAMES.evidenceLink(id)] = `https://example.gov.vn/${id}.pdf`;
  }
  return out;
}

/** Sets cells of an .xlsx by their defined names, with exceljs alone (not the code under test). */
async function fillByNames(file: string, values: Record<string, CellValue>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const model = wb.definedNames.model as Array<{ name: string; ranges: string[] }>;
  for (const [name, value] of Object.entries(values)) {
    const n = model.find((m) => m.name.toUpperCase() === name.toUpperCase());
    if (!n) throw new Error(`${file} has no name ${name}`);
    const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(n.ranges[0])!;
    const [sheet, address] = [m[1].replace(/''/g, "'"), `${m[2]}${m[3]}`];
    wb.getWorksheet(sheet)!.getCell(address).value = value;
  }
  await wb.xlsx.writeFile(file);
}

async function template(dir: string, province: string, name: string, extra: string[] = []): Promise<string> {
  const out = join(dir, `${name}.xlsx`);
  const r = await master2025(out, province, MASTER_DATA, [
    '--deadline',
    '2025-03-31',
    '--contact',
    'Nguyễn Văn A, 0222 3822 000',
    ...extra,
  ]);
  expect(r).toMatchObject({ code: 0 });
  return out;
}

const get = (named: Map<string, CellValue>, name: string) => named.get(name.toUpperCase()) ?? null;

describe('pii split and pii merge, end to end', () => {
  const dir = dirname(tempFile('x', ''));
  let master: string;
  let agencyDir: string;

  beforeAll(async () => {
    master = await template(dir, 'Bắc Ninh', 'master');
    agencyDir = join(dir, 'agencies');
  });

  it('split writes one workbook per lead agency, named after it, pre-filled, with the cover fields', async () => {
    const r = await run('split', '--workbook', master, '--out-dir', agencyDir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const files = readdirSync(agencyDir).sort();
    expect(files).toEqual(
      [
        'Ban Quản lý các khu công nghiệp tỉnh.xlsx',
        'Ngân hàng Nhà nước chi nhánh tỉnh.xlsx',
        'Sở Công Thương.xlsx',
        'Sở Giáo dục và Đào tạo.xlsx',
        'Sở Khoa học và Công nghệ.xlsx',
        'Sở Lao động - Thương binh và Xã hội.xlsx',
        'Sở Nông nghiệp và Phát triển nông thôn.xlsx',
      ].sort(),
    );
    const kcn = await readNamedValues(
      readFileSync(join(agencyDir, 'Ban Quản lý các khu công nghiệp tỉnh.xlsx')),
    );
    expect(get(kcn, NAMES.meta('agency'))).toBe('ip_board');
    expect(get(kcn, NAMES.meta('province'))).toBe('Bắc Ninh');
    expect(get(kcn, NAMES.meta('deadline'))).toBe('2025-03-31');
    expect(get(kcn, NAMES.meta('contact'))).toBe('Nguyễn Văn A, 0222 3822 000');
    // Its own figure and its shared denominator are pre-filled from the master; nothing else is there.
    expect(get(kcn, NAMES.input('ip_projects'))).toBe(600);
    expect(get(kcn, NAMES.input('active_enterprises'))).toBe(15000);
    expect(kcn.has(NAMES.input('grdp').toUpperCase())).toBe(false);
    expect(kcn.has(NAMES.input('cluster_projects').toUpperCase())).toBe(false);
    // The cover and entry sheet say who supplies the shared rows.
    const entry = await readSheetGrid(join(agencyDir, 'Ban Quản lý các khu công nghiệp tỉnh.xlsx'), [
      'Nhập liệu',
    ]);
    expect(JSON.stringify(entry!.grid)).toMatch(/do Sở KH&CN cung cấp/);
  });

  it('merge brings every owned figure in with provenance, lists the conflict, refuses another province', async () => {
    // Each agency fills its workbook; the industrial parks board disagrees with the master on
    // ip_projects; Industry and Trade also "corrects" a shared denominator, which is not theirs.
    const from: string[] = [];
    for (const share of shares) {
      const file = join(agencyDir, `${fileOf(share.agency)}.xlsx`);
      const figures = agencyFigures(share.owned);
      if (share.agency === 'doit') figures[NAMES.input('active_enterprises')] = 15500;
      await fillByNames(file, figures);
      from.push(file);
    }
    // A workbook from another province (made the same way) is refused with the reason.
    const other = await template(dir, 'Hà Nội', 'other');
    const otherDir = join(dir, 'other-agencies');
    expect((await run('split', '--workbook', other, '--out-dir', otherDir, '--agency', 'doit')).code).toBe(0);
    const foreign = join(otherDir, 'Sở Công Thương.xlsx');
    await fillByNames(foreign, { [NAMES.input('cluster_projects')]: 1 });

    const merged = join(dir, 'merged.xlsx');
    const r = await run(
      'merge',
      '--workbook',
      master,
      ...from.flatMap((f) => ['--from', f]),
      '--from',
      foreign,
      '--out',
      merged,
      '--json',
    );
    expect(r.code).toBe(1); // a conflict left unresolved and a file refused
    expect(r.err).toMatch(/1 unresolved conflict:/);
    const doc = JSON.parse(r.out);
    expect(doc.files.filter((f: { status: string }) => f.status === 'refused')).toEqual([
      {
        file: 'Sở Công Thương.xlsx',
        status: 'refused',
        reason: expect.objectContaining({ en: expect.stringMatching(/Hà Nội/) }),
      },
    ]);
    expect(doc.conflicts).toEqual([
      expect.objectContaining({
        name: 'PII_in_ip_projects',
        master: 600,
        agencyValue: 640,
        outcome: 'conflict',
        file: 'Ban Quản lý các khu công nghiệp tỉnh.xlsx',
      }),
    ]);
    expect(doc.lostParts).toEqual([]);
    expect(doc.ignored).toEqual([
      expect.objectContaining({
        name: 'PII_in_active_enterprises',
        master: 15000,
        agencyValue: 15500,
        agency: 'doit',
      }),
    ]);
    // Every owned figure of every agency is in the master, imported once with its provenance
    // (education_spending, led by two agencies who agree, comes from the first of them).
    const named = await readNamedValues(readFileSync(merged));
    for (const share of shares) {
      for (const [name, value] of Object.entries(agencyFigures(share.owned))) {
        if (name === NAMES.input('ip_projects')) continue;
        expect([name, get(named, name)]).toEqual([name, value]);
        const imported = doc.imported.filter((x: { name: string }) => x.name === name);
        expect(imported).toEqual([
          expect.objectContaining({ master: null, agencyValue: value, importedAt: doc.importedAt }),
        ]);
      }
    }
    expect(get(named, NAMES.input('ip_projects'))).toBe(600); // not overwritten
    expect(get(named, NAMES.input('active_enterprises'))).toBe(15000); // not the agency's to change
    expect(get(named, NAMES.evidence('grdp'))).toBe('Niên giám thống kê 2024');
    expect(get(named, NAMES.meta('version'))).toBe(TEMPLATE_VERSION);

    // Provenance on the log sheet: file, time, previous value, outcome.
    const log = await readSheetGrid(merged, ['Nhật ký nhập']);
    const rows = log!.grid.slice(3);
    expect(rows.length).toBe(doc.imported.length + doc.conflicts.length + doc.ignored.length + 1);
    const conflictRow = rows.find((row) => row[5] === 'PII_in_ip_projects')!;
    expect(conflictRow.slice(0, 8)).toEqual([
      doc.importedAt,
      'Ban Quản lý các khu công nghiệp tỉnh.xlsx',
      'ip_board',
      'ip_projects',
      'Năm nay',
      'PII_in_ip_projects',
      600,
      640,
    ]);
    expect(String(conflictRow[8])).toMatch(/XUNG ĐỘT/);
    expect(rows.some((row) => String(row[8]).includes('Hà Nội'))).toBe(true);

    // The template stamp's custom XML part survives the merge; formulas carry no stale results.
    const zip = await JSZip.loadAsync(readFileSync(merged));
    expect(Object.keys(zip.files).some((p) => p.startsWith('customXml/item'))).toBe(true);
    const sheet1 = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheet1).not.toMatch(/<f>[^<]*<\/f><v>/);

    // --prefer agency settles the conflict on a second merge into the merged file; the log grows.
    const kcn = from.find((f) => f.includes('khu công nghiệp'))!;
    const again = join(dir, 'merged2.xlsx');
    const r2 = await run('merge', '--workbook', merged, '--from', kcn, '--out', again, '--prefer', 'agency');
    expect(r2.err).toBe('');
    expect(r2.code).toBe(0);
    expect(r2.out).toMatch(/PII_in_ip_projects .*master = 600, agency = 640/);
    const named2 = await readNamedValues(readFileSync(again));
    expect(get(named2, NAMES.input('ip_projects'))).toBe(640);
    const log2 = await readSheetGrid(again, ['Nhật ký nhập']);
    expect(log2!.grid.length).toBe(log!.grid.length + 1);
  });

  it("merge into a master holding the officer's chart keeps the chart and every part it does not write", async () => {
    const withOfficersChart = join(dir, 'master-chart.xlsx');
    writeFileSync(
      withOfficersChart,
      await withChart(readFileSync(master), 'Nhập liệu', "'Nhập liệu'!$D$8:$D$12"),
    );
    const doit = join(agencyDir, 'Sở Công Thương.xlsx');
    const merged = join(dir, 'merged-chart.xlsx');
    const r = await run('merge', '--workbook', withOfficersChart, '--from', doit, '--out', merged, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.lostParts).toEqual([]);
    expect(doc.imported.length).toBeGreaterThan(0);
    const [a, b] = await Promise.all(
      [withOfficersChart, merged].map((f) => JSZip.loadAsync(readFileSync(f))),
    );
    for (const part of [
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
    ])
      expect(await b.file(part)!.async('string')).toBe(await a.file(part)!.async('string'));
    const named = await readNamedValues(readFileSync(merged));
    for (const { name, agencyValue } of doc.imported)
      expect([name, get(named, name)]).toEqual([name, agencyValue]);
  });

  it('refuses a master older than the evidence register for split, merge and package, saying how to upgrade', async () => {
    const old = join(dir, 'old-master.xlsx');
    copyFileSync(master, old);
    await fillByNames(old, { [NAMES.meta('version')]: '1.3.0' });
    for (const args of [
      ['split', '--workbook', old, '--out-dir', join(dir, 'old-split')],
      [
        'merge',
        '--workbook',
        old,
        '--from',
        join(agencyDir, 'Sở Công Thương.xlsx'),
        '--out',
        join(dir, 'o.xlsx'),
      ],
      ['package', '--workbook', old, '--out', join(dir, 'old-package.xlsx')],
    ]) {
      const r = await run(...args);
      expect([args[0], r.code]).toEqual([args[0], 1]);
      expect(r.err).toMatch(/theo mẫu phiên bản 1\.3\.0.*bấm "Cập nhật mẫu"/);
      expect(r.err).toMatch(/before evidence had its 4 parts \(template 1\.4\.0\).*"Upgrade the template"/);
    }
    expect(existsSync(join(dir, 'old-split'))).toBe(false);
  });

  it('refuses a master that is an agency workbook, and a usage without --out', async () => {
    const agencyFile = join(agencyDir, 'Sở Công Thương.xlsx');
    const r = await run(
      'merge',
      '--workbook',
      agencyFile,
      '--from',
      agencyFile,
      '--out',
      join(dir, 'x.xlsx'),
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a PII master workbook .*agency workbook of "doit"/);
    expect((await run('merge', '--workbook', master, '--from', agencyFile)).code).toBe(2);
    // A file that is no workbook at all is refused like a foreign one; the others still merge.
    const notXlsx = tempFile('figures.xlsx', '{"values": {}}');
    const bad = await run(
      'merge',
      '--workbook',
      master,
      '--from',
      notXlsx,
      '--from',
      agencyFile,
      '--out',
      join(dir, 'y.xlsx'),
    );
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/figures\.xlsx: REFUSED, nothing imported: Cannot read the workbook/);
    expect(bad.out).toMatch(/Sở Công Thương\.xlsx: agency doit/);
    expect((await run('split', '--workbook', master, '--data', master, '--out-dir', dir)).code).toBe(2);
  });

  it('split also starts from a data file, for one agency', async () => {
    const data = tempFile('d.json', JSON.stringify(MASTER_DATA));
    const out = join(dirname(data), 'out');
    const r = await run(
      'split',
      '--data',
      data,
      '--province',
      'Bắc Ninh',
      '--year',
      '2025',
      '--out-dir',
      out,
      '--agency',
      'ip_board',
      '--deadline',
      '31/3/2025',
    );
    expect(r.code).toBe(0);
    const named = await readNamedValues(readFileSync(join(out, 'Ban Quản lý các khu công nghiệp tỉnh.xlsx')));
    expect(get(named, NAMES.input('ip_projects'))).toBe(600);
    expect(get(named, NAMES.meta('deadline'))).toBe('31/3/2025');
    expect((await run('split', '--data', data, '--out-dir', out, '--agency', 'statistics')).code).toBe(2);
  });
});

function fileOf(agency: string): string {
  return catalog.agencies.find((a) => a.id === agency)!.name.vi;
}
