import { WorkbookDouble, installOfficeGlobals } from '../../../src/dev/workbook-double';

describe('requirement sets', () => {
  it('answers isSetSupported for ExcelApi by version, and false for other sets', () => {
    const book = new WorkbookDouble({ apiVersion: '1.8' });
    expect(book.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(book.isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(book.isSetSupported('ExcelApi')).toBe(true);
    expect(book.isSetSupported('ExcelApiOnline', '1.1')).toBe(false);
    expect(new WorkbookDouble().isSetSupported('ExcelApi', '1.20')).toBe(true);
  });

  it('fails APIs newer than the host with ApiNotFound', async () => {
    const book = new WorkbookDouble({ apiVersion: '1.6' });
    const context = book.requestContext();
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = {
      custom: { formula: '=TRUE' },
    };
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    context.workbook.worksheets.getItem('Sheet1').onChanged.add(async () => undefined);
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    context.workbook.application.suspendApiCalculationUntilNextSync(); // 1.6: fine
    context.workbook.application.load('calculationMode');
    await context.sync();
    expect(context.workbook.application.calculationMode).toBe('Automatic');
  });
});

describe('application', () => {
  it('records the calculation mode (settable from ExcelApi 1.8)', async () => {
    const book = new WorkbookDouble();
    const context = book.requestContext();
    context.workbook.application.calculationMode = 'Manual';
    await context.sync();
    const fresh = book.requestContext().workbook.application.load('calculationMode');
    await fresh.context.sync();
    expect(fresh.calculationMode).toBe('Manual');

    const old = new WorkbookDouble({ apiVersion: '1.7' }).requestContext();
    old.workbook.application.calculationMode = 'Manual';
    await expect(old.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('installOfficeGlobals', () => {
  it('provides Excel.run, enums and Office.context.requirements, then restores the globals', async () => {
    const book = new WorkbookDouble({ apiVersion: '1.9' });
    const restore = installOfficeGlobals(book);
    try {
      expect(Excel.ConditionalFormatType.custom).toBe('Custom');
      expect(Excel.DataValidationOperator.greaterThanOrEqualTo).toBe('GreaterThanOrEqualTo');
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
      await Excel.run(async (context) => {
        const cf = context.workbook.worksheets
          .getItem('Sheet1')
          .getRange('A1')
          .conditionalFormats.add(Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = '=A1>1';
        await context.sync();
      });
      expect(book.getConditionalFormats('Sheet1')).toHaveLength(1);
    } finally {
      restore();
    }
    expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
  });
});
