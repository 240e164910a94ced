import { WorkbookDouble } from '../../../src/dev/workbook-double';

describe('sync counting and request metrics', () => {
  it('counts one per context.sync(), whatever the batch carries', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    for (let i = 0; i < 50; i++) sheet.getRange(`A${i + 1}`).values = [[i]];
    await context.sync();
    expect(book.syncCount).toBe(1);
    await context.sync(); // empty
    expect(book.syncCount).toBe(2);
  });

  it('counts syncs across contexts and returns the pass-through value', async () => {
    const book = new WorkbookDouble();
    const a = book.requestContext();
    const b = book.requestContext();
    await expect(a.sync('x')).resolves.toBe('x');
    await b.sync();
    expect(book.syncCount).toBe(2);
  });

  it('counts a rejected sync too', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    context.workbook.worksheets.getItem('Nope').load('name');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(book.syncCount).toBe(1);
  });

  it('run() flushes leftover commands with one closing sync, and adds none when nothing is left', async () => {
    const book = new WorkbookDouble();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['left over']];
    });
    expect(book.syncCount).toBe(1);
    expect(book.getCell('Sheet1', 'A1').value).toBe('left over');

    const result = await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
      return range.values[0]![0];
    });
    expect(result).toBe('left over');
    expect(book.syncCount).toBe(2);
  });

  it('run() rejects a batch that does not return a promise', async () => {
    const book = new WorkbookDouble();
    const notAsync = (() => undefined) as unknown as (context: Excel.RequestContext) => Promise<void>;
    await expect(book.run(notAsync)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
  });

  it('measures the JSON size of each request and keeps the largest', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1:C100').values = Array.from({ length: 100 }, (_, r) => [r, `row ${r}`, true]);
    await context.sync();
    const big = book.lastRequestBytes;
    expect(big).toBeGreaterThan(1500);
    sheet.getRange('A1').values = [[1]];
    await context.sync();
    expect(book.lastRequestBytes).toBeGreaterThan(0);
    expect(book.lastRequestBytes).toBeLessThan(big);
    expect(book.largestRequestBytes).toBe(big);
    book.resetLargestRequest();
    expect(book.largestRequestBytes).toBe(0);
  });

  it('counts cells written through values and formulas, skipping null inputs', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A1:B2').values = [
      [1, null],
      [null, 4],
    ];
    sheet.getRange('C1:C3').formulas = [['=A1'], ['=A2'], [5]];
    sheet.getRange('D1').numberFormat = [['0.00']]; // formats are not cell writes
    await context.sync();
    expect(book.cellsWritten).toBe(5);
    await book.userEdit('Sheet1', 'E1', [['typed']]);
    expect(book.cellsWritten).toBe(5);
  });
});
