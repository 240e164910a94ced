// run(previous, batch), like Excel.run(context | object | objects | options, batch): the batch runs
// on the earlier context, which is how Office removes an event handler added by an earlier run.
import { WorkbookDouble, installOfficeGlobals } from '../../../src/dev/workbook-double';

type Args = Excel.WorksheetChangedEventArgs;

describe('run with an earlier context', () => {
  it('runs the batch on the given context, or on the context of the given object(s) or options', async () => {
    const book = new WorkbookDouble({ sheets: ['A'] });
    let first!: Excel.RequestContext;
    let sheet!: Excel.Worksheet;
    await book.run(async (context) => {
      first = context;
      sheet = context.workbook.worksheets.getItem('A');
      await context.sync();
    });
    const seen: Excel.RequestContext[] = [];
    const note = async (context: Excel.RequestContext) => {
      seen.push(context);
      await Promise.resolve();
    };
    await book.run(first, note);
    await book.run(sheet, note);
    await book.run([sheet, sheet.getRange('A1')], note);
    await book.run({ previousObjects: first }, note);
    await book.run({ previousObjects: [sheet] }, note);
    expect(seen).toHaveLength(5);
    expect(seen.every((c) => c === first)).toBe(true);
    expect(book.runsOn(first)).toBe(6);

    // An object of the earlier context works in the later run, queued commands are synced at the end.
    await book.run(sheet, async () => {
      sheet.getRange('B2').values = [[7]];
      await Promise.resolve();
    });
    expect(book.getCell('A', 'B2').value).toBe(7);
  });

  it('a plain run gets a fresh context', async () => {
    const book = new WorkbookDouble();
    const contexts: Excel.RequestContext[] = [];
    for (let i = 0; i < 2; i++) {
      await book.run(async (context) => {
        contexts.push(context);
        await context.sync();
      });
    }
    expect(contexts[0]).not.toBe(contexts[1]);
    expect(book.runsOn(contexts[0])).toBe(1);
  });

  it("refuses another workbook's context and objects of different contexts", async () => {
    const book = new WorkbookDouble();
    const other = new WorkbookDouble();
    const batch = () => Promise.resolve();
    await expect(book.run(other.requestContext(), batch)).rejects.toMatchObject({
      code: 'InvalidRequestContext',
    });
    const a = book.requestContext().workbook.worksheets;
    const b = book.requestContext().workbook.worksheets;
    await expect(book.run([a, b], batch)).rejects.toMatchObject({ code: 'InvalidRequestContext' });
  });

  it('removes a handler the documented way: Excel.run(eventResult.context, ...)', async () => {
    const book = new WorkbookDouble();
    const restore = installOfficeGlobals(book);
    try {
      const seen: Args[] = [];
      const result = await Excel.run(async (context) => {
        const added = context.workbook.worksheets.getItem('Sheet1').onChanged.add(async (args: Args) => {
          seen.push(args);
          await Promise.resolve();
        });
        await context.sync();
        return added;
      });
      await book.userEdit('Sheet1', 'A1', [[1]]);
      expect(seen).toHaveLength(1);
      await Excel.run(result.context, async (context) => {
        result.remove();
        await context.sync();
      });
      expect(book.runsOn(result.context)).toBe(2);
      await book.userEdit('Sheet1', 'A1', [[2]]);
      expect(seen).toHaveLength(1);
    } finally {
      restore();
    }
  });
});
