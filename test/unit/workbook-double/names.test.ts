import { WorkbookDouble } from '../../../src/dev/workbook-double';

describe('defined names', () => {
  it('resolves a name added with a formula string to its range', async () => {
    const book = new WorkbookDouble({ sheets: ['Nhập liệu'] });
    book.setValues('Nhập liệu', 'C12', [[17]]);
    const context = book.requestContext();
    context.workbook.names.add('PII_in_ocop', "='Nhập liệu'!$C$12");
    const range = context.workbook.names.getItem('PII_in_ocop').getRange().load('address, values');
    await context.sync();
    expect(range.address).toBe("'Nhập liệu'!C12");
    expect(range.values).toEqual([[17]]);
  });

  it('resolves a name added with a Range, case-insensitively', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const target = context.workbook.worksheets.getItem('Sheet1').getRange('B2:C3');
    context.workbook.names.add('Block', target, 'a comment');
    const item = context.workbook.names.getItem('BLOCK').load('name, type, formula, value, comment');
    const range = context.workbook.names.getItem('block').getRange().load('address');
    await context.sync();
    expect([item.name, item.type, item.formula, item.value, item.comment]).toEqual([
      'Block',
      'Range',
      '=Sheet1!$B$2:$C$3',
      'Sheet1!$B$2:$C$3',
      'a comment',
    ]);
    expect(range.address).toBe('Sheet1!B2:C3');
  });

  it('keeps pointing at a sheet after it is renamed', async () => {
    const book = new WorkbookDouble({ sheets: ['Input'] });
    await book.run(async (context) => {
      context.workbook.names.add('PII_in_x', '=Input!$A$1');
      context.workbook.worksheets.getItem('Input').name = 'Nhập liệu';
      await context.sync();
    });
    const context = book.requestContext();
    const range = context.workbook.names.getItem('PII_in_x').getRange().load('address');
    await context.sync();
    expect(range.address).toBe("'Nhập liệu'!A1");
    expect(book.getNames()).toEqual([
      { name: 'PII_in_x', formula: "='Nhập liệu'!$A$1", comment: '', visible: true },
    ]);
  });

  it('fails getRange once the sheet is deleted, and shows #REF!', async () => {
    const book = new WorkbookDouble({ sheets: ['Keep', 'Gone'] });
    await book.run(async (context) => {
      context.workbook.names.add('n', '=Gone!$B$3');
      context.workbook.worksheets.getItem('Gone').delete();
      await context.sync();
    });
    const context = book.requestContext();
    context.workbook.names.getItem('n').getRange().load('address');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidReference' });
    const item = context.workbook.names.getItem('n').load('formula, type');
    const orNull = context.workbook.names.getItem('n').getRangeOrNullObject();
    await context.sync();
    expect([item.formula, item.type, orNull.isNullObject]).toEqual(['=#REF!$B$3', 'Error', true]);
  });

  it('answers getItemOrNullObject, and rejects getItem, for a missing name', async () => {
    const context = new WorkbookDouble().requestContext();
    const missing = context.workbook.names.getItemOrNullObject('nope');
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    context.workbook.names.getItem('nope').load('name');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('rejects duplicate and malformed names', async () => {
    const context = new WorkbookDouble().requestContext();
    context.workbook.names.add('dup', '=Sheet1!$A$1');
    context.workbook.names.add('DUP', '=Sheet1!$A$2');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    context.workbook.names.add('A1', '=Sheet1!$A$1');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    context.workbook.names.add('has space', '=Sheet1!$A$1');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('loads names as a collection with their array values, including constant names', async () => {
    const book = new WorkbookDouble();
    book.setValues('Sheet1', 'A1', [['hello']]);
    const context = book.requestContext();
    context.workbook.names.add('cell', '=Sheet1!$A$1');
    context.workbook.names.add('rate', '=0.5');
    const names = context.workbook.names.load('items/name,items/type,items/arrayValues/values');
    await context.sync();
    expect(names.items.map((n) => [n.name, n.type, n.arrayValues.values])).toEqual([
      ['cell', 'Range', [['hello']]],
      ['rate', 'Double', [[0.5]]],
    ]);
  });

  it('repoints a name by setting its formula, and deletes it', async () => {
    const book = new WorkbookDouble();
    await book.run(async (context) => {
      context.workbook.names.add('n', '=Sheet1!$A$1');
      await context.sync();
      context.workbook.names.getItem('n').formula = '=Sheet1!$D$4';
      await context.sync();
    });
    expect(book.getNames()[0]!.formula).toBe('=Sheet1!$D$4');
    await book.run(async (context) => {
      context.workbook.names.getItem('n').delete();
      await context.sync();
    });
    expect(book.getNames()).toEqual([]);
  });

  it('lets worksheet.getRange take a name on that sheet', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    context.workbook.names.add('Target', '=Sheet1!$E$5');
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('Target').load('address');
    await context.sync();
    expect(range.address).toBe('Sheet1!E5');
  });
});
