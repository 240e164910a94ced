// The exposures found against real Excel's failure modes (shared excel-failure-modes.md), each
// with a test that failed on the adapter before the transactional load.
import { WorkbookRefusal } from '../../../src/excel/refusal';
import { NAMES, SHEET_NAMES } from '../../../src/plan';
import { backupSheets, figuresOf, filledTemplate, lostFigures, portFor } from './fault-support';
import { catalog2023, options, planFor, setup, whereIs } from './helpers';

const refusalOf = (e: unknown): string | undefined => (e instanceof WorkbookRefusal ? e.kind : undefined);

describe('protection is read before anything is written', () => {
  it('a structure-protected workbook is refused, bilingual, with nothing changed', async () => {
    const { book } = await filledTemplate();
    const figures = figuresOf(book, planFor(options()));
    const sheets = book.sheetNames();
    book.protectStructure();
    const error = await portFor(book)
      .loadTemplate(options())
      .catch((e: unknown) => e);
    expect(refusalOf(error)).toBe('structureProtected');
    expect((error as WorkbookRefusal).text.vi).toContain('Bảo vệ sổ làm việc');
    expect((error as WorkbookRefusal).text.en).toContain('Protect Workbook');
    expect(book.sheetNames()).toEqual(sheets);
    expect(lostFigures(book, figures)).toEqual([]);
    expect(book.getSheet(SHEET_NAMES.entry.vi).protected).toBe(true);
  });

  it('a template sheet locked with a password: refused before the backup or any clearing', async () => {
    const { book } = await filledTemplate();
    const figures = figuresOf(book, planFor(options()));
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET_NAMES.benchmarks.vi);
      sheet.protection.unprotect();
      sheet.protection.protect(undefined, 'mật khẩu');
      await context.sync();
    });
    const error = await portFor(book)
      .loadTemplate(options())
      .catch((e: unknown) => e);
    expect(refusalOf(error)).toBe('sheetPassword');
    expect(lostFigures(book, figures)).toEqual([]);
    expect(backupSheets(book)).toEqual([]);
    expect(book.state.events.enabled).toBe(true);
  });

  it('a reload unprotects only protected sheets (build 2605 throws on the others)', async () => {
    const { book } = await filledTemplate();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET_NAMES.entry.vi).protection.unprotect();
      await context.sync();
    });
    book.excel.unprotectFailsWhenUnprotected = true;
    const figures = figuresOf(book, planFor(options()));
    await portFor(book).loadTemplate(options());
    expect(lostFigures(book, figures)).toEqual([]);
    expect(book.getSheet(SHEET_NAMES.entry.vi).protected).toBe(true);
  });

  it('a repair unprotects only protected sheets too', async () => {
    const { book } = await filledTemplate();
    const score = whereIs(book, 'PII_index');
    await book.run(async (context) => {
      context.workbook.worksheets.getItem(score.sheet).protection.unprotect();
      await context.sync();
    });
    book.setValues(score.sheet, score.address, [[99]]);
    book.excel.unprotectFailsWhenUnprotected = true;
    const report = await portFor(book).repair(options());
    expect(report.tampered.map((t) => t.name)).toContain('PII_index');
    expect(book.getCell(score.sheet, score.address).formula).not.toBeNull();
  });
});

describe("only the template's own names are evaluated", () => {
  it.each([
    ['an OFFSET name', '=OFFSET(Sheet1!$A$1,0,0,COUNTA(Sheet1!$A:$A),1)'],
    ['a name of several areas', '=Sheet1!$A$1,Sheet1!$A$3'],
  ])('loading, reading and checking a workbook with %s never reads its values', async (_label, formula) => {
    const { book } = await filledTemplate();
    book.setValues('Sheet1', 'A1:A3', [['a'], ['b'], ['c']]);
    await book.run(async (context) => {
      context.workbook.names.add('DanhSachCuaToi', formula);
      await context.sync();
    });
    const port = portFor(book);
    expect((await port.templateState()).kind).toBe('current');
    await port.loadTemplate(options());
    await port.readInput(catalog2023());
    await port.checkIntegrity(options());
    await port.repair(options());
    expect(book.crashes).toBe(0);
    expect(book.getNames().find((n) => n.name === 'DanhSachCuaToi')?.formula).toBe(formula);
  });
});

describe('names Excel does not describe (NamedItem.type null while another window has the focus)', () => {
  it('templateState says so instead of reporting "no template"', async () => {
    const { book } = await filledTemplate();
    book.excel.focusElsewhere = true;
    const error = await portFor(book)
      .templateState()
      .catch((e: unknown) => e);
    expect(refusalOf(error)).toBe('namesUnanswered');
    book.excel.focusElsewhere = false;
    expect((await portFor(book).templateState()).kind).toBe('current');
  });

  it('a load stops before writing anything', async () => {
    const { book } = await filledTemplate();
    const figures = figuresOf(book, planFor(options()));
    book.excel.focusElsewhere = true;
    book.resetCounters();
    const error = await portFor(book)
      .loadTemplate(options())
      .catch((e: unknown) => e);
    expect(refusalOf(error)).toBe('namesUnanswered');
    expect(book.cellsWritten).toBe(0);
    expect(lostFigures(book, figures)).toEqual([]);
  });
});

describe("the add-in's own writes are not the officer's edits", () => {
  it.each(['1.8', '1.9'])('ExcelApi %s: a reload triggers no live validation round', async (api) => {
    const { book, port } = setup(api);
    await port.loadTemplate(options());
    await book.settle();
    const calls: number[] = [];
    const stop = await port.onEdit(() => calls.push(1));
    await port.loadTemplate(options());
    await book.settle();
    expect(calls).toHaveLength(0);
    const w = whereIs(book, NAMES.input(catalog2023().components[0].id));
    await book.userEdit(w.sheet, w.address, [[5]]);
    expect(calls).toHaveLength(1); // events are on again
    await stop();
  });

  it('a load that fails switches events back on', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    book.failCommand('Range.formulas', 3);
    await expect(port.loadTemplate(options())).rejects.toBeInstanceOf(WorkbookRefusal);
    expect(book.state.events.enabled).toBe(true);
  });

  it('after a repair re-creates a sheet, subscribing again watches it (ExcelApi 1.8: per sheet)', async () => {
    const { book, port } = setup('1.8');
    await port.loadTemplate(options());
    await book.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET_NAMES.entry.vi).delete();
      await context.sync();
    });
    await port.repair(options());
    await book.settle();
    const calls: number[] = [];
    const stop = await port.onEdit(() => calls.push(1));
    const w = whereIs(book, NAMES.input(catalog2023().components[0].id));
    await book.userEdit(w.sheet, w.address, [[7]]);
    expect(calls).toHaveLength(1);
    await stop();
  });
});

describe('names are added as references, never as text', () => {
  it('every PII_ name after a load points at cells (a reference without "=" would be stored as text)', async () => {
    const { book } = await filledTemplate();
    const names = book.getNames().filter((n) => n.name.startsWith('PII_'));
    expect(names.length).toBeGreaterThan(300);
    for (const n of names)
      expect({ name: n.name, ok: /^=.+!\$[A-Z]+\$\d+/.test(n.formula) }).toEqual({ name: n.name, ok: true });
  });
});
