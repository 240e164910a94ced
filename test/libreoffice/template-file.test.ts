// `pii template --out` writes a file LibreOffice opens with the six sheets and every defined name
// of the plan, pointing where the plan says; the cover carries the version stamp.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { builtinCatalog, loadCatalog } from '../../src/catalog';
import { main } from '../../src/cli/main';
import { buildPlan, catalogJsonOf, TEMPLATE_VERSION } from '../../src/plan';
import { cellText, convert, namedText, recalculate } from '../support/libreoffice';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-template-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function sink() {
  const chunks: string[] = [];
  return { write: (s: string) => (chunks.push(s), true), text: () => chunks.join('') };
}

test('pii template --out: six sheets and all names in LibreOffice, pre-filled data kept as typed', async () => {
  const out = path.join(dir, 'hung-yen.xlsx');
  const data = path.join(dir, 'data.json');
  fs.writeFileSync(
    data,
    JSON.stringify({
      values: { ocop_products: 300, communes: 161, policy_points: '1,5' },
      previous: { ocop_products: 250 },
      benchmarks: { '7.1.2': { min: 0, max: 5 } },
    }),
  );
  const stdout = sink();
  const stderr = sink();
  const code = await main(
    [
      'template',
      '--out',
      out,
      '--edition',
      '2023',
      '--province',
      'Hưng Yên',
      '--year',
      '2024',
      '--data',
      data,
    ],
    {
      stdout,
      stderr,
    } as never,
  );
  expect(stderr.text()).toBe('');
  expect(code).toBe(0);
  const plan = buildPlan(builtinCatalog('2023'), { province: 'Hưng Yên', year: 2024, lang: 'vi' });
  const names = plan.names.map((n) => ({ name: n.name, sheet: n.sheetName, address: n.address }));

  const recalc = (
    await recalculate([out], {
      expectSheets: ['Hướng dẫn', 'Nhập liệu', 'Tham chiếu', 'Kết quả', 'Kiểm tra', 'Danh mục'],
    })
  ).get(out)!;
  expect([...recalc.keys()].sort()).toEqual(
    ['Hướng dẫn', 'Nhập liệu', 'Tham chiếu', 'Kết quả', 'Kiểm tra', 'Danh mục'].sort(),
  );
  expect(namedText(recalc, names, 'PII_meta_version')).toBe(TEMPLATE_VERSION);
  expect(namedText(recalc, names, 'PII_meta_province')).toBe('Hưng Yên');
  expect(namedText(recalc, names, 'PII_meta_edition')).toBe('2023');
  expect(namedText(recalc, names, 'PII_in_policy_points')).toBe('1,5');
  expect(namedText(recalc, names, 'PII_status_policy_points')).toMatch(/^⛔ Không phải số/);
  expect(Number(namedText(recalc, names, 'PII_val_7_1_2'))).toBeCloseTo(300 / 161, 12);
  expect(Number(namedText(recalc, names, 'PII_score_7_1_2'))).toBeCloseTo((300 / 161 / 5) * 100, 10);
  expect(cellText(recalc, 'Hướng dẫn', 'B9')).toBe(namedText(recalc, names, 'PII_index'));

  // Round-trip through LibreOffice's own .xlsx export: every defined name survived, same target.
  const lo = (await convert([out], 'xlsx:Calc MS Excel 2007 XML', fs.mkdtempSync(path.join(dir, 'lo-')))).get(
    out,
  )!;
  const zip = await JSZip.loadAsync(fs.readFileSync(lo));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const defined = new Map(
    [...workbook.matchAll(/<definedName[^>]*name="([^"]+)"[^>]*>([^<]+)<\/definedName>/g)].map((m) => [
      m[1],
      m[2].replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
    ]),
  );
  for (const n of plan.names)
    expect([n.name, defined.get(n.name)]).toEqual([n.name, `${n.reference.slice(1)}`]);

  // The custom XML part identifies the template and its version, and carries its catalog.
  const ours = await JSZip.loadAsync(fs.readFileSync(out));
  const xml = await ours.file('customXml/item1.xml')!.async('string');
  expect(xml).toContain(`templateVersion="${TEMPLATE_VERSION}"`);
  expect(xml).toContain('edition="2023"');
  expect(loadCatalog(JSON.parse(catalogJsonOf(xml)!))).toEqual(builtinCatalog('2023'));
});

test('pii template --catalog: LibreOffice opens the file; its custom XML part carries that catalog', async () => {
  const catalogFile = path.join(__dirname, '..', 'fixtures', 'bac-ninh-2025.catalog.json');
  const out = path.join(dir, 'custom.xlsx');
  const stderr = sink();
  const code = await main(['template', '--out', out, '--catalog', catalogFile, '--province', 'Bắc Ninh'], {
    stdout: sink(),
    stderr,
  } as never);
  expect(stderr.text()).toBe('');
  expect(code).toBe(0);
  const catalog = loadCatalog(JSON.parse(fs.readFileSync(catalogFile, 'utf8')));
  const plan = buildPlan(catalog, { province: 'Bắc Ninh', year: 2025, lang: 'vi' });
  const names = plan.names.map((n) => ({ name: n.name, sheet: n.sheetName, address: n.address }));
  const sheets = plan.sheets.map((x) => x.name);
  const recalc = (await recalculate([out], { expectSheets: sheets })).get(out)!;
  expect([...recalc.keys()].sort()).toEqual([...sheets].sort());
  expect(namedText(recalc, names, 'PII_meta_edition')).toBe(catalog.edition);
  expect(namedText(recalc, names, 'PII_meta_province')).toBe('Bắc Ninh');
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const xml = await zip.file('customXml/item1.xml')!.async('string');
  expect(loadCatalog(JSON.parse(catalogJsonOf(xml)!))).toEqual(catalog);
});
