// pii catalog --workbook: the framework sheet of a template, edited with exceljs as an officer
// would in Excel, read back through the same loader; its --json feeds pii template --catalog.
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { builtinCatalog, loadCatalog, type Catalog } from '../../../src/catalog';
import { run } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'pii-fw-'));
const file = (name: string) => join(dir, name);

/** The framework sheet: find a table by title, a column by header, a row by its first cell. */
function sheetTools(ws: ExcelJS.Worksheet) {
  const text = (r: number, c: number) => {
    const v = ws.getCell(r, c).value;
    return v === null || v === undefined ? '' : String(v);
  };
  const rowWhere = (first: string, from = 1) => {
    for (let r = from; r <= ws.rowCount; r++) if (text(r, 1) === first) return r;
    throw new Error(`no row ${first}`);
  };
  const table = (title: string) => {
    const titleRow = rowWhere(title);
    const header = titleRow + 1;
    const col = (h: string) => {
      for (let c = 1; c <= ws.columnCount; c++) if (text(header, c) === h) return c;
      throw new Error(`no column ${h}`);
    };
    const row = (first: string) => rowWhere(first, header + 1);
    const firstBlank = () => {
      let r = header + 1;
      while (text(r, 1) !== '') r++;
      return r;
    };
    const set = (r: number, values: Record<string, ExcelJS.CellValue>) => {
      for (const [h, v] of Object.entries(values)) ws.getCell(r, col(h)).value = v;
    };
    return { col, row, firstBlank, set };
  };
  return { table };
}

async function edit(from: string, to: string, change: (t: ReturnType<typeof sheetTools>) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.getWorksheet('Danh mục');
  if (!ws) throw new Error('no framework sheet');
  change(sheetTools(ws));
  await wb.xlsx.writeFile(to);
}

describe('pii catalog --workbook', () => {
  let template: string;
  beforeAll(async () => {
    template = file('template.xlsx');
    const r = await run('template', '--out', template, '--edition', '2023', '--year', '2024');
    expect(r.code).toBe(0);
  });

  test('an untouched template reads back as its catalog', async () => {
    const r = await run('catalog', '--workbook', template, '--json');
    expect(r.err).toBe('');
    expect(loadCatalog(JSON.parse(r.out))).toEqual(builtinCatalog('2023'));
  });

  test("the officer's edits are in the catalog, and the catalog makes a template", async () => {
    const edited = file('edited.xlsx');
    await edit(template, edited, ({ table }) => {
      const ind = table('Chỉ số thành phần');
      ind.set(ind.row('2.2.2'), { 'Mẫu số (mã thành phần)': 'grdp' }); // a denominator
      ind.set(ind.row('2.2.4'), { 'Hệ số nhân': 1000 }); // a scale
      ind.set(ind.firstBlank(), {
        Mã: '2.2.9',
        'Nhóm chỉ số': '2.2',
        'Tên (tiếng Việt)': 'Số bằng sáng chế/10.000 dân',
        'Tên (tiếng Anh)': 'Patents per 10,000 people',
        'Tử số (mã thành phần)': 'patents, utility_models',
        'Mẫu số (mã thành phần)': 'population',
        'Hệ số nhân': 10000,
        'Cơ quan chủ trì': 'dost',
      });
      const comp = table('Thành phần số liệu');
      const first = comp.firstBlank();
      comp.set(first, {
        'Mã định danh': 'patents',
        'Tên (tiếng Việt)': 'Số bằng sáng chế',
        'Tên (tiếng Anh)': 'Patents granted',
        Loại: 'integer',
        'Cần minh chứng': true,
      });
      comp.set(first + 1, {
        'Mã định danh': 'utility_models',
        'Tên (tiếng Việt)': 'Số giải pháp hữu ích',
        'Tên (tiếng Anh)': 'Utility models granted',
        Loại: 'integer',
      });
      // Only OCOP products of 4 stars and above count for 7.1.2.
      comp.set(first + 2, {
        'Mã định danh': 'ocop_products_4star',
        'Tên (tiếng Việt)': 'Số sản phẩm OCOP từ 4 sao',
        'Tên (tiếng Anh)': 'OCOP products of 4 stars and above',
        Loại: 'integer',
      });
      ind.set(ind.row('7.1.2'), { 'Tử số (mã thành phần)': 'ocop_products_4star' });
      const sub = table('Nhóm chỉ số');
      sub.set(sub.row('2.1'), {
        'Tên (tiếng Việt)': 'Giáo dục phổ thông',
        'Tên (tiếng Anh)': 'School education',
      });
    });

    const r = await run('catalog', '--workbook', edited, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const catalog = loadCatalog(JSON.parse(r.out)) as Catalog;
    const ind = (code: string) => catalog.indicators.find((i) => i.code === code)!;
    expect(ind('2.2.2').formula).toEqual({
      kind: 'ratio',
      numerator: ['st_spending'],
      denominator: ['grdp'],
      scale: 100,
    });
    expect(ind('2.2.4').formula).toMatchObject({ scale: 1000 });
    expect(ind('7.1.2').formula).toMatchObject({
      numerator: ['ocop_products_4star'],
      denominator: ['communes'],
    });
    expect(ind('2.2.9')).toMatchObject({
      subPillar: '2.2',
      name: { vi: 'Số bằng sáng chế/10.000 dân', en: 'Patents per 10,000 people' },
      formula: {
        kind: 'ratio',
        numerator: ['patents', 'utility_models'],
        denominator: ['population'],
        scale: 10000,
      },
      lead: ['dost'],
      direction: 'higher',
    });
    expect(catalog.components.find((c) => c.id === 'patents')).toMatchObject({
      kind: 'integer',
      evidenceRequired: true,
      shared: false,
    });
    expect(catalog.subPillars.find((s) => s.code === '2.1')!.name).toEqual({
      vi: 'Giáo dục phổ thông',
      en: 'School education',
    });
    const before = builtinCatalog('2023');
    expect(catalog.indicators).toHaveLength(before.indicators.length + 1);
    expect(catalog.components).toHaveLength(before.components.length + 3);

    // Its --json feeds pii template --catalog: the new components get their input cells.
    const json = file('edited.json');
    writeFileSync(json, r.out);
    const again = file('again.xlsx');
    const t = await run('template', '--out', again, '--catalog', json);
    expect(t.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    const names = wb.definedNames.model.map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'PII_in_patents',
        'PII_in_utility_models',
        'PII_val_2_2_9',
        'PII_in_ocop_products_4star',
      ]),
    );
  });

  test('a broken edit is reported at its cell in both languages, exit 1, nothing printed', async () => {
    const broken = file('broken.xlsx');
    let cell = '';
    await edit(template, broken, ({ table }) => {
      const ind = table('Chỉ số thành phần');
      const row = ind.row('2.1.3');
      const col = ind.col('Tử số (mã thành phần)');
      ind.set(row, { 'Tử số (mã thành phần)': 'contest_studnets' });
      cell = `'Danh mục'!${String.fromCharCode(64 + col)}${row}`;
    });
    const r = await run('catalog', '--workbook', broken, '--json');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('chưa áp dụng gì');
    expect(r.err).toContain('nothing applied');
    expect(r.err).toContain(
      `${cell} (Chỉ số thành phần, Tử số (mã thành phần) / Indicators, Numerator (component ids)): thành phần "contest_studnets" không tồn tại / unknown component "contest_studnets"`,
    );
  });

  test('a workbook without a framework sheet, and flags that cannot go together', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const plain = file('plain.xlsx');
    await wb.xlsx.writeFile(plain);
    const r = await run('catalog', '--workbook', plain);
    expect(r.code).toBe(1);
    expect(r.err).toContain('không có sheet "Danh mục" hoặc "Framework"');
    const both = await run('catalog', '--workbook', plain, '--edition', '2023');
    expect(both.code).toBe(2);
  });
});
