// A reload must not write over edits on the Danh mục sheet that were never applied: the edited
// sheet is moved aside whole, a fresh one written, and the pane is told. Also walked at every
// failure point: the edit survives any interruption and a retry completes the reload.
import type { WorkbookDouble } from '../../../src/dev/workbook-double';
import { frameworkEditCount, frameworkFromGrid } from '../../../src/plan';
import { catalog2023, options, planFor, setup, valueOf, whereIs } from './helpers';
import { cellsOf, figuresOf, filledTemplate, walkScenarios } from './fault-support';

const SHEET = 'Danh mục';

/** Renames sub-pillar 1.1 on the framework sheet, as an officer typing there would. */
async function editSubPillarName(book: WorkbookDouble, name: string): Promise<string> {
  const grid = cellsOf(book, SHEET, 120, 4);
  const row = grid.findIndex((r) => r[0] === '1.1' && r[2] === 'Môi trường chính sách');
  if (row < 0) throw new Error('sub-pillar 1.1 not found on the framework sheet');
  const address = `C${row + 1}`;
  await book.userEdit(SHEET, address, [[name]]);
  return address;
}

const pointsInto = (book: WorkbookDouble, sheet: string) =>
  book.getNames().filter((n) => n.name.startsWith('PII_') && n.formula.includes(`'${sheet}'!`));

describe('a reload over framework edits not applied', () => {
  test('the edited sheet is kept aside whole, a fresh one written, the report says so', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    await book.userEdit(whereIs(book, 'PII_in_grdp').sheet, whereIs(book, 'PII_in_grdp').address, [[120000]]);
    const address = await editSubPillarName(book, 'Thể chế mới');
    const edited = cellsOf(book, SHEET, 60, 12);

    const report = await port.loadTemplate(options());
    const aside = `${SHEET} (đã sửa)`;
    expect(report.renamedSheets).toEqual([
      expect.objectContaining({ from: SHEET, to: aside, editedFramework: true }),
    ]);
    expect(report.renamedSheets![0].reason.en).toMatch(/edits not yet applied/);
    expect(cellsOf(book, aside, 60, 12)).toEqual(edited);
    expect(book.getCell(aside, address).value).toBe('Thể chế mới');
    // The new sheet is the catalog's own; no template name points into the kept one.
    const fresh = (await port.readFramework())!;
    expect(fresh.sheet).toBe(SHEET);
    expect(frameworkEditCount(fresh.values, fresh.sheet, catalog2023())).toBe(0);
    expect(pointsInto(book, aside)).toEqual([]);
    expect(valueOf(book, 'PII_in_grdp')).toBe(120000);
    const integrity = await port.checkIntegrity(options());
    expect(integrity.tampered).toEqual([]);
    expect(integrity.missingSheets).toEqual([]);

    // The next reload finds nothing to keep: the fresh sheet holds the template's own catalog.
    const again = await port.loadTemplate(options());
    expect(again.renamedSheets).toBeUndefined();
    expect(book.sheetNames().filter((s) => s.startsWith(SHEET))).toEqual([SHEET, aside]);
  });

  test('a reload without edits, and applying the edits, move nothing aside', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    expect((await port.loadTemplate(options())).renamedSheets).toBeUndefined();

    await editSubPillarName(book, 'Thể chế mới');
    const read = (await port.readFramework())!;
    expect(frameworkEditCount(read.values, read.sheet, catalog2023())).toBe(1);
    const result = frameworkFromGrid(read.values, read.sheet);
    if (!result.ok) throw new Error('the edit should be valid');
    const report = await port.loadTemplate(options(result.catalog));
    expect(report.renamedSheets).toBeUndefined();
    expect(book.sheetNames().filter((s) => s.startsWith(SHEET))).toEqual([SHEET]);
    // Now the edited catalog is the template's own: a reload with it keeps nothing aside either.
    expect((await port.loadTemplate(options(result.catalog))).renamedSheets).toBeUndefined();
  });

  test('edits written the officer\'s way ("có", "a; b") that read as the loaded catalog are no edit', async () => {
    const { book, port } = setup();
    await port.loadTemplate(options());
    const grid = (await port.readFramework())!.values;
    const head = grid.findIndex((r) => r[0] === 'Thành phần số liệu') + 1;
    const column = grid[head].findIndex((h) => typeof h === 'string' && /Cộng được/i.test(h));
    const row = grid.findIndex((r, i) => i > head && r[column] === true);
    expect(column).toBeGreaterThan(0);
    expect(row).toBeGreaterThan(head);
    await book.userEdit(SHEET, `${String.fromCharCode(65 + column)}${row + 1}`, [['có']]);
    const read = (await port.readFramework())!;
    expect(frameworkEditCount(read.values, read.sheet, catalog2023())).toBe(1);
    expect((await port.loadTemplate(options())).renamedSheets).toBeUndefined();
  });
});

walkScenarios([
  [
    'a reload over a filled template whose framework sheet has edits not applied',
    async () => {
      const { book } = await filledTemplate();
      await editSubPillarName(book, 'Thể chế mới');
      return {
        book,
        action: (port) => port.loadTemplate(options()),
        figures: figuresOf(book, planFor(options())),
        own: { [SHEET]: cellsOf(book, SHEET, 60, 12) },
      };
    },
  ],
]);
