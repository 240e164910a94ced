// loadTemplate on the workbook double: constant syncs, and the lossless (re)load by defined name.
import { scaleCatalog } from '../../../src/plan';
import { NOT_CARRIED_SHEET } from '../../../src/excel';
import { cellAddress, TEMPLATE_XML_NAMESPACE } from '../../../src/plan';
import { catalog2023, fillInputs, inputValues, options, planFor, setup, valueOf, whereIs } from './helpers';

describe('loadTemplate: a constant number of syncs', () => {
  it.each([
    ['2023', 1],
    // 78 indicators, one and a half times the full 52-indicator framework: still one write
    // request. Larger catalogs (104 indicators since the evidence register's four columns) split
    // their write to stay under Excel on the web's 5 MB limit (split-write.test.ts).
    ['2023 x6', 6],
  ])('%s catalog: 2 syncs fresh, 3 syncs over existing data', async (_label, factor) => {
    const catalog = scaleCatalog(catalog2023(), factor);
    const { book, port } = setup();
    const fresh = await port.loadTemplate(options(catalog));
    expect(book.syncCount).toBe(2);
    expect(fresh.syncs).toBe(2);

    const plan = planFor(options(catalog));
    await fillInputs(book, plan, (_n, i) => i + 1);
    book.resetCounters();
    const again = await port.loadTemplate(options(catalog));
    expect(book.syncCount).toBe(3);
    expect(again.syncs).toBe(3);
    expect(again.carried.length).toBe(plan.names.filter((n) => n.isInput && n.kind !== 'meta').length);
  });

  it("keeps the largest request within Excel on the web's 5 MB payload limit", async () => {
    for (const [factor, budget] of [
      [1, 1024 * 1024],
      [10, 5 * 1000 * 1000],
    ]) {
      const { book, port } = setup();
      await port.loadTemplate(options(scaleCatalog(catalog2023(), factor)));
      expect(book.largestRequestBytes).toBeLessThan(budget);
    }
  });

  it('writes whole blocks: far fewer range writes than cells', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    const plan = planFor(options());
    const cells = plan.sheets.flatMap((s) => s.blocks).reduce((n, b) => n + b.rowCount * b.columnCount, 0);
    expect(book.cellsWritten).toBeGreaterThan(0);
    expect(book.cellsWritten).toBeLessThanOrEqual(cells + 100);
  });
});

describe('loadTemplate: the workbook it leaves', () => {
  it('has the template sheets in order, every name, the stamp, and protection', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    const plan = planFor(options());
    expect(book.sheetNames().slice(0, plan.sheets.length)).toEqual(plan.sheets.map((s) => s.name));
    const names = new Set(book.getNames().map((n) => n.name));
    for (const n of plan.names) expect(names.has(n.name)).toBe(true);
    expect(whereIs(book, plan.names[0].name)).toEqual({
      sheet: plan.names[0].sheetName,
      address: plan.names[0].address.replace(/\$/g, ''),
    });
    const parts = book.getCustomXmlParts().filter((p) => p.namespaceUri === TEMPLATE_XML_NAMESPACE);
    expect(parts).toHaveLength(1);
    expect(parts[0].xml).toBe(plan.customXml.xml);
    for (const s of plan.sheets) expect(book.getSheet(s.name).protected).toBe(s.protection.protected);
    expect(await port.templateState()).toEqual({
      kind: 'current',
      stamp: {
        templateVersion: plan.templateVersion,
        edition: '2023',
        province: 'Bắc Ninh',
        year: 2024,
        lang: 'vi',
      },
      catalogJson: JSON.stringify(catalog2023()),
    });
  });

  it('writes formulas and typed constants where the plan has them', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    const plan = planFor(options());
    for (const sheet of plan.sheets) {
      for (const block of sheet.blocks) {
        block.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell === null) return;
            const address = cellAddress(block.row + r, block.col + c);
            const got = book.getCell(sheet.name, address);
            if ('formula' in cell) expect(got.formula).toBe(cell.formula);
            else expect(got.value).toBe(cell.value);
          }),
        );
      }
    }
  });

  it('applies number formats, styles, validation, conditional formats, locks and freeze panes', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    const plan = planFor(options());
    for (const sheet of plan.sheets) {
      const block = sheet.blocks[sheet.blocks.length - 1];
      const last = cellAddress(block.row + block.rowCount - 1, block.col + block.columnCount - 1);
      expect(book.getCell(sheet.name, last).numberFormat).toBe(
        block.numberFormats[block.rowCount - 1][block.columnCount - 1],
      );
      for (const v of sheet.validations) {
        const dv = book.getDataValidation(sheet.name, v.address.split(':')[0]);
        expect(dv?.errorAlert.style.toLowerCase()).toBe(v.alert);
        expect(dv?.prompt.message).toBe(v.prompt.message);
      }
      const cfs = book.getConditionalFormats(sheet.name);
      expect(cfs.map((c) => c.rule.formula)).toEqual(
        [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority).map((c) => c.formula),
      );
      for (const u of sheet.unlocked) expect(book.getCell(sheet.name, u.split(':')[0]).locked).toBe(false);
      for (const s of sheet.styles.filter((x) => plan.styles[x.style].fill)) {
        expect(book.getCellFormat(sheet.name, s.address.split(':')[0]).fill).toBe(plan.styles[s.style].fill);
      }
    }
  });

  it('reports a workbook without the template as none', async () => {
    const { port } = setup();
    expect(await port.templateState()).toEqual({ kind: 'none' });
  });
});

describe('loadTemplate: lossless reload', () => {
  it('keeps every input exactly as Excel holds it: numbers, text "1,5", text "12"', async () => {
    const { book, port } = setup();
    const o = options();
    await port.loadTemplate(o);
    const plan = planFor(o);
    await fillInputs(book, plan, (_name, i) => (i % 3 === 0 ? i * 1.5 : i % 3 === 1 ? '1,5' : `'${i}`));
    const before = inputValues(book, plan);
    expect(Object.values(before)).toContain('1,5');
    expect(Object.values(before).some((v) => typeof v === 'string' && /^\d+$/.test(v))).toBe(true);

    const report = await port.loadTemplate(o);
    expect(inputValues(book, plan)).toEqual(before);
    expect(report.notCarried).toEqual([]);
    expect(report.carried).toEqual(expect.arrayContaining([expect.objectContaining({ value: '1,5' })]));
    expect(book.sheetNames()).not.toContain(NOT_CARRIED_SHEET.vi);
    // Loading twice more changes nothing.
    await port.loadTemplate(o);
    expect(inputValues(book, plan)).toEqual(before);
  });

  it('fails before clearing anything when a sheet is locked with a password', async () => {
    const { book, port } = setup();
    const o = options();
    await port.loadTemplate(o);
    const plan = planFor(o);
    await fillInputs(book, plan, (_n, i) => i + 1);
    const before = inputValues(book, plan);
    const entry = plan.sheets.find((s) => s.key === 'entry')!.name;
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(entry);
      sheet.protection.unprotect();
      sheet.protection.protect({}, 'secret');
      await context.sync();
    });
    await expect(port.loadTemplate(o)).rejects.toThrow();
    expect(inputValues(book, plan)).toEqual(before);
  });

  it('never overwrites a typed input with a plan default', async () => {
    const { book, port } = setup();
    const o = options();
    await port.loadTemplate(o);
    const plan = planFor(o);
    const input = plan.names.find((n) => n.kind === 'input')!;
    await book.userEdit(input.sheetName, input.address.replace(/\$/g, ''), [['không rõ']]);
    await port.loadTemplate(o);
    expect(valueOf(book, input.name)).toBe('không rõ');
  });

  it('switching language renames the sheets and carries every value', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    const vi = planFor(options());
    await fillInputs(book, vi, (_n, i) => i + 0.25);
    const before = inputValues(book, vi);
    await port.loadTemplate(options(undefined, { lang: 'en' }));
    const en = planFor(options(undefined, { lang: 'en' }));
    expect(book.sheetNames().slice(0, en.sheets.length)).toEqual(en.sheets.map((s) => s.name));
    expect(book.sheetNames()).toHaveLength(en.sheets.length + 1); // the initial Sheet1 is left alone
    expect(inputValues(book, en)).toEqual(before);
  });

  it('upgrading an older template carries by name and keeps what it cannot carry on a visible sheet', async () => {
    const { book, port } = setup();
    const o = options();
    await port.loadTemplate(o);
    const plan = planFor(o);
    await fillInputs(book, plan, (_n, i) => i + 1);
    // Make it an older version with an input the new template no longer has.
    const version = whereIs(book, 'PII_meta_version');
    book.setValues(version.sheet, version.address, [['0.9.0']]);
    book.setValues('Sheet1', 'B2:B3', [["'1,5"], ['old evidence']]);
    await book.run(async (context) => {
      context.workbook.names.add('PII_in_retired_component', "='Sheet1'!$B$2");
      context.workbook.names.add('PII_ev_retired_component', "='Sheet1'!$B$3");
      context.workbook.names.add('PII_val_retired', "='Sheet1'!$B$4");
      await context.sync();
    });
    expect((await port.templateState()).kind).toBe('stale');

    const before = inputValues(book, plan);
    const report = await port.loadTemplate(o);
    expect(report.syncs).toBe(3);
    expect(inputValues(book, plan)).toEqual(before);
    expect(report.notCarried.map((n) => [n.name, n.value])).toEqual([
      ['PII_in_retired_component', '1,5'],
      ['PII_ev_retired_component', 'old evidence'],
    ]);
    expect(report.notCarriedSheet).toBe(NOT_CARRIED_SHEET.vi);
    const sheet = NOT_CARRIED_SHEET.vi;
    expect(book.getSheet(sheet).visibility).toBe('Visible');
    expect(book.getCell(sheet, 'A2').value).toBe('PII_in_retired_component');
    expect(book.getCell(sheet, 'B2').value).toBe('1,5');
    expect(book.getCell(sheet, 'C2').value).toBe('0.9.0');
    expect(book.getCell(sheet, 'B3').value).toBe('old evidence');
    // The stale names are gone; the stamp is current again.
    expect(book.getNames().some((n) => /retired/.test(n.name))).toBe(false);
    expect((await port.templateState()).kind).toBe('current');

    // A later upgrade appends below, never over, the earlier rows.
    book.setValues('Sheet1', 'B5', [[42]]);
    await book.run(async (context) => {
      context.workbook.names.add('PII_min_9_9_9', "='Sheet1'!$B$5");
      await context.sync();
    });
    const second = await port.loadTemplate(o);
    expect(second.notCarried.map((n) => n.name)).toEqual(['PII_min_9_9_9']);
    expect(book.getCell(sheet, 'A2').value).toBe('PII_in_retired_component');
    expect(book.getCell(sheet, 'A4').value).toBe('PII_min_9_9_9');
    expect(book.getCell(sheet, 'B4').value).toBe(42);
  });
});

describe('requirement sets', () => {
  it.each([
    ['1.8', []],
    ['1.9', ['suspendScreenUpdatingUntilNextSync']],
  ])('ExcelApi %s: suspends screen updating where supported, never calculation', async (api, expected) => {
    const { book } = setup(api);
    const { createWorkbookPort } = await import('../../../src/excel');
    const called: string[] = [];
    const port = createWorkbookPort(
      ((batch) =>
        book.run(async (context) => {
          const app = context.workbook.application;
          for (const m of [
            'suspendApiCalculationUntilNextSync',
            'suspendScreenUpdatingUntilNextSync',
          ] as const) {
            const original = app[m].bind(app);
            app[m] = () => {
              called.push(m);
              original();
            };
          }
          return batch(context);
        })) as import('../../../src/excel').BatchRunner,
      { isSetSupported: (s, v) => book.isSetSupported(s, v) },
    );
    await port.loadTemplate(options());
    expect(called).toEqual(expected);
    // Suspended calculation would leave recalculating to a request that a failure may never send.
    expect(book.recalcPending).toBe(false);
  });

  it("leaves the officer's own sheets alone", async () => {
    const { book, port } = setup();
    book.setValues('Sheet1', 'A1:B2', [
      ["'1,5", 2],
      ['ghi chú', '=A1'],
    ]);
    await port.loadTemplate(options());
    await port.loadTemplate(options(undefined, { lang: 'en' }));
    expect(book.getCell('Sheet1', 'A1').value).toBe('1,5');
    expect(book.getCell('Sheet1', 'B1').value).toBe(2);
    expect(book.getCell('Sheet1', 'A2').value).toBe('ghi chú');
    expect(book.getCell('Sheet1', 'B2').formula).toBe('=A1');
  });
});
