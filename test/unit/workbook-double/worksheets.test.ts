import { WorkbookDouble } from '../../../src/dev/workbook-double';

describe('worksheets', () => {
  it('answers getItemOrNullObject with isNullObject after sync, without an explicit load', async () => {
    const context = new WorkbookDouble({ sheets: ['Data'] }).requestContext();
    const present = context.workbook.worksheets.getItemOrNullObject('data');
    const absent = context.workbook.worksheets.getItemOrNullObject('Missing');
    expect(() => absent.isNullObject).toThrow(/'isNullObject' is not available/);
    await context.sync();
    expect([present.isNullObject, absent.isNullObject]).toEqual([false, true]);
  });

  it('silently skips commands on a null object', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const absent = context.workbook.worksheets.getItemOrNullObject('Missing');
    absent.delete();
    absent.getRange('A1').values = [[1]];
    absent.load('name');
    await context.sync();
    expect(absent.isNullObject).toBe(true);
    expect(absent.name).toBeUndefined();
    expect(book.sheetNames()).toEqual(['Sheet1']);
  });

  it('rejects the sync with ItemNotFound when getItem names a missing sheet', async () => {
    const context = new WorkbookDouble().requestContext();
    context.workbook.worksheets.getItem('Missing').getRange('A1').values = [[1]];
    await expect(context.sync()).rejects.toMatchObject({
      code: 'ItemNotFound',
      debugInfo: expect.objectContaining({ errorLocation: 'Range.values' }),
    });
  });

  it('adds, renames, moves, hides and deletes sheets', async () => {
    const book = new WorkbookDouble({ sheets: ['A', 'B'] });
    await book.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add('Kết quả');
      added.position = 0;
      sheets.getItem('A').name = 'Renamed';
      sheets.getItem('B').visibility = 'Hidden';
      await context.sync();
      sheets.getItem('Renamed').delete();
      await context.sync();
    });
    expect(book.sheetNames()).toEqual(['Kết quả', 'B']);
    expect(book.getSheet('B')).toMatchObject({ visibility: 'Hidden', position: 1 });
  });

  it('keeps a loaded sheet proxy working after a rename', async () => {
    const book = new WorkbookDouble({ sheets: ['Old'] });
    const context = book.requestContext();
    const sheet = context.workbook.worksheets.getItem('Old');
    sheet.load('id');
    await context.sync();
    sheet.name = 'New';
    sheet.getRange('A1').values = [['still here']];
    sheet.load('name');
    await context.sync();
    expect(sheet.name).toBe('New');
    expect(book.getCell('New', 'A1').value).toBe('still here');
  });

  it('rejects duplicate and invalid sheet names, and removing the last visible sheet', async () => {
    const context = new WorkbookDouble({ sheets: ['Only'] }).requestContext();
    context.workbook.worksheets.add('ONLY');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    context.workbook.worksheets.add('a/b');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    context.workbook.worksheets.getItem('Only').delete();
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('lists sheets with id, name and position', async () => {
    const book = new WorkbookDouble({ sheets: ['X', 'Y'] });
    const context = book.requestContext();
    const sheets = context.workbook.worksheets.load('items/id,items/name,items/position');
    await context.sync();
    expect(sheets.items.map((s) => [s.id, s.name, s.position])).toEqual([
      [book.getSheet('X').id, 'X', 0],
      [book.getSheet('Y').id, 'Y', 1],
    ]);
  });
});

describe('protection', () => {
  async function protect(
    book: WorkbookDouble,
    options?: Excel.WorksheetProtectionOptions,
    password?: string,
  ) {
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('B2').format.protection.locked = false;
      sheet.protection.protect(options, password);
      await context.sync();
    });
  }

  it('blocks API writes to locked cells, allows unlocked ones', async () => {
    const book = new WorkbookDouble();
    await protect(book);
    const context = book.requestContext();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('B2').values = [['ok']];
    await context.sync();
    expect(book.getCell('Sheet1', 'B2')).toMatchObject({ value: 'ok', locked: false });
    sheet.getRange('A1:B2').values = [
      [1, 2],
      [3, 4],
    ];
    await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(book.getCell('Sheet1', 'B2').value).toBe('ok'); // the whole write was refused
  });

  it('blocks formatting unless allowFormatCells, and user typing into locked cells', async () => {
    const book = new WorkbookDouble();
    await protect(book, { allowFormatColumns: true });
    const context = book.requestContext();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    sheet.getRange('A:A').format.columnWidth = 100;
    await context.sync();
    sheet.getRange('A1').format.fill.color = '#FFFF00';
    await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(() => book.userEdit('Sheet1', 'A1', [['x']])).toThrow(
      expect.objectContaining({ code: 'AccessDenied' }),
    );
    await book.userEdit('Sheet1', 'B2', [['typed']]);
    expect(book.getCell('Sheet1', 'B2').value).toBe('typed');
  });

  it('reports protection state, refuses a second protect, and needs the password to unprotect', async () => {
    const book = new WorkbookDouble();
    await protect(book, { allowFormatCells: true }, 'secret');
    const context = book.requestContext();
    const protection = context.workbook.worksheets.getItem('Sheet1').protection.load('protected, options');
    await context.sync();
    expect(protection.protected).toBe(true);
    expect(protection.options.allowFormatCells).toBe(true);
    expect(book.getSheet('Sheet1')).toMatchObject({ protected: true, hasPassword: true });

    protection.protect();
    await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    protection.unprotect('wrong');
    await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    protection.unprotect('secret');
    protection.load('protected');
    await context.sync();
    expect(protection.protected).toBe(false);
  });
});
