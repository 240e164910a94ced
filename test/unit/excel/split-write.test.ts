// A load whose write would exceed Excel on the web's 5 MB request limit is split into as few
// requests as the budget allows, each under it, with the same workbook as one request leaves.
import { WorkbookDouble } from '../../../src/dev/workbook-double';
import { createWorkbookPort } from '../../../src/excel';
import type { BatchRunner, WorkbookPort } from '../../../src/excel/port';
import { MAX_REQUEST_BYTES } from '../../../src/excel/write-chunks';
import { scaleCatalog } from '../../../src/plan';
import { catalog2023, fillInputs, inputValues, options, planFor } from './helpers';

interface Measured {
  book: WorkbookDouble;
  port: WorkbookPort;
  /** lastRequestBytes after each sync. */
  requests: number[];
  /** The sync (1-based, counted in `requests`) that fails, as a lost connection would; 0: none. */
  failAt: number;
}

/** A port over a fresh double that records every request's size. */
function measured(maxRequestBytes?: number): Measured {
  const book = new WorkbookDouble({ apiVersion: '1.9' });
  const requests: number[] = [];
  const run = ((batch) =>
    book.run((context) => {
      const sync = context.sync.bind(context);
      context.sync = async <T>(value?: T) => {
        if (requests.length + 1 === m.failAt) throw new Error('connection lost');
        const result = await sync(value);
        requests.push(book.lastRequestBytes);
        return result;
      };
      return batch(context);
    })) as BatchRunner;
  const port = createWorkbookPort(run, {
    isSetSupported: (set, version) => book.isSetSupported(set, version),
    today: () => '2024-05-31',
    maxRequestBytes,
  });
  const m: Measured = { book, port, requests, failAt: 0 };
  return m;
}

/**
 * What the workbook holds (cells, formats, rules, names, stamp), without the counters. Maps in key
 * order: a split load writes some cells earlier, which changes insertion order, not contents.
 */
function contents(book: WorkbookDouble): string {
  const { sheets, names, xmlParts, activeSheetId } = book.state;
  return JSON.stringify({ sheets, names, xmlParts, activeSheetId }, (_key, value: unknown) =>
    value instanceof Map ? [...value.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : value,
  );
}

// The 2023 catalog's write is about 0.74 MB: several requests. Its largest step (one that cannot
// be split) is about 0.21 MB when reloading over existing figures (11 entry columns, the evidence
// formats, the backup of every figure).
const SMALL_BUDGET = 250_000;

describe('loadTemplate: a write too large for one request', () => {
  it('splits into requests under the budget, same workbook as one request', async () => {
    const one = measured();
    await one.port.loadTemplate(options());
    expect(one.requests).toHaveLength(2);

    const split = measured(SMALL_BUDGET);
    const report = await split.port.loadTemplate(options());
    expect(split.requests.length).toBeGreaterThan(3);
    expect(report.syncs).toBe(split.requests.length);
    for (const bytes of split.requests) expect(bytes).toBeLessThan(SMALL_BUDGET);
    expect(contents(split.book)).toBe(contents(one.book));
  });

  it('reloads over existing values the same way, carrying every value', async () => {
    const plan = planFor(options());
    const books = await Promise.all(
      [undefined, SMALL_BUDGET].map(async (budget) => {
        const m = measured(budget);
        await m.port.loadTemplate(options());
        await fillInputs(m.book, plan, (_n, i) => i + 1);
        m.requests.length = 0;
        const report = await m.port.loadTemplate(options());
        for (const bytes of m.requests) expect(bytes).toBeLessThan(budget ?? MAX_REQUEST_BYTES);
        return { ...m, report };
      }),
    );
    expect(books[1].requests.length).toBeGreaterThan(3);
    expect(books[1].report.carried).toEqual(books[0].report.carried);
    expect(contents(books[1].book)).toBe(contents(books[0].book));
  });

  it('loses no value when a later request fails: the first one wrote every carried value', async () => {
    const plan = planFor(options());
    const m = measured(SMALL_BUDGET);
    await m.port.loadTemplate(options());
    await fillInputs(m.book, plan, (_n, i) => i + 1);
    const before = inputValues(m.book, plan);
    expect(Object.values(before).filter((v) => v !== null && v !== '').length).toBeGreaterThan(50);

    // Sync 1 reads, sync 2 is the first write request (it clears the sheets), sync 3 fails.
    m.requests.length = 0;
    m.failAt = 3;
    await expect(m.port.loadTemplate(options())).rejects.toThrow('connection lost');
    expect(m.requests).toHaveLength(2);
    expect(inputValues(m.book, plan)).toEqual(before);
  });

  it('splits the x14 catalog (over 5 MB in one request) into requests under 4 MB', async () => {
    const m = measured();
    await m.port.loadTemplate(options(scaleCatalog(catalog2023(), 14)));
    expect(m.requests.length).toBeGreaterThanOrEqual(3);
    for (const bytes of m.requests) expect(bytes).toBeLessThan(MAX_REQUEST_BYTES);
  });
});
