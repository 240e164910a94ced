// checkIntegrity and repair: tampered formulas and renamed sheets are found and restored, inputs
// are never touched.
import { inputValues, fillInputs, options, planFor, setup } from './helpers';
import { cellAddress, type WorkbookPlan } from '../../../src/plan';

function formulaCells(plan: WorkbookPlan, sheetKey: string): { address: string; formula: string }[] {
  const sheet = plan.sheets.find((s) => s.key === sheetKey)!;
  const out: { address: string; formula: string }[] = [];
  for (const b of sheet.blocks)
    b.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell && 'formula' in cell)
          out.push({ address: cellAddress(b.row + r, b.col + c), formula: cell.formula });
      }),
    );
  return out;
}

describe('integrity', () => {
  it('a fresh template is intact (2 syncs)', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    book.resetCounters();
    expect(await port.checkIntegrity(options())).toEqual({ missingSheets: [], tampered: [] });
    expect(book.syncCount).toBe(2);
  });

  it('finds pasted values, a deleted formula and a renamed sheet; repair restores them and no input changes', async () => {
    const { book, port } = setup();
    const o = options();
    await port.loadTemplate(o);
    const plan = planFor(o);
    await fillInputs(book, plan, (_n, i) => (i % 2 ? i : '1,5'));
    const inputs = inputValues(book, plan);

    const entry = plan.sheets.find((s) => s.key === 'entry')!;
    const results = plan.sheets.find((s) => s.key === 'results')!;
    const [pasted1, pasted2] = formulaCells(plan, 'entry');
    const [deleted] = formulaCells(plan, 'results');
    // The officer unprotects, pastes values over two formulas, deletes one, renames a sheet.
    await book.run(async (context) => {
      const ws = context.workbook.worksheets;
      ws.getItem(entry.name).protection.unprotect();
      ws.getItem(results.name).protection.unprotect();
      ws.getItem(entry.name).getRange(pasted1.address).values = [[123]];
      ws.getItem(entry.name).getRange(pasted2.address).values = [['OK']];
      ws.getItem(results.name).getRange(deleted.address).clear('Contents');
      ws.getItem(results.name).name = 'KQ cũ';
      await context.sync();
    });

    const report = await port.checkIntegrity(o);
    expect(report.missingSheets).toEqual([results.name]);
    expect(report.renamedSheets).toEqual([{ expected: results.name, found: 'KQ cũ' }]);
    expect(report.brokenNames).toBeUndefined();
    expect(report.tampered.map((t) => [t.sheet, t.address, t.found])).toEqual([
      [entry.name, pasted1.address, '123'],
      [entry.name, pasted2.address, 'OK'],
      [results.name, deleted.address, ''],
    ]);
    expect(report.tampered[0].expected).toBe(pasted1.formula);

    book.resetCounters();
    const repaired = await port.repair(o);
    expect(book.syncCount).toBe(3);
    expect(repaired.tampered).toHaveLength(3);
    expect(book.sheetNames()).toContain(results.name);
    expect(book.sheetNames()).not.toContain('KQ cũ');
    expect(book.getCell(entry.name, pasted1.address).formula).toBe(pasted1.formula);
    expect(book.getCell(entry.name, pasted2.address).formula).toBe(pasted2.formula);
    expect(book.getCell(results.name, deleted.address).formula).toBe(deleted.formula);
    expect(book.getCell(entry.name, pasted1.address).locked).toBe(true);
    expect(book.getSheet(entry.name).protected).toBe(true);
    expect(book.getSheet(results.name).protected).toBe(true);
    expect(inputValues(book, plan)).toEqual(inputs);
    expect(await port.checkIntegrity(o)).toEqual({ missingSheets: [], tampered: [] });
  });

  it('a deleted sheet is rebuilt by the lossless reload; inputs elsewhere are kept', async () => {
    const { book, port } = setup();
    const o = options();
    await port.loadTemplate(o);
    const plan = planFor(o);
    await fillInputs(book, plan, (_n, i) => i + 1);
    const inputs = inputValues(book, plan);
    const checks = plan.sheets.find((s) => s.key === 'checks')!;
    await book.run(async (context) => {
      context.workbook.worksheets.getItem(checks.name).delete();
      await context.sync();
    });
    const report = await port.checkIntegrity(o);
    expect(report.missingSheets).toEqual([checks.name]);
    expect(report.brokenNames?.length).toBeGreaterThan(0);
    await port.repair(o);
    expect(book.sheetNames()).toContain(checks.name);
    expect(inputValues(book, plan)).toEqual(inputs);
    expect(await port.checkIntegrity(o)).toEqual({ missingSheets: [], tampered: [] });
  });
});
