// The double fails the way Excel is documented and reported to fail (shared excel-failure-modes.md).
import { WorkbookDouble, WEB_REQUEST_LIMIT_BYTES } from '../../../src/dev/workbook-double';

const codeOf = (e: unknown): string | undefined => (e as { code?: string }).code;

async function failure(
  book: WorkbookDouble,
  batch: (context: Excel.RequestContext) => void,
): Promise<unknown> {
  return book
    .run(async (context) => {
      batch(context);
      await context.sync();
    })
    .then(
      () => undefined,
      (e: unknown) => e,
    );
}

describe('fault injector', () => {
  it('fails the N-th run of a command: earlier commands applied, later ones dropped', async () => {
    const book = new WorkbookDouble();
    book.failCommand('Range.values', 2, 'GeneralException');
    const error = await failure(book, (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [[1]];
      sheet.getRange('A2').values = [[2]];
      sheet.getRange('A3').values = [[3]];
    });
    expect(codeOf(error)).toBe('GeneralException');
    expect(book.getCell('Sheet1', 'A1').value).toBe(1);
    expect(book.getCell('Sheet1', 'A2').value).toBe('');
    expect(book.getCell('Sheet1', 'A3').value).toBe('');
  });

  it('counts occurrences across syncs from arming, and clearFaults disarms', async () => {
    const book = new WorkbookDouble();
    book.failCommand('Range.values', 2);
    const write = (address: string) => (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem('Sheet1').getRange(address).values = [[address]];
    };
    expect(await failure(book, write('A1'))).toBeUndefined();
    expect(codeOf(await failure(book, write('A2')))).toBe('GeneralException');
    book.clearFaults();
    expect(await failure(book, write('A2'))).toBeUndefined();
    expect(book.getCell('Sheet1', 'A2').value).toBe('A2');
  });

  it('refuses a whole request: nothing of it applies', async () => {
    const book = new WorkbookDouble();
    book.failSync(1, 'RequestPayloadSizeLimitExceeded');
    const error = await failure(book, (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    });
    expect(codeOf(error)).toBe('RequestPayloadSizeLimitExceeded');
    expect(book.getCell('Sheet1', 'A1').value).toBe('');
  });

  it('records the ops that ran, not those dropped', async () => {
    const book = new WorkbookDouble();
    const log = book.recordCommands();
    book.failCommand('Range.numberFormat');
    await failure(book, (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [[1]];
      range.numberFormat = [['0']];
      range.format.font.bold = true;
    });
    expect(log).toEqual(['Range.values']);
  });

  it('clone() is independent of the original', async () => {
    const book = new WorkbookDouble();
    book.setValues('Sheet1', 'A1', [[1]]);
    const copy = book.clone();
    copy.setValues('Sheet1', 'A1', [[2]]);
    expect(book.getCell('Sheet1', 'A1').value).toBe(1);
    expect(copy.getCell('Sheet1', 'A1').value).toBe(2);
  });
});

describe('reported Excel behaviours', () => {
  it('Excel on the web refuses a request over its payload limit', async () => {
    const book = new WorkbookDouble({ excel: { maxRequestBytes: WEB_REQUEST_LIMIT_BYTES } });
    const big = [['x'.repeat(WEB_REQUEST_LIMIT_BYTES)]];
    const error = await failure(book, (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = big;
    });
    expect(codeOf(error)).toBe('RequestPayloadSizeLimitExceeded');
    expect(book.getCell('Sheet1', 'A1').value).toBe('');
  });

  it('build 2605: unprotect() of an unprotected sheet throws AccessDenied (off by default)', async () => {
    const unprotect = (context: Excel.RequestContext) =>
      context.workbook.worksheets.getItem('Sheet1').protection.unprotect();
    expect(await failure(new WorkbookDouble(), unprotect)).toBeUndefined();
    const strict = new WorkbookDouble({ excel: { unprotectFailsWhenUnprotected: true } });
    expect(codeOf(await failure(strict, unprotect))).toBe('AccessDenied');
  });

  it('protect() of a protected sheet throws AccessDenied', async () => {
    const book = new WorkbookDouble();
    const protect = (context: Excel.RequestContext) =>
      context.workbook.worksheets.getItem('Sheet1').protection.protect();
    expect(await failure(book, protect)).toBeUndefined();
    expect(codeOf(await failure(book, protect))).toBe('AccessDenied');
  });

  it('old builds: unfreeze() throws on a hidden sheet', async () => {
    const book = new WorkbookDouble({ sheets: ['A', 'B'], excel: { unfreezeFailsOnHiddenSheet: true } });
    await failure(book, (context) => (context.workbook.worksheets.getItem('B').visibility = 'Hidden'));
    const unfreeze = (context: Excel.RequestContext) =>
      context.workbook.worksheets.getItem('B').freezePanes.unfreeze();
    expect(codeOf(await failure(book, unfreeze))).toBe('GeneralException');
    book.excel.unfreezeFailsOnHiddenSheet = false;
    expect(await failure(book, unfreeze)).toBeUndefined();
  });

  it('another workbook has the focus: add, freeze, activate and select throw; NamedItem.type reads null', async () => {
    const book = new WorkbookDouble({ sheets: ['A', 'B'] });
    book.setValues('A', 'A1', [[1]]);
    await failure(book, (context) => context.workbook.names.add('X', '=A!$A$1'));
    book.excel.focusElsewhere = true;
    const attempts: Array<(context: Excel.RequestContext) => void> = [
      (c) => c.workbook.worksheets.add('C'),
      (c) => c.workbook.worksheets.getItem('A').freezePanes.freezeRows(1),
      (c) => c.workbook.worksheets.getItem('B').activate(),
      (c) => c.workbook.worksheets.getItem('A').getRange('A1').select(),
    ];
    for (const attempt of attempts) expect(codeOf(await failure(book, attempt))).toBe('GeneralException');
    const type = await book.run(async (context) => {
      const item = context.workbook.names.getItem('X').load('type');
      await context.sync();
      return item.type;
    });
    expect(type).toBeNull();
  });

  it('names.add without "=" stores the text as a constant, not a reference (office-js #2283)', async () => {
    const book = new WorkbookDouble();
    await failure(book, (context) => {
      context.workbook.names.add('WithEquals', '=Sheet1!$A$1');
      context.workbook.names.add('WithoutEquals', 'Sheet1!$A$1');
    });
    const formulas = Object.fromEntries(book.getNames().map((n) => [n.name, n.formula]));
    expect(formulas.WithEquals).toBe('=Sheet1!$A$1');
    expect(formulas.WithoutEquals).toBe('="Sheet1!$A$1"');
  });

  it('the values of a name defined by OFFSET or several areas cannot be read (office-js #1357, #4321)', async () => {
    const book = new WorkbookDouble();
    book.setValues('Sheet1', 'A1:A3', [['a'], ['b'], ['c']]);
    await failure(book, (context) => {
      context.workbook.names.add('List', '=OFFSET(Sheet1!$A$1,0,0,COUNTA(Sheet1!$A:$A),1)');
      context.workbook.names.add('Areas', '=Sheet1!$A$1,Sheet1!$A$3');
    });
    for (const name of ['List', 'Areas']) {
      const error = await failure(book, (context) =>
        context.workbook.names.getItem(name).arrayValues.load('values'),
      );
      expect(codeOf(error)).toBe('InvalidOperation');
    }
    const collection = await failure(book, (context) =>
      context.workbook.names.load('items/name,items/arrayValues/values'),
    );
    expect(codeOf(collection)).toBe('InvalidOperation');
    expect(
      await failure(book, (context) => context.workbook.names.load('items/name,items/formula')),
    ).toBeUndefined();
  });

  it('workbook structure protection refuses sheet changes; protection.protected reads it', async () => {
    const book = new WorkbookDouble({ sheets: ['A', 'B'] });
    book.protectStructure();
    const protectedState = await book.run(async (context) => {
      const p = context.workbook.protection.load('protected');
      await context.sync();
      return p.protected;
    });
    expect(protectedState).toBe(true);
    const attempts: Array<(context: Excel.RequestContext) => void> = [
      (c) => c.workbook.worksheets.add('C'),
      (c) => (c.workbook.worksheets.getItem('A').name = 'Z'),
      (c) => c.workbook.worksheets.getItem('B').delete(),
      (c) => (c.workbook.worksheets.getItem('B').visibility = 'Hidden'),
      (c) => (c.workbook.worksheets.getItem('B').position = 0),
    ];
    for (const attempt of attempts) expect(codeOf(await failure(book, attempt))).toBe('AccessDenied');
    expect(book.sheetNames()).toEqual(['A', 'B']);
  });

  it('suspended calculation is owed a calculate()', async () => {
    const book = new WorkbookDouble();
    await failure(book, (context) => context.workbook.application.suspendApiCalculationUntilNextSync());
    expect(book.recalcPending).toBe(true);
    await failure(book, (context) => context.workbook.application.calculate('Full'));
    expect(book.recalcPending).toBe(false);
  });
});
