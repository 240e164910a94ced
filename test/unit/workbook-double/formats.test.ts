import { WorkbookDouble } from '../../../src/dev/workbook-double';

describe('formatting', () => {
  it('records fill, font, wrap, widths and lock flags, reading null for mixed ranges', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    const a1 = sheet.getRange('A1');
    a1.format.fill.color = '#fce4d6';
    a1.format.font.bold = true;
    a1.format.font.color = 'red';
    a1.format.font.italic = true;
    a1.format.wrapText = true;
    sheet.getRange('C:C').format.columnWidth = 120;
    sheet.getRange('C:C').format.protection.locked = false;
    await context.sync();
    expect(book.getCellFormat('Sheet1', 'A1')).toMatchObject({
      fill: '#FCE4D6',
      fontBold: true,
      fontColor: '#FF0000',
      fontItalic: true,
      wrapText: true,
    });
    expect(book.getCellFormat('Sheet1', 'C900')).toMatchObject({ columnWidth: 120, locked: false });
    expect(book.getCell('Sheet1', 'C5').locked).toBe(false);

    const both = sheet.getRange('A1:B1');
    both.load('format/fill/color, format/font/bold');
    const column = sheet.getRange('C1:C3').load('format/protection/locked, format/columnWidth');
    await context.sync();
    expect([both.format.fill.color, both.format.font.bold]).toEqual([null, null]);
    expect([column.format.protection.locked, column.format.columnWidth]).toEqual([false, 120]);
  });

  it('records borders per edge', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2:C3');
    const top = range.format.borders.getItem('EdgeTop');
    top.style = 'Continuous';
    top.color = '#bfbfbf';
    await context.sync();
    const reread = context.workbook.worksheets
      .getItem('Sheet1')
      .getRange('B2:C3')
      .format.borders.getItem('EdgeTop');
    const bottom = context.workbook.worksheets
      .getItem('Sheet1')
      .getRange('B2:C3')
      .format.borders.getItem('EdgeBottom');
    reread.load('style, color');
    bottom.load('style');
    await context.sync();
    expect([reread.style, reread.color, bottom.style]).toEqual(['Continuous', '#BFBFBF', 'None']);
  });

  it('sets number formats per cell and resets "" to General', async () => {
    const book = new WorkbookDouble();
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.numberFormat = [['0.00%', '#,##0']];
      await context.sync();
      range.numberFormat = [[null, '']];
      await context.sync();
    });
    expect([book.getCell('Sheet1', 'A1').numberFormat, book.getCell('Sheet1', 'B1').numberFormat]).toEqual([
      '0.00%',
      'General',
    ]);
  });

  it('rejects malformed colors', async () => {
    const context = new WorkbookDouble().requestContext();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.color = '#12';
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('records frozen panes', async () => {
    const book = new WorkbookDouble();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, 3, 2));
      await context.sync();
    });
    expect(book.getSheet('Sheet1').freeze).toEqual({ rows: 3, columns: 2 });
  });
});

describe('data validation', () => {
  it('records rule, prompt, alert and ignoreBlanks, readable through the API', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const dv = context.workbook.worksheets.getItem('Sheet1').getRange('C5:C40').dataValidation;
    dv.rule = { decimal: { operator: 'Between', formula1: 0, formula2: 100 } };
    dv.ignoreBlanks = true;
    dv.prompt = { showPrompt: true, title: 'Tỷ lệ', message: '0–100' };
    dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Sai', message: 'Nhập 0–100' };
    await context.sync();

    expect(book.getDataValidation('Sheet1', 'C7')).toEqual({
      type: 'Decimal',
      rule: { decimal: { operator: 'Between', formula1: 0, formula2: 100 } },
      ignoreBlanks: true,
      prompt: { showPrompt: true, title: 'Tỷ lệ', message: '0–100' },
      errorAlert: { showAlert: true, style: 'Stop', title: 'Sai', message: 'Nhập 0–100' },
    });
    expect(book.getDataValidation('Sheet1', 'C41')).toBeNull();

    const inside = context.workbook.worksheets
      .getItem('Sheet1')
      .getRange('C10:C12')
      .dataValidation.load('type, rule');
    const across = context.workbook.worksheets
      .getItem('Sheet1')
      .getRange('C40:C41')
      .dataValidation.load('type');
    await context.sync();
    expect(inside.type).toBe('Decimal');
    expect(inside.rule.decimal).toEqual({ operator: 'Between', formula1: 0, formula2: 100 });
    expect(across.type).toBe('Inconsistent');
  });

  it('stores list sources given as a Range as an absolute formula, and clears', async () => {
    const book = new WorkbookDouble({ sheets: ['Lists', 'Form'] });
    await book.run(async (context) => {
      const source = context.workbook.worksheets.getItem('Lists').getRange('A1:A3');
      context.workbook.worksheets.getItem('Form').getRange('B2').dataValidation.rule = {
        list: { inCellDropDown: true, source: source as unknown as string },
      };
      await context.sync();
    });
    expect(book.getDataValidation('Form', 'B2')?.rule).toEqual({
      list: { inCellDropDown: true, source: '=Lists!$A$1:$A$3' },
    });
    await book.run(async (context) => {
      context.workbook.worksheets.getItem('Form').getRange('A:Z').dataValidation.clear();
      await context.sync();
    });
    expect(book.getDataValidation('Form', 'B2')).toBeNull();
  });

  it('rejects a rule without exactly one criterion', async () => {
    const context = new WorkbookDouble().requestContext();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = {};
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('conditional formats', () => {
  it('records custom formats with formula, fill, font, priority and stopIfTrue', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('D5:D40');
    const first = range.conditionalFormats.add('Custom');
    first.custom.rule.formula = '=ISBLANK(D5)';
    first.custom.format.fill.color = '#FFF2CC';
    const second = range.conditionalFormats.add('Custom');
    second.custom.rule.formula = '=D5<0';
    second.custom.format.font.color = '#C00000';
    second.stopIfTrue = true;
    first.priority = 0;
    await context.sync();

    expect(book.getConditionalFormats('Sheet1')).toEqual([
      expect.objectContaining({
        type: 'Custom',
        priority: 0,
        ranges: ['D5:D40'],
        rule: { formula: '=ISBLANK(D5)' },
        format: expect.objectContaining({ fill: '#FFF2CC', fontColor: null }),
        stopIfTrue: false,
      }),
      expect.objectContaining({
        priority: 1,
        rule: { formula: '=D5<0' },
        format: expect.objectContaining({ fill: null, fontColor: '#C00000' }),
        stopIfTrue: true,
      }),
    ]);

    const items = range.conditionalFormats.load('items/type,items/priority');
    const formula = range.conditionalFormats.getItemAt(1).custom.rule.load('formula');
    await context.sync();
    expect(items.items.map((cf) => [cf.type, cf.priority])).toEqual([
      ['Custom', 0],
      ['Custom', 1],
    ]);
    expect(formula.formula).toBe('=D5<0');
  });

  it('clearAll removes the formats on the range and trims partial overlaps', async () => {
    const book = new WorkbookDouble();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A10').conditionalFormats.add('Custom').custom.rule.formula = '=TRUE';
      sheet.getRange('C1:C2').conditionalFormats.add('Custom').custom.rule.formula = '=TRUE';
      await context.sync();
      sheet.getRange('A6:C10').conditionalFormats.clearAll();
      sheet.getRange('C1').conditionalFormats.clearAll();
      await context.sync();
    });
    expect(book.getConditionalFormats('Sheet1').map((cf) => cf.ranges)).toEqual([['C2'], ['A1:A5']]);
  });

  it('treats the custom accessor of another type as an error', async () => {
    const context = new WorkbookDouble().requestContext();
    const cf = context.workbook.worksheets
      .getItem('Sheet1')
      .getRange('A1')
      .conditionalFormats.add('CellValue');
    cf.custom.rule.formula = '=1';
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

describe('charts', () => {
  it('records a chart with its series, title, legend and position', async () => {
    const book = new WorkbookDouble();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const chart = sheet.charts.add('BarClustered', sheet.getRange('B2:B6'), 'Columns');
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange('A2:A6'));
      chart.title.text = 'Điểm';
      chart.legend.visible = false;
      chart.setPosition(sheet.getRange('D1'), sheet.getRange('K20'));
      await context.sync();
    });
    expect(book.getCharts('Sheet1')).toEqual([
      {
        name: 'Chart 2',
        chartType: 'BarClustered',
        source: 'B2:B6',
        title: 'Điểm',
        legendVisible: false,
        series: [{ name: 'Series1', values: 'B2:B6', xAxisValues: 'A2:A6' }],
        position: { start: 'D1', end: 'K20' },
      },
    ]);
  });
});
