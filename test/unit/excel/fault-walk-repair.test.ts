// Every failure point of a repair, and of reloads on Excel builds that fail differently (a hidden
// sheet, an unprotected one), on the workbook double (see fault-support.ts for what is checked).
import type { WorkbookPort } from '../../../src/excel/port';
import { SHEET_NAMES } from '../../../src/plan';
import { options, planFor, whereIs } from './helpers';
import { figuresOf, filledTemplate, walkScenarios } from './fault-support';

const reload = (port: WorkbookPort) => port.loadTemplate(options());
const repair = (port: WorkbookPort) => port.repair(options());

walkScenarios([
  [
    'a repair that rebuilds a deleted sheet (structural)',
    async () => {
      const { book } = await filledTemplate();
      const figures = figuresOf(book, planFor(options()));
      await book.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET_NAMES.results.vi).delete();
        await context.sync();
      });
      return { book, action: repair, figures, own: {} };
    },
  ],
  [
    'a repair of overwritten formulas',
    async () => {
      const { book } = await filledTemplate();
      const score = whereIs(book, 'PII_index');
      book.setValues(score.sheet, score.address, [[99]]);
      return { book, action: repair, figures: figuresOf(book, planFor(options())), own: {} };
    },
  ],
  [
    'a reload with a hidden template sheet, on a build whose unfreeze() fails on hidden sheets',
    async () => {
      const { book } = await filledTemplate();
      await book.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET_NAMES.benchmarks.vi).visibility = 'Hidden';
        await context.sync();
      });
      book.excel.unfreezeFailsOnHiddenSheet = true;
      return { book, action: reload, figures: figuresOf(book, planFor(options())), own: {} };
    },
  ],
  [
    'a reload with an unprotected template sheet, on a build whose unprotect() fails when unprotected',
    async () => {
      const { book } = await filledTemplate();
      await book.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET_NAMES.entry.vi).protection.unprotect();
        await context.sync();
      });
      book.excel.unprotectFailsWhenUnprotected = true;
      return { book, action: reload, figures: figuresOf(book, planFor(options())), own: {} };
    },
  ],
]);
