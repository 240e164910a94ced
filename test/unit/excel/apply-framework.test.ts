// "Apply framework" on the workbook double: read the Danh mục sheet in one sync, validate it with
// the same loader, then the lossless reload with the edited catalog: figures carried by
// component id, a removed component's figures kept on the "not carried" sheet.
import { loadCatalog } from '../../../src/catalog';
import { NOT_CARRIED_SHEET } from '../../../src/excel';
import { cellAddress, frameworkFromGrid, rangeAddress } from '../../../src/plan';
import { catalog2023, options, setup, valueOf } from './helpers';

describe('applying an edited framework sheet', () => {
  test('read in 1 sync, validated, reloaded: edits applied, figures carried, removed ones kept', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    const entry = 'Nhập liệu';
    const at = (name: string) => {
      const n = book.getNames().find((x) => x.name === name)!;
      return n.formula.replace(/^.*!/, '').replace(/\$/g, '');
    };
    await book.userEdit(entry, at('PII_in_grdp'), [[120000]]);
    await book.userEdit(entry, at('PII_in_st_spending'), [[250]]);
    await book.userEdit(entry, at('PII_in_research_collabs'), [[7]]);

    const first = await port.readFramework();
    expect(first?.sheet).toBe('Danh mục');
    const grid = first!.values;
    const rowOf = (v: string) => grid.findIndex((r) => r[0] === v);
    const head = rowOf('Chỉ số thành phần') + 1;
    const colOf = (h: string) => grid[head].indexOf(h);
    const edit = (row: number, col: number, values: unknown[][]) =>
      book.userEdit('Danh mục', rangeAddress(row, col, values.length, values[0].length), values);
    // 2.2.2's denominator becomes GRDP; 5.2.1 and its component research_collabs are removed.
    await edit(rowOf('2.2.2'), colOf('Mẫu số (mã thành phần)'), [['grdp']]);
    // A row is cleared across its own table's columns (the cells to its right are locked).
    const blankRow = (title: string) => {
      const header = grid[rowOf(title) + 1];
      return [Array.from({ length: header.filter((h) => h !== null && h !== '').length }, () => '')];
    };
    await edit(rowOf('5.2.1'), 0, blankRow('Chỉ số thành phần'));
    await edit(rowOf('research_collabs'), 0, blankRow('Thành phần số liệu'));

    book.resetCounters();
    const read = await port.readFramework();
    expect(book.syncCount).toBe(1);
    const result = frameworkFromGrid(read!.values, read!.sheet);
    if (!result.ok) throw new Error(result.problems.map((p) => p.cell + p.message).join('\n'));
    const edited = result.catalog;
    expect(edited.indicators.find((i) => i.code === '5.2.1')).toBeUndefined();
    expect(edited.components.find((c) => c.id === 'research_collabs')).toBeUndefined();

    const report = await port.loadTemplate(options(edited));
    expect(report.syncs).toBe(3);
    expect(valueOf(book, 'PII_in_grdp')).toBe(120000);
    expect(valueOf(book, 'PII_in_st_spending')).toBe(250);
    expect(report.notCarried.map((n) => [n.name, n.value])).toEqual([['PII_in_research_collabs', 7]]);
    expect(report.notCarriedSheet).toBe(NOT_CARRIED_SHEET.vi);
    expect(book.getCell(NOT_CARRIED_SHEET.vi, 'A2').value).toBe('PII_in_research_collabs');
    expect(book.getNames().some((n) => n.name === 'PII_in_research_collabs')).toBe(false);

    // The sheet and the embedded catalog are the edited catalog now.
    const again = await port.readFramework();
    const back = frameworkFromGrid(again!.values, again!.sheet);
    expect(back.ok && back.catalog).toEqual(edited);
    const state = await port.templateState();
    expect(state.kind).toBe('current');
    expect(state.kind !== 'none' && loadCatalog(JSON.parse(state.catalogJson!))).toEqual(edited);
    expect(edited).not.toEqual(catalog2023());
  });

  test('a broken edit is found before anything is written', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    const grid = (await port.readFramework())!.values;
    const head = grid.findIndex((r) => r[0] === 'Chỉ số thành phần') + 1;
    const row = grid.findIndex((r) => r[0] === '2.1.3');
    const col = grid[head].indexOf('Tử số (mã thành phần)');
    await book.userEdit('Danh mục', cellAddress(row, col), [['nobody']]);
    const read = (await port.readFramework())!;
    const result = frameworkFromGrid(read.values, read.sheet);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.cell)).toEqual([`'Danh mục'!${cellAddress(row, col)}`]);
  });

  test("the issue's other examples, typed on the sheet: a scale, a new indicator with its components, 4-star OCOP, a renamed sub-pillar", async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    const entry = 'Nhập liệu';
    const at = (name: string) =>
      book
        .getNames()
        .find((x) => x.name === name)!
        .formula.replace(/^.*!/, '')
        .replace(/\$/g, '');
    await book.userEdit(entry, at('PII_in_ocop_products'), [[88]]);
    await book.userEdit(entry, at('PII_in_population'), [[1500]]);

    const grid = (await port.readFramework())!.values;
    const title = (t: string) => grid.findIndex((r) => r[0] === t);
    const header = (t: string) => grid[title(t) + 1];
    const colOf = (t: string, h: string) => header(t).indexOf(h);
    const rowIn = (t: string, first: string) => grid.findIndex((r, i) => i > title(t) && r[0] === first);
    /** The first blank spare row of a table. */
    const spare = (t: string) => {
      let r = title(t) + 2;
      while ((grid[r] ?? []).some((v) => v !== null && v !== '')) r++;
      return r;
    };
    const put = async (row: number, t: string, cells: Record<string, unknown>) => {
      for (const [h, v] of Object.entries(cells)) {
        const col = colOf(t, h);
        if (col < 0) throw new Error(`no column ${h} in ${t}`);
        await book.userEdit('Danh mục', cellAddress(row, col), [[v]]);
        (grid[row] ??= [])[col] = v as never;
      }
    };
    const IND = 'Chỉ số thành phần';
    const COMP = 'Thành phần số liệu';
    await put(rowIn(IND, '2.2.4'), IND, { 'Hệ số nhân': 1000 }); // a scale
    await put(rowIn('Nhóm chỉ số', '2.1'), 'Nhóm chỉ số', { 'Tên (tiếng Việt)': 'Giáo dục phổ thông' });
    // OCOP products of 4 stars and above replace all OCOP products in 7.1.2.
    await put(spare(COMP), COMP, {
      'Mã định danh': 'ocop_products_4star',
      'Tên (tiếng Việt)': 'Số sản phẩm OCOP từ 4 sao',
      'Tên (tiếng Anh)': 'OCOP products of 4 stars and above',
      Loại: 'integer',
      'Cần minh chứng': true,
    });
    await put(rowIn(IND, '7.1.2'), IND, { 'Tử số (mã thành phần)': 'ocop_products_4star' });
    const oldOcop = rowIn(COMP, 'ocop_products');
    await book.userEdit(
      'Danh mục',
      rangeAddress(oldOcop, 0, 1, header(COMP).filter((h) => h !== null && h !== '').length),
      [
        header(COMP)
          .filter((h) => h !== null && h !== '')
          .map(() => ''),
      ],
    );
    // A new indicator and its component.
    await put(spare(COMP), COMP, {
      'Mã định danh': 'patents',
      'Tên (tiếng Việt)': 'Số bằng sáng chế',
      'Tên (tiếng Anh)': 'Patents granted',
      Loại: 'integer',
    });
    await put(spare(IND), IND, {
      Mã: '2.2.9',
      'Nhóm chỉ số': '2.2',
      'Tên (tiếng Việt)': 'Bằng sáng chế/10.000 dân',
      'Tên (tiếng Anh)': 'Patents per 10,000 people',
      'Tử số (mã thành phần)': 'patents',
      'Mẫu số (mã thành phần)': 'population',
      'Hệ số nhân': 10000,
    });

    const read = (await port.readFramework())!;
    const result = frameworkFromGrid(read.values, read.sheet);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.cell}: ${p.message}`).join('\n'));
    const edited = result.catalog;
    const report = await port.loadTemplate(options(edited));
    // Applied: each edit is in the template's own catalog and cells.
    const state = await port.templateState();
    const own = loadCatalog(JSON.parse(state.kind !== 'none' ? state.catalogJson! : '{}'));
    expect(own.indicators.find((i) => i.code === '2.2.4')!.formula).toMatchObject({ scale: 1000 });
    expect(own.indicators.find((i) => i.code === '7.1.2')!.formula).toMatchObject({
      numerator: ['ocop_products_4star'],
    });
    expect(own.subPillars.find((x) => x.code === '2.1')!.name.vi).toBe('Giáo dục phổ thông');
    expect(book.getNames().map((n) => n.name)).toEqual(
      expect.arrayContaining(['PII_in_patents', 'PII_val_2_2_9', 'PII_in_ocop_products_4star']),
    );
    // Lossless: the kept figure is in its cell, the removed component's is on the "not carried" sheet.
    expect(valueOf(book, 'PII_in_population')).toBe(1500);
    expect(report.notCarried.map((n) => [n.name, n.value])).toEqual([['PII_in_ocop_products', 88]]);
    expect(report.renamedSheets).toBeUndefined();
  });

  test('a workbook without the sheet reads as null', async () => {
    const { port } = setup();
    expect(await port.readFramework()).toBeNull();
  });
});
