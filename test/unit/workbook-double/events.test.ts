import { WorkbookDouble } from '../../../src/dev/workbook-double';

type Args = Excel.WorksheetChangedEventArgs;

async function subscribe(book: WorkbookDouble, sheet: string | null, seen: Args[]) {
  const context = book.requestContext();
  const source = sheet === null ? context.workbook.worksheets : context.workbook.worksheets.getItem(sheet);
  const result = source.onChanged.add(async (args: Args) => {
    seen.push(args);
  });
  await context.sync();
  return result;
}

describe('onChanged events', () => {
  it('fires after the sync that wrote values, not during it', async () => {
    const book = new WorkbookDouble({ sheets: ['Nhập liệu'] });
    const seen: Args[] = [];
    await subscribe(book, 'Nhập liệu', seen);
    const context = book.requestContext();
    context.workbook.worksheets.getItem('Nhập liệu').getRange('C12:D12').values = [[1, 2]];
    await context.sync();
    expect(seen).toHaveLength(0); // delivered asynchronously, after the sync resolved
    await book.settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      worksheetId: book.getSheet('Nhập liệu').id,
      address: 'C12:D12',
      changeType: 'RangeEdited',
      source: 'Local',
      type: 'WorksheetChanged',
      triggerSource: 'ThisLocalAddin',
    });
  });

  it('fires for a formulas write but not for a format change', async () => {
    const book = new WorkbookDouble();
    const seen: Args[] = [];
    await subscribe(book, 'Sheet1', seen);
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.format.fill.color = '#FFFF00';
      range.formulas = [['=1+1']];
      await context.sync();
    });
    await book.settle();
    expect(seen.map((e) => e.address)).toEqual(['A1']);
  });

  it('reports a user edit with source "Local" and the before/after values', async () => {
    const book = new WorkbookDouble();
    book.setValues('Sheet1', 'B2', [[1]]);
    const seen: Args[] = [];
    await subscribe(book, 'Sheet1', seen);
    await book.userEdit('Sheet1', 'B2', [['5']]);
    expect(book.getCell('Sheet1', 'B2').value).toBe(5);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ address: 'B2', source: 'Local', triggerSource: 'Unknown' });
    expect(seen[0]!.details).toMatchObject({ valueBefore: 1, valueAfter: 5 });
  });

  it('lets a handler read the edited range through its own context', async () => {
    const book = new WorkbookDouble();
    const read: unknown[] = [];
    const context = book.requestContext();
    context.workbook.worksheets.getItem('Sheet1').onChanged.add(async (args: Args) => {
      await book.run(async (ctx) => {
        const range = args.getRange(ctx).load('values');
        await ctx.sync();
        read.push(range.values);
      });
    });
    await context.sync();
    await book.userEdit('Sheet1', 'A1:B1', [['a', 'b']]);
    expect(read).toEqual([[['a', 'b']]]);
  });

  it('only hears its own sheet, while worksheets.onChanged hears every sheet', async () => {
    const book = new WorkbookDouble({ sheets: ['A', 'B'] });
    const onA: Args[] = [];
    const onAll: Args[] = [];
    await subscribe(book, 'A', onA);
    await subscribe(book, null, onAll);
    await book.userEdit('B', 'A1', [[1]]);
    await book.userEdit('A', 'A1', [[1]]);
    expect(onA.map((e) => e.worksheetId)).toEqual([book.getSheet('A').id]);
    expect(onAll.map((e) => e.worksheetId)).toEqual([book.getSheet('B').id, book.getSheet('A').id]);
  });

  it('stops delivering after remove() and a sync', async () => {
    const book = new WorkbookDouble();
    const seen: Args[] = [];
    const handle = await subscribe(book, 'Sheet1', seen);
    handle.remove();
    await handle.context.sync();
    await book.userEdit('Sheet1', 'A1', [[1]]);
    expect(seen).toHaveLength(0);
  });

  it('registers a handler only at the next sync', async () => {
    const book = new WorkbookDouble();
    const seen: Args[] = [];
    const context = book.requestContext();
    context.workbook.worksheets.getItem('Sheet1').onChanged.add(async (args: Args) => {
      seen.push(args);
    });
    await book.userEdit('Sheet1', 'A1', [[1]]);
    expect(seen).toHaveLength(0);
    await context.sync();
    await book.userEdit('Sheet1', 'A1', [[2]]);
    expect(seen).toHaveLength(1);
  });

  it('is silenced by context.runtime.enableEvents = false', async () => {
    const book = new WorkbookDouble();
    const seen: Args[] = [];
    await subscribe(book, 'Sheet1', seen);
    await book.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await context.sync();
    });
    await book.settle();
    expect(seen).toHaveLength(0);
  });

  it('collects errors thrown by handlers instead of crashing', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    context.workbook.worksheets.getItem('Sheet1').onChanged.add(async () => {
      throw new Error('handler failed');
    });
    await context.sync();
    await book.userEdit('Sheet1', 'A1', [[1]]);
    expect(book.eventHandlerErrors).toEqual([new Error('handler failed')]);
  });
});

describe('onChanged timing', () => {
  it('does not report edits made before the handler was registered', async () => {
    const book = new WorkbookDouble();
    const seen: Args[] = [];
    const context = book.requestContext();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    await context.sync(); // its event is still in flight
    context.workbook.worksheets.getItem('Sheet1').onChanged.add(async (args: Args) => {
      seen.push(args);
    });
    await context.sync();
    await book.settle();
    expect(seen).toHaveLength(0);
  });
});
