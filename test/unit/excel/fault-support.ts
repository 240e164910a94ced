// The fault walk: runs an action once to list its commands, then again from the same state with
// each failure point armed, and checks that no figure is lost (it is in its named cell, a complete
// backup sheet, or the "not carried" sheet) and that a retry puts every one back in its named cell.
import type { WorkbookDouble } from '../../../src/dev/workbook-double';
import { createWorkbookPort } from '../../../src/excel';
import { isBackupSheetName, parseBackup } from '../../../src/excel/backup';
import { NOT_CARRIED_SHEET } from '../../../src/excel/not-carried';
import type { BatchRunner, WorkbookPort } from '../../../src/excel/port';
import type { WorkbookPlan } from '../../../src/plan';
import { fillInputs, options, planFor, setup, whereIs } from './helpers';

export interface Figure {
  name: string;
  value: unknown;
  /** 'cell': back in its named cell after a retry; 'kept': on the "not carried" sheet. */
  target: 'cell' | 'kept';
}

export function portFor(book: WorkbookDouble): WorkbookPort {
  const run = ((batch) => book.run(batch)) as BatchRunner;
  return createWorkbookPort(run, {
    isSetSupported: (set, version) => book.isSetSupported(set, version),
    today: () => '2024-05-31',
  });
}

/** Every non-blank input of the plan (cover fields excluded: they follow the load's options). */
export function figuresOf(book: WorkbookDouble, plan: WorkbookPlan): Figure[] {
  return plan.names
    .filter((n) => n.isInput && n.kind !== 'meta')
    .map((n) => {
      const { sheet, address } = whereIs(book, n.name);
      return { name: n.name, value: book.getCell(sheet, address).value, target: 'cell' as const };
    })
    .filter((f) => f.value !== '' && f.value !== null);
}

/** The values of a sheet's cells, rows x columns from A1. */
export function cellsOf(book: WorkbookDouble, sheet: string, rows: number, columns: number): unknown[][] {
  return Array.from({ length: rows }, (_r, r) =>
    Array.from(
      { length: columns },
      (_c, c) => book.getCell(sheet, `${String.fromCharCode(65 + c)}${r + 1}`).value,
    ),
  );
}

/** A sheet's used values (from A1 to the last cell holding something), as Excel reads them. */
function usedValues(book: WorkbookDouble, name: string): unknown[][] {
  const sheet = book.state.sheets.find((s) => s.name === name);
  if (!sheet) return [];
  let rows = 0;
  let columns = 0;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === '' && cell.formula === null) continue;
    rows = Math.max(rows, Math.floor(key / 16384) + 1);
    columns = Math.max(columns, (key % 16384) + 1);
  }
  return cellsOf(book, name, rows, columns);
}

export function backupSheets(book: WorkbookDouble): string[] {
  return book.sheetNames().filter(isBackupSheetName);
}

/** [name, value] rows of the "not carried" sheet (either language). */
export function notCarriedRows(book: WorkbookDouble): unknown[][] {
  const sheet = book.sheetNames().find((s) => s === NOT_CARRIED_SHEET.vi || s === NOT_CARRIED_SHEET.en);
  return sheet ? usedValues(book, sheet).slice(1) : [];
}

/** The figures found nowhere: not in their named cell, not in a complete backup, not kept aside. */
export function lostFigures(book: WorkbookDouble, figures: Figure[]): Figure[] {
  const backedUp = new Set<string>();
  for (const sheet of backupSheets(book)) {
    for (const e of parseBackup(usedValues(book, sheet))?.entries ?? [])
      backedUp.add(`${e.name.toUpperCase()}|${String(e.value)}`);
  }
  const kept = new Set(
    notCarriedRows(book).map(([name, value]) => `${String(name).toUpperCase()}|${String(value)}`),
  );
  const names = new Set(book.getNames().map((n) => n.name.toUpperCase()));
  return figures.filter((f) => {
    const key = `${f.name.toUpperCase()}|${String(f.value)}`;
    if (backedUp.has(key) || kept.has(key)) return false;
    if (!names.has(f.name.toUpperCase())) return true;
    try {
      const { sheet, address } = whereIs(book, f.name);
      return book.getCell(sheet, address).value !== f.value;
    } catch {
      return true; // the name no longer points at a cell
    }
  });
}

export interface Start {
  book: WorkbookDouble;
  action(port: WorkbookPort): Promise<unknown>;
  /** Figures with their target: 'cell' back in the named cell after a retry, 'kept' on the not-carried sheet. */
  figures: Figure[];
  /** The officer's own sheets: contents that must survive, under their name or renamed aside. */
  own: Record<string, unknown[][]>;
}

/** A filled 2023 template (every input typed), on ExcelApi 1.8. */
export async function filledTemplate(): Promise<{ book: WorkbookDouble; port: WorkbookPort }> {
  const { book, port } = setup();
  const o = options();
  await port.loadTemplate(o);
  await fillInputs(book, planFor(o), (_n, i) => (i % 3 === 0 ? `QĐ ${i}/UBND` : i + 0.5));
  return { book, port };
}

/**
 * Where to make a command fail. Every command up to the first clear (where the order protects the
 * figures: events, unprotects, the backup, the "not carried" sheet, sheets moved aside), and
 * after it the first, middle and last run of each kind of command (a reload issues about 1,800
 * commands of 42 kinds; failing the 600th border of a sheet tests nothing the 1st and the 230th
 * do not). PII_FAULT_WALK=all walks every single command (minutes per scenario).
 */
function failurePoints(ops: string[]): Array<{ op: string; occurrence: number }> {
  const every = process.env.PII_FAULT_WALK === 'all';
  const totals = new Map<string, number>();
  for (const op of ops) totals.set(op, (totals.get(op) ?? 0) + 1);
  const critical = ops.indexOf('Range.clear');
  const seen = new Map<string, number>();
  const points: Array<{ op: string; occurrence: number }> = [];
  ops.forEach((op, i) => {
    const occurrence = (seen.get(op) ?? 0) + 1;
    seen.set(op, occurrence);
    const total = totals.get(op) ?? 0;
    const reading = op.endsWith('.load');
    const chosen =
      every ||
      (!reading && i <= critical) ||
      occurrence === 1 ||
      occurrence === total ||
      occurrence === Math.ceil(total / 2);
    if (chosen) points.push({ op, occurrence });
  });
  return points;
}

/** The op of every command the action runs, from a clean run on a copy. */
async function commandsOf(start: Start): Promise<{ ops: string[]; syncs: number }> {
  const probe = start.book.clone();
  const ops = probe.recordCommands();
  probe.resetCounters();
  await start.action(portFor(probe));
  probe.stopRecording();
  return { ops: [...ops], syncs: probe.syncCount };
}

function expectNothingLost(book: WorkbookDouble, start: Start, when: string): void {
  expect({ when, lost: lostFigures(book, start.figures) }).toEqual({ when, lost: [] });
  for (const [sheet, cells] of Object.entries(start.own)) {
    const kept = book.sheetNames().some((name) => name.startsWith(sheet) && sameCells(book, name, cells));
    expect({ when, sheet, kept }).toEqual({ when, sheet, kept: true });
  }
  expect({ when, events: book.state.events.enabled }).toEqual({ when, events: true });
}

function sameCells(book: WorkbookDouble, sheet: string, cells: unknown[][]): boolean {
  const got = cellsOf(book, sheet, cells.length, cells[0].length);
  return JSON.stringify(got) === JSON.stringify(cells);
}

async function expectRetryRestores(book: WorkbookDouble, start: Start, when: string): Promise<void> {
  book.clearFaults();
  const port = portFor(book);
  await start.action(port);
  for (const f of start.figures.filter((x) => x.target === 'cell')) {
    const { sheet, address } = whereIs(book, f.name);
    expect({ when, name: f.name, value: book.getCell(sheet, address).value }).toEqual({
      when,
      name: f.name,
      value: f.value,
    });
  }
  const kept = notCarriedRows(book);
  for (const f of start.figures.filter((x) => x.target === 'kept')) {
    const rows = kept.filter(([name, value]) => name === f.name && value === f.value);
    expect({ when, name: f.name, rows: rows.length }).toEqual({ when, name: f.name, rows: 1 });
  }
  expect({ when, backups: backupSheets(book) }).toEqual({ when, backups: [] });
  const report = await port.checkIntegrity(options());
  expect({ when, tampered: report.tampered.length, missing: report.missingSheets }).toEqual({
    when,
    tampered: 0,
    missing: [],
  });
  expectNothingLost(book, start, `${when}, after the retry`);
}

/** Walks every failure point of each scenario (one describe per scenario). */
export function walkScenarios(scenarios: Array<[string, () => Promise<Start>]>): void {
  describe.each(scenarios)('fault walk: %s', (_label, make) => {
    let start: Start;
    let walk: { ops: string[]; syncs: number };

    beforeAll(async () => {
      start = await make();
      walk = await commandsOf(start);
    });

    it('has failure points to walk', () => {
      expect(walk.ops.length).toBeGreaterThan(10);
      expect(walk.syncs).toBeGreaterThanOrEqual(2);
    });

    it('every failure point: nothing lost, and a retry restores every figure', async () => {
      for (const { op, occurrence } of failurePoints(walk.ops)) {
        const book = start.book.clone();
        book.failCommand(op, occurrence);
        const when = `${op} #${occurrence} fails`;
        await expect(start.action(portFor(book))).rejects.toBeDefined();
        expectNothingLost(book, start, when);
        await expectRetryRestores(book, start, when);
      }
    });

    it('every request refused whole: nothing lost, and a retry restores every figure', async () => {
      for (let sync = 1; sync <= walk.syncs; sync++) {
        const book = start.book.clone();
        book.failSync(sync, 'RequestPayloadSizeLimitExceeded');
        const when = `request ${sync} refused`;
        await expect(start.action(portFor(book))).rejects.toBeDefined();
        expectNothingLost(book, start, when);
        await expectRetryRestores(book, start, when);
      }
    });
  });
}
