// An officer's own sheet that bears a template sheet's name ("Kết quả", "Results") is never reused
// and so never cleared by a load: it is renamed out of the way, every cell kept, and reported.
import { WorkbookDouble } from '../../../src/dev/workbook-double';
import { createWorkbookPort, type BatchRunner, type TemplateOptions } from '../../../src/excel';
import { cellAddress, type WorkbookPlan } from '../../../src/plan';
import { fillInputs, inputValues, options, planFor } from './helpers';

type Grid = (string | number)[][];

const OURS: Record<string, Grid> = {
  Results: [
    ['Tỉnh', 'Điểm', 'Ghi chú'],
    ['Bắc Ninh', 41.25, "'1,5"],
    ['Hà Nội', 55, 'của tôi'],
  ],
  'Kết quả': [
    ['Năm', 'PII', 'Xếp hạng', 'Nguồn'],
    [2023, 38.5, 12, 'Bộ KH&CN'],
    [2024, 40.75, 9, '=B2+B3'],
    ['tổng', '=SUM(B2:B3)', '', "'0012"],
  ],
};

const REASON = {
  vi: expect.stringContaining('đổi tên') as unknown,
  en: expect.stringContaining('renamed') as unknown,
};

function officerBook(sheets = Object.keys(OURS)) {
  const book = new WorkbookDouble({ sheets, apiVersion: '1.8' });
  for (const [name, grid] of Object.entries(OURS)) {
    if (!sheets.includes(name)) continue;
    book.setValues(name, `A1:${cellAddress(grid.length - 1, grid[0].length - 1)}`, grid);
  }
  const port = createWorkbookPort(((batch) => book.run(batch)) as BatchRunner, {
    isSetSupported: (set, version) => book.isSetSupported(set, version),
    today: () => '2024-05-31',
  });
  return { book, port };
}

/** Every cell of a sheet's used area: value, and formula where it has one. */
function contents(book: WorkbookDouble, sheet: string, grid: Grid) {
  return grid.map((row, r) =>
    row.map((_, c) => {
      const cell = book.getCell(sheet, cellAddress(r, c));
      return [cell.value, cell.formula];
    }),
  );
}

function expectPlanContent(book: WorkbookDouble, plan: WorkbookPlan) {
  expect(book.sheetNames().slice(0, plan.sheets.length)).toEqual(plan.sheets.map((s) => s.name));
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null) return;
          const got = book.getCell(sheet.name, cellAddress(block.row + r, block.col + c));
          if ('formula' in cell) expect(got.formula).toBe(cell.formula);
          else expect(got.value).toBe(cell.value);
        }),
      );
    }
  }
}

describe("loadTemplate over the officer's own sheets named like template sheets", () => {
  it.each<[TemplateOptions['lang'], string, string, string]>([
    ['vi', 'Kết quả', 'Kết quả (của bạn)', 'Results'],
    ['en', 'Results', 'Results (yours)', 'Kết quả'],
  ])(
    '%s: renames "%s" to "%s" with every cell, leaves "%s" alone, still 3 syncs',
    async (lang, clash, renamed, other) => {
      const { book, port } = officerBook();
      const before = {
        [clash]: contents(book, clash, OURS[clash]),
        [other]: contents(book, other, OURS[other]),
      };
      const o = options(undefined, { lang });
      const report = await port.loadTemplate(o);

      expect(report.syncs).toBe(3);
      expect(book.syncCount).toBe(3);
      expect(report.renamedSheets).toEqual([{ from: clash, to: renamed, reason: REASON }]);
      expect(contents(book, renamed, OURS[clash])).toEqual(before[clash]);
      expect(contents(book, other, OURS[other])).toEqual(before[other]);
      expect(book.getSheet(renamed).protected).toBe(false);
      expectPlanContent(book, planFor(o));
      expect(book.sheetNames()).toHaveLength(planFor(o).sheets.length + 2);
    },
  );

  it('picks a free name when "(của bạn)" is taken too', async () => {
    const { book, port } = officerBook(['Kết quả', 'Kết quả (của bạn)']);
    book.setValues('Kết quả (của bạn)', 'A1', [['cũ']]);
    const report = await port.loadTemplate(options());
    expect(report.renamedSheets?.map((r) => r.to)).toEqual(['Kết quả (của bạn) (2)']);
    expect(contents(book, 'Kết quả (của bạn) (2)', OURS['Kết quả'])).toEqual(
      contents(officerBook().book, 'Kết quả', OURS['Kết quả']),
    );
    expect(book.getCell('Kết quả (của bạn)', 'A1').value).toBe('cũ');
  });

  it("reloading over the template reuses the template's own sheets: no rename, values carried", async () => {
    const { book, port } = officerBook(['Results']);
    const o = options();
    expect((await port.loadTemplate(o)).renamedSheets).toBeUndefined();
    const plan = planFor(o);
    await fillInputs(book, plan, (_n, i) => i + 0.5);
    const values = inputValues(book, plan);
    const sheets = book.sheetNames();
    const ids = sheets.map((s) => book.getSheet(s).id);
    book.resetCounters();

    const again = await port.loadTemplate(o);
    expect(again.renamedSheets).toBeUndefined();
    expect(again.syncs).toBe(3);
    expect(book.syncCount).toBe(3);
    expect(book.sheetNames()).toEqual(sheets);
    expect(book.sheetNames().map((s) => book.getSheet(s).id)).toEqual(ids);
    expect(inputValues(book, plan)).toEqual(values);
    expect(contents(book, 'Results', OURS.Results)).toEqual(
      contents(officerBook().book, 'Results', OURS.Results),
    );
  });

  it('switching the template to English moves the officer\'s "Results" aside, then renames the template\'s', async () => {
    const { book, port } = officerBook(['Sheet1']);
    await port.loadTemplate(options());
    const vi = planFor(options());
    await fillInputs(book, vi, (_n, i) => i + 1);
    const values = inputValues(book, vi);
    await book.run(async (context) => {
      context.workbook.worksheets.add('Results').getRange('A1:C3').values = OURS.Results;
      await context.sync();
    });

    const en = options(undefined, { lang: 'en' });
    const report = await port.loadTemplate(en);
    expect(report.syncs).toBe(3);
    expect(report.renamedSheets).toEqual([{ from: 'Results', to: 'Results (yours)', reason: REASON }]);
    expect(contents(book, 'Results (yours)', OURS.Results)).toEqual(
      contents(officerBook().book, 'Results', OURS.Results),
    );
    expectPlanContent(book, planFor(en));
    expect(inputValues(book, planFor(en))).toEqual(values);
  });

  it('the integrity check does not take the officer\'s "Kết quả" for the template\'s', async () => {
    const { book, port } = officerBook(['Sheet1']);
    const o = options();
    await port.loadTemplate(o);
    const results = planFor(o).sheets.find((s) => s.key === 'results')!.name;
    await book.run(async (context) => {
      context.workbook.worksheets.getItem(results).delete();
      context.workbook.worksheets.add(results).getRange('A1').values = [['của tôi']];
      await context.sync();
    });
    const report = await port.checkIntegrity(o);
    expect(report.missingSheets).toEqual([results]);
    expect(report.tampered).toEqual([]);
  });
});
