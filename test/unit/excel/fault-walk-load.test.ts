// Every failure point of a first load, a reload and an upgrade, on the workbook double that fails
// like Excel (see fault-support.ts for what is checked at each point).
import type { WorkbookPort } from '../../../src/excel/port';
import { WorkbookRefusal } from '../../../src/excel/refusal';
import { scaleCatalog } from '../../../src/plan';
import { catalog2023, fillInputs, options, planFor, setup } from './helpers';
import {
  backupSheets,
  figuresOf,
  filledTemplate,
  lostFigures,
  portFor,
  walkScenarios,
} from './fault-support';

const OWN = [
  ['Chỉ tiêu', 'Giá trị'],
  ['Của tôi', 42],
];

const reload = (port: WorkbookPort) => port.loadTemplate(options());

walkScenarios([
  [
    'a first load over an officer\'s workbook (own "Kết quả" sheet, own OFFSET name)',
    async () => {
      const { book } = setup();
      book.setValues('Sheet1', 'A1:B2', OWN);
      await book.run(async (context) => {
        context.workbook.worksheets.add('Kết quả').getRange('A1:B2').values = OWN;
        context.workbook.names.add('DanhSach', '=OFFSET(Sheet1!$A$1,0,0,COUNTA(Sheet1!$A:$A),1)');
        await context.sync();
      });
      return { book, action: reload, figures: [], own: { Sheet1: OWN, 'Kết quả': OWN } };
    },
  ],
  [
    'a reload over a filled template',
    async () => {
      const { book } = await filledTemplate();
      return { book, action: reload, figures: figuresOf(book, planFor(options())), own: {} };
    },
  ],
  [
    'an upgrade that drops components (their figures go to the "not carried" sheet)',
    async () => {
      const { book, port } = setup();
      const old = options(scaleCatalog(catalog2023(), 2));
      await port.loadTemplate(old);
      await fillInputs(book, planFor(old), (_n, i) => i + 1);
      const current = new Set(planFor(options()).names.map((n) => n.name.toUpperCase()));
      const figures = figuresOf(book, planFor(old)).map((f) => ({
        ...f,
        target: current.has(f.name.toUpperCase()) ? f.target : ('kept' as const),
      }));
      return { book, action: reload, figures, own: {} };
    },
  ],
  [
    "a reload with an officer's OFFSET and multi-area names",
    async () => {
      const { book } = await filledTemplate();
      book.setValues('Sheet1', 'A1:A3', [['a'], ['b'], ['c']]);
      await book.run(async (context) => {
        context.workbook.names.add('DanhSach', '=OFFSET(Sheet1!$A$1,0,0,COUNTA(Sheet1!$A:$A),1)');
        context.workbook.names.add('HaiVung', '=Sheet1!$A$1,Sheet1!$A$3');
        await context.sync();
      });
      const own = { Sheet1: [['a'], ['b'], ['c']] };
      return { book, action: reload, figures: figuresOf(book, planFor(options())), own };
    },
  ],
]);

describe('a failed load tells the pane, in both languages, that nothing is lost', () => {
  it('is a WorkbookRefusal naming the backup sheet', async () => {
    const { book } = await filledTemplate();
    book.failCommand('Range.clear', 1);
    const error = await portFor(book)
      .loadTemplate(options())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookRefusal);
    const refusal = error as WorkbookRefusal;
    expect(refusal.kind).toBe('loadInterrupted');
    expect(refusal.text.vi).toContain('Không mất số liệu nào');
    expect(refusal.text.en).toContain('No figure is lost');
    expect(refusal.text.vi).toContain(backupSheets(book)[0]);
    expect(backupSheets(book)).toHaveLength(1);
  });

  it('the next templateState reports the interrupted load; the next load reports what it restored', async () => {
    const { book } = await filledTemplate();
    const figures = figuresOf(book, planFor(options()));
    book.failCommand('WorksheetFreezePanes.freezeAt', 1);
    await expect(portFor(book).loadTemplate(options())).rejects.toBeInstanceOf(WorkbookRefusal);
    book.clearFaults();
    const port = portFor(book);
    const state = await port.templateState();
    // The backup also keeps the cover's province and year.
    expect(state.interrupted).toEqual({ sheets: backupSheets(book), figures: figures.length + 2 });
    const report = await port.loadTemplate(options());
    expect(report.recovered?.sheets).toEqual(state.interrupted?.sheets);
    expect(report.recovered?.restored).toBeGreaterThan(0);
    expect(lostFigures(book, figures)).toEqual([]);
    expect(backupSheets(book)).toEqual([]);
  });
});
