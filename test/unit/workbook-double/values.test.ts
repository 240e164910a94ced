import { WorkbookDouble } from '../../../src/dev/workbook-double';

async function write(
  book: WorkbookDouble,
  address: string,
  apply: (range: Excel.Range) => void,
): Promise<void> {
  const context = book.requestContext();
  apply(context.workbook.worksheets.getItem('Sheet1').getRange(address));
  await context.sync();
}

describe('range contents', () => {
  it('rejects a 2D array whose shape differs from the range with InvalidArgument', async () => {
    const book = new WorkbookDouble();
    const mismatch =
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
    await expect(write(book, 'A1:B2', (r) => (r.values = [[1, 2]]))).rejects.toMatchObject({
      code: 'InvalidArgument',
      message: mismatch,
    });
    await expect(write(book, 'A1:B2', (r) => (r.values = [[1, 2], [3]]))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(write(book, 'A1:B2', (r) => (r.formulas = [['=1']]))).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    await expect(write(book, 'A1:A2', (r) => (r.numberFormat = [['0'], ['0'], ['0']]))).rejects.toMatchObject(
      {
        code: 'InvalidArgument',
      },
    );
    expect(book.getCell('Sheet1', 'A1').value).toBe('');
  });

  it('copies a single non-array value to every cell, shifting relative references', async () => {
    const book = new WorkbookDouble();
    await write(book, 'B1:B3', (r) => (r.formulas = '=A1*$C$1' as unknown as unknown[][]));
    expect(book.getCell('Sheet1', 'B3').formula).toBe('=A3*$C$1');
    await write(book, 'D1:E2', (r) => (r.values = 'same' as unknown as unknown[][]));
    expect(book.getCell('Sheet1', 'E2').value).toBe('same');
  });

  it('stores formulas, reads them back, and evaluates only with an evaluator', async () => {
    const book = new WorkbookDouble();
    await write(book, 'A1:B1', (r) => (r.formulas = [[2, '=A1*10']]));
    expect(book.getCell('Sheet1', 'B1')).toEqual({
      value: null,
      formula: '=A1*10',
      numberFormat: 'General',
      locked: true,
    });
    book.setFormulaEvaluator((sheet, row, col, formula) => `${sheet}:${row}:${col}:${formula}`);
    const context = book.requestContext();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').load('values, formulas');
    await context.sync();
    expect(range.formulas).toEqual([[2, '=A1*10']]);
    expect(range.values).toEqual([[2, 'Sheet1:0:1:=A1*10']]);
  });

  it('interprets written text as Excel does, unless the cell is formatted as text', async () => {
    const book = new WorkbookDouble();
    await write(book, 'A1:E1', (r) => (r.values = [['0123', 'TRUE', "'0123", '=1+1', 'plain']]));
    expect(['A1', 'B1', 'C1', 'E1'].map((a) => book.getCell('Sheet1', a).value)).toEqual([
      123,
      true,
      '0123',
      'plain',
    ]);
    expect(book.getCell('Sheet1', 'D1').formula).toBe('=1+1');
    await write(book, 'F1', (r) => (r.numberFormat = [['@']]));
    await write(book, 'F1', (r) => (r.values = [['0123']]));
    expect(book.getCell('Sheet1', 'F1').value).toBe('0123');
  });

  it('leaves cells alone for null entries and clears them for ""', async () => {
    const book = new WorkbookDouble();
    book.setValues('Sheet1', 'A1:B1', [['keep', 'clear']]);
    await write(book, 'A1:B1', (r) => (r.values = [[null, '']]));
    expect([book.getCell('Sheet1', 'A1').value, book.getCell('Sheet1', 'B1').value]).toEqual(['keep', '']);
  });

  it('refuses cell contents on unbounded ranges and reads them as null', async () => {
    const book = new WorkbookDouble();
    await expect(write(book, 'A:A', (r) => (r.values = 'x' as unknown as unknown[][]))).rejects.toMatchObject(
      {
        code: 'InvalidArgument',
      },
    );
    const context = book.requestContext();
    const column = context.workbook.worksheets
      .getItem('Sheet1')
      .getRange('C:D')
      .load('values, address, rowCount');
    await context.sync();
    expect([column.values, column.address, column.rowCount]).toEqual([null, 'Sheet1!C:D', 1048576]);
  });

  it('reports addresses and geometry, quoting sheet names like Office', async () => {
    const book = new WorkbookDouble({ sheets: ['Nhập liệu', 'Data_2024', 'Q1 data', 'ABC1'] });
    const context = book.requestContext();
    const sheets = context.workbook.worksheets;
    const a = sheets
      .getItem('Nhập liệu')
      .getRange('B2:C3')
      .load('address, rowIndex, columnIndex, rowCount, columnCount');
    const b = sheets.getItem('Data_2024').getRange('$D$4').load('address');
    const c = sheets.getItem('Q1 data').getRange('A1').load('address');
    const d = sheets.getItem('ABC1').getRange('A1').load('address');
    await context.sync();
    expect([a.address, a.rowIndex, a.columnIndex, a.rowCount, a.columnCount]).toEqual([
      "'Nhập liệu'!B2:C3",
      1,
      1,
      2,
      2,
    ]);
    expect([b.address, c.address, d.address]).toEqual(['Data_2024!D4', "'Q1 data'!A1", "'ABC1'!A1"]);
  });

  it('derives ranges with getCell, getResizedRange, getOffsetRange, getLastRow', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const base = context.workbook.worksheets.getItem('Sheet1').getRange('B2:C3');
    const cell = base.getCell(1, 1).load('address');
    const resized = base.getResizedRange(2, -1).load('address');
    const offset = base.getOffsetRange(-1, 3).load('address');
    const last = base.getLastRow().load('address');
    const sheetOf = base.worksheet.load('name');
    await context.sync();
    expect([cell.address, resized.address, offset.address, last.address, sheetOf.name]).toEqual([
      'Sheet1!C3',
      'Sheet1!B2:B5',
      'Sheet1!E1:F2',
      'Sheet1!B3:C3',
      'Sheet1',
    ]);
  });

  it('rejects ranges that leave the grid', async () => {
    const context = new WorkbookDouble().requestContext();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').getOffsetRange(-1, 0).load('address');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('records the selection made with select()', async () => {
    const book = new WorkbookDouble({ sheets: ['A', 'Nhập liệu'] });
    expect(book.selection).toBeNull();
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Nhập liệu').getRange('C12').select();
      await context.sync();
    });
    expect(book.selection).toEqual({ sheet: 'Nhập liệu', address: 'C12' });
    const context = book.requestContext();
    const selected = context.workbook.getSelectedRange().load('address');
    const active = context.workbook.worksheets.getActiveWorksheet().load('name');
    await context.sync();
    expect([selected.address, active.name]).toEqual(["'Nhập liệu'!C12", 'Nhập liệu']);
  });

  it('clears contents and formats with range.clear()', async () => {
    const book = new WorkbookDouble();
    await write(book, 'A1', (r) => {
      r.values = [[1]];
      r.format.fill.color = '#ff0000';
    });
    expect(book.getCellFormat('Sheet1', 'A1').fill).toBe('#FF0000');
    await write(book, 'A1', (r) => r.clear('Contents'));
    expect([book.getCell('Sheet1', 'A1').value, book.getCellFormat('Sheet1', 'A1').fill]).toEqual([
      '',
      '#FF0000',
    ]);
    await write(book, 'A:A', (r) => r.clear());
    expect(book.getCellFormat('Sheet1', 'A1').fill).toBeNull();
  });

  it('finds the used range, or a null object on a blank sheet', async () => {
    const book = new WorkbookDouble({ sheets: ['Full', 'Blank'] });
    book.setValues('Full', 'B2', [['x']]);
    book.setValues('Full', 'D5', [['y']]);
    const context = book.requestContext();
    const used = context.workbook.worksheets.getItem('Full').getUsedRange().load('address');
    const none = context.workbook.worksheets.getItem('Blank').getUsedRangeOrNullObject();
    await context.sync();
    expect(used.address).toBe('Full!B2:D5');
    expect(none.isNullObject).toBe(true);
  });
});
