// "Ghi tiến độ vào sổ / Write progress to a sheet" on the workbook double: a visible sheet in one
// range write and 3 syncs, rewritten in place the next time (never a second sheet), an officer's
// own sheet of that name left whole, and at every failure point (a command failing, a request
// refused whole) every figure and formula intact, events on, and a retry that writes the sheet once.
import { progressOf } from '../../../src/collect/progress';
import { progressSheet, type ProgressSheet } from '../../../src/collect/progress-sheet';
import type { WorkbookDouble } from '../../../src/dev/workbook-double';
import type { WorkbookPort } from '../../../src/excel/port';
import { validate } from '../../../src/validation';
import { cellsOf, filledTemplate, portFor } from './fault-support';
import { catalog2023, inputValues, options, planFor } from './helpers';

const plan = planFor(options());

async function started() {
  const { book, port } = await filledTemplate();
  const input = await port.readInput(catalog2023());
  const progress = progressOf(catalog2023(), input, validate(catalog2023(), input), '31/12/2099', new Date());
  const sheet = progressSheet(progress, 'vi', '30/11/2026 09:00');
  return { book, port, sheet, figures: inputValues(book, plan) };
}

/** What the double shows for `sheet`'s rows (blank cells read as ""). */
const expected = (sheet: ProgressSheet) => sheet.rows.map((r) => r.map((v) => v ?? ''));
const shown = (book: WorkbookDouble, name: string, rows: number) => cellsOf(book, name, rows, 11);
const progressSheets = (book: WorkbookDouble) => book.sheetNames().filter((s) => s.startsWith('Tiến độ'));

async function expectIntact(
  book: WorkbookDouble,
  port: WorkbookPort,
  figures: Record<string, unknown>,
  when: string,
) {
  expect({ when, figures: inputValues(book, plan) }).toEqual({ when, figures });
  expect({ when, events: book.state.events.enabled }).toEqual({ when, events: true });
  const report = await port.checkIntegrity(options());
  expect({ when, tampered: report.tampered.length, missing: report.missingSheets }).toEqual({
    when,
    tampered: 0,
    missing: [],
  });
}

describe('the progress sheet', () => {
  test('written visible and active in 3 syncs, values only; written again in place, shorter rows cleared', async () => {
    const { book, port, sheet, figures } = await started();
    expect(sheet.rows.length).toBeGreaterThan(20);
    book.resetCounters();
    expect(await port.writeProgress(sheet)).toBe('Tiến độ');
    expect(book.syncCount).toBe(3);
    expect(shown(book, 'Tiến độ', sheet.rows.length)).toEqual(expected(sheet));
    const s = book.getSheet('Tiến độ');
    expect(s.visibility).toBe('Visible');
    expect(book.getCell('Tiến độ', 'D5').formula ?? null).toBeNull();
    await expectIntact(book, port, figures, 'first write');

    // Fewer rows the next time: the same sheet, and nothing of the longer one left under it.
    const shorter = { ...sheet, rows: sheet.rows.slice(0, 6) };
    book.resetCounters();
    expect(await port.writeProgress(shorter)).toBe('Tiến độ');
    expect(book.syncCount).toBe(3);
    expect(progressSheets(book)).toEqual(['Tiến độ']);
    expect(shown(book, 'Tiến độ', sheet.rows.length)).toEqual([
      ...expected(shorter),
      ...Array.from({ length: sheet.rows.length - 6 }, () => Array<string>(11).fill('')),
    ]);
    await expectIntact(book, port, figures, 'second write');
  });

  test("an officer's own sheet named Tiến độ is left whole; ours takes Tiến độ (2) and keeps it", async () => {
    const { book, port, sheet } = await started();
    await book.run(async (context) => {
      context.workbook.worksheets.add('Tiến độ').getRange('A1:B1').values = [['Việc của tôi', 42]];
      await context.sync();
    });
    expect(await port.writeProgress(sheet)).toBe('Tiến độ (2)');
    expect(await port.writeProgress(sheet)).toBe('Tiến độ (2)');
    expect(progressSheets(book)).toEqual(['Tiến độ', 'Tiến độ (2)']);
    expect(shown(book, 'Tiến độ', 1).slice(0, 1)[0].slice(0, 2)).toEqual(['Việc của tôi', 42]);
    expect(shown(book, 'Tiến độ (2)', sheet.rows.length)).toEqual(expected(sheet));
  });

  test.each([
    ['the first write (the sheet is added)', false],
    ['a rewrite (the sheet is cleared)', true],
  ])(
    'every failure point of %s: figures intact, events on, a retry writes the sheet once',
    async (_l, again) => {
      const { book, port, sheet, figures } = await started();
      if (again) await port.writeProgress({ ...sheet, rows: [...sheet.rows, ['x', 'y']] });
      const probe = book.clone();
      const ops = probe.recordCommands();
      await portFor(probe).writeProgress(sheet);
      probe.stopRecording();
      const writes = ops.filter((op) => !op.endsWith('.load'));
      expect(writes).toEqual(expect.arrayContaining(['Range.formulas', 'Worksheet.activate']));
      const seen = new Map<string, number>();
      const points = [
        ...writes.map((op) => {
          seen.set(op, (seen.get(op) ?? 0) + 1);
          return { op, occurrence: seen.get(op)!, sync: 0 };
        }),
        // Requests carrying commands: the probe of the existing sheet's A1 has none on a first write.
        ...(again ? [1, 2, 3] : [1, 2]).map((sync) => ({ op: '', occurrence: 0, sync })),
      ];
      for (const { op, occurrence, sync } of points) {
        const copy = book.clone();
        if (op) copy.failCommand(op, occurrence);
        else copy.failSync(sync, 'RequestPayloadSizeLimitExceeded');
        const when = op ? `${op} #${occurrence} fails` : `request ${sync} refused`;
        const p = portFor(copy);
        await expect(p.writeProgress(sheet)).rejects.toBeDefined();
        copy.clearFaults();
        expect({ when, sheets: progressSheets(copy).length <= 1 }).toEqual({ when, sheets: true });
        await expectIntact(copy, p, figures, when);
        expect(await p.writeProgress(sheet)).toBe('Tiến độ');
        expect({ when, sheets: progressSheets(copy) }).toEqual({ when, sheets: ['Tiến độ'] });
        expect({ when, rows: shown(copy, 'Tiến độ', sheet.rows.length + 1) }).toEqual({
          when,
          rows: [...expected(sheet), Array<string>(11).fill('')],
        });
        await expectIntact(copy, p, figures, `${when}, after the retry`);
      }
    },
  );
});
