import { WorkbookDouble } from '../../../src/dev/workbook-double';

const NOT_LOADED =
  "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.";

describe('load / sync semantics', () => {
  it('throws PropertyNotLoaded when a property is read before load + sync', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
    expect(() => range.values).toThrow(NOT_LOADED);
    range.load('values');
    expect(() => range.values).toThrow(NOT_LOADED); // queued, not yet synced
    await context.sync();
    expect(range.values).toEqual([['']]);
  });

  it('carries the Office error code on the thrown error', () => {
    const context = new WorkbookDouble().requestContext();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    let caught: unknown;
    try {
      void sheet.name;
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'PropertyNotLoaded', name: 'RichApi.Error' });
  });

  it('applies a write only at the next sync', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [[42]];
    expect(book.getCell('Sheet1', 'B2').value).toBe('');
    await context.sync();
    expect(book.getCell('Sheet1', 'B2').value).toBe(42);
  });

  it('lets a proxy read back a value assigned to it, like office.js', () => {
    const context = new WorkbookDouble().requestContext();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
    range.values = [['x']];
    expect(range.values).toEqual([['x']]);
  });

  it('loads the state as of its place in the batch and keeps it until reloaded', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
    range.values = [[1, 2]];
    range.load('values');
    await context.sync();
    expect(range.values).toEqual([[1, 2]]);

    book.setValues('Sheet1', 'A1:B1', [[3, 4]]);
    expect(range.values).toEqual([[1, 2]]);
    range.load('values');
    await context.sync();
    expect(range.values).toEqual([[3, 4]]);
  });

  it('accepts the string, array and object forms of load()', async () => {
    const book = new WorkbookDouble();
    book.setValues('Sheet1', 'C3', [['v']]);
    const context = book.requestContext();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    const a = sheet.getRange('C3').load('values, address');
    const b = sheet.getRange('C3').load(['rowIndex', 'columnIndex']);
    const c = sheet.getRange('C3').load({ select: 'formulas' });
    const d = sheet.getRange('C3').load({ numberFormat: true, format: { fill: { color: true } } });
    await context.sync();
    expect([a.values, a.address]).toEqual([[['v']], 'Sheet1!C3']);
    expect([b.rowIndex, b.columnIndex]).toEqual([2, 2]);
    expect(c.formulas).toEqual([['v']]);
    expect([d.numberFormat, d.format.fill.color]).toEqual([[['General']], '#FFFFFF']);
    expect(() => c.values).toThrow(/'values' is not available/);
  });

  it('loads navigation paths and collection items', async () => {
    const book = new WorkbookDouble({ sheets: ['A', 'B'] });
    const context = book.requestContext();
    const range = context.workbook.worksheets.getItem('B').getRange('A1');
    range.load('format/font/bold, worksheet/name');
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    expect(range.format.font.bold).toBe(false);
    expect(range.worksheet.name).toBe('B');
    expect(sheets.items.map((s) => s.name)).toEqual(['A', 'B']);
    expect(() => sheets.items[0]!.position).toThrow(/'position' is not available/);
  });

  it('rejects the sync when a load names a property the object lacks', async () => {
    const context = new WorkbookDouble().requestContext();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('noSuchProperty');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('publishes no loaded values from a failed batch, but keeps the commands applied before the failure', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    const loaded = sheet.getRange('A1').load('values');
    sheet.getRange('A2').values = [['kept']];
    context.workbook.worksheets.getItem('Missing').load('name');
    sheet.getRange('A3').values = [['dropped']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(() => loaded.values).toThrow(/not available/);
    expect(book.getCell('Sheet1', 'A2').value).toBe('kept');
    expect(book.getCell('Sheet1', 'A3').value).toBe('');
  });

  it('guards collection items and scalar properties alike', async () => {
    const context = new WorkbookDouble().requestContext();
    const names = context.workbook.names;
    expect(() => names.items).toThrow(/'items' is not available/);
    names.load('items/name');
    await context.sync();
    expect(names.items).toEqual([]);
  });

  it('applies nested properties with set()', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    context.workbook.worksheets
      .getItem('Sheet1')
      .getRange('A1')
      .set({
        values: [['x']],
        format: { fill: { color: '#00FF00' }, font: { bold: true } },
      });
    await context.sync();
    expect(book.getCell('Sheet1', 'A1').value).toBe('x');
    expect(book.getCellFormat('Sheet1', 'A1')).toMatchObject({ fill: '#00FF00', fontBold: true });
  });

  it('resolves ClientResult values only after sync', async () => {
    const context = new WorkbookDouble({ sheets: ['A', 'B', 'C'] }).requestContext();
    const count = context.workbook.worksheets.getCount();
    expect(() => count.value).toThrow(/has not been loaded/);
    await context.sync();
    expect(count.value).toBe(3);
  });

  it('serialises loaded state with toJSON', async () => {
    const book = new WorkbookDouble();
    book.setValues('Sheet1', 'A1', [[7]]);
    const context = book.requestContext();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values, address');
    await context.sync();
    expect(JSON.parse(JSON.stringify(range))).toEqual({ values: [[7]], address: 'Sheet1!A1' });
  });

  it('refuses objects created by another request context', () => {
    const book = new WorkbookDouble();
    const first = book.requestContext();
    const second = book.requestContext();
    const range = first.workbook.worksheets.getItem('Sheet1').getRange('A1');
    expect(() => second.workbook.names.add('x', range)).toThrow(
      expect.objectContaining({ code: 'InvalidRequestContext' }),
    );
  });
});
