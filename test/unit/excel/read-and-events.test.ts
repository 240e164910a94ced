// readInput (one sync, cells as Excel holds them), select, onEdit.
import { NAMES } from '../../../src/plan';
import { scaleCatalog } from '../../../src/plan';
import { catalog2023, options, setup, whereIs } from './helpers';

describe('readInput', () => {
  it('reads every named input in one sync: numbers, text as text, blanks as null', async () => {
    const { book, port } = setup();
    const catalog = catalog2023();
    await port.loadTemplate(options(catalog));
    const [a, b, c] = catalog.components;
    const ind = catalog.indicators[0];
    const put = (name: string, v: unknown) => {
      const w = whereIs(book, name);
      return book.userEdit(w.sheet, w.address, [[v]]);
    };
    await put(NAMES.input(a.id), 1234.5);
    await put(NAMES.input(b.id), '1,5');
    await put(NAMES.previous(a.id), "'12");
    await put(NAMES.evidence(a.id), 'QĐ 123/QĐ-UBND ngày 1/2/2024');
    await put(NAMES.benchmarkMin(ind.code), 0);
    await put(NAMES.benchmarkMax(ind.code), 80);

    book.resetCounters();
    const input = await port.readInput(catalog);
    expect(book.syncCount).toBe(1);
    expect(input.values[a.id]).toBe(1234.5);
    expect(input.values[b.id]).toBe('1,5');
    expect(input.values[c.id]).toBeNull();
    expect(input.previous?.[a.id]).toBe('12');
    expect(input.evidence?.[a.id]).toBe('QĐ 123/QĐ-UBND ngày 1/2/2024');
    expect(input.benchmarks?.[ind.code]).toEqual({ min: 0, max: 80 });
    expect(Object.keys(input.values)).toHaveLength(catalog.components.length);
  });

  it("reads the cover's province, year and deadline in the same sync, as the officer typed them", async () => {
    const { book, port } = setup();
    const catalog = catalog2023();
    expect((await port.readInput(catalog)).cover).toBeUndefined(); // no template, no cover
    await port.loadTemplate(options(catalog));
    book.resetCounters();
    const loaded = await port.readInput(catalog);
    expect(book.syncCount).toBe(1);
    expect(loaded.cover).toEqual({
      province: options(catalog).province,
      year: options(catalog).year,
      deadline: null,
      contact: null,
    });
    const deadline = whereIs(book, NAMES.meta('deadline'));
    await book.userEdit(deadline.sheet, deadline.address, [['31/03/2025']]);
    const year = whereIs(book, NAMES.meta('year'));
    await book.userEdit(year.sheet, year.address, [['abc']]);
    const province = whereIs(book, NAMES.meta('province'));
    await book.userEdit(province.sheet, province.address, [['Atlantis']]);
    expect((await port.readInput(catalog)).cover).toEqual({
      province: 'Atlantis',
      year: 'abc',
      deadline: '31/03/2025',
      contact: null,
    });
  });

  it('is one sync for a ten-times catalog too, and reads blanks without a template (2 syncs)', async () => {
    const { book, port } = setup();
    const catalog = scaleCatalog(catalog2023(), 10);
    const input = await port.readInput(catalog);
    expect(book.syncCount).toBe(2);
    expect(Object.values(input.values).every((v) => v === null)).toBe(true);
    await port.loadTemplate(options(catalog));
    book.resetCounters();
    await port.readInput(catalog);
    expect(book.syncCount).toBe(1);
  });
});

describe('select', () => {
  it('activates the sheet and selects the named cell', async () => {
    const { book, port } = setup();
    const catalog = catalog2023();
    await port.loadTemplate(options(catalog));
    const code = catalog.indicators[2].code;
    await port.select({ ref: 'benchmarkMax', indicator: code });
    expect(book.selection).toEqual(whereIs(book, NAMES.benchmarkMax(code)));
    const id = catalog.components[3].id;
    await port.select({ ref: 'value', component: id });
    expect(book.selection).toEqual(whereIs(book, NAMES.input(id)));
  });
});

describe('onEdit', () => {
  it.each(['1.8', '1.9'])(
    'ExcelApi %s: calls back on template edits, writes nothing, unsubscribes',
    async (api) => {
      const { book, port } = setup(api);
      await port.loadTemplate(options());
      await book.settle(); // the load's own change events are delivered before we subscribe
      const calls: number[] = [];
      const stop = await port.onEdit(() => calls.push(1));
      book.resetCounters();
      const w = whereIs(book, NAMES.input(catalog2023().components[0].id));
      await book.userEdit(w.sheet, w.address, [[5]]);
      expect(calls).toHaveLength(1);
      expect(book.syncCount).toBe(0);
      expect(book.cellsWritten).toBe(0);
      await book.userEdit('Sheet1', 'A1', [['not the template']]);
      expect(calls).toHaveLength(1);
      await stop();
      await book.userEdit(w.sheet, w.address, [[6]]);
      expect(calls).toHaveLength(1);
    },
  );
});
