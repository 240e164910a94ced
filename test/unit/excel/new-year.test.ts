// The pane's "New reporting year" on the workbook double: one read of this workbook, next year's
// template opened as a new workbook (Excel.createWorkbook) with this year's figures as its
// previous-year column, this workbook left exactly as it was. Also where Excel cannot open it.
import { builtinCatalog } from '../../../src/catalog';
import { WorkbookDouble } from '../../../src/dev/workbook-double';
import { createWorkbookPort } from '../../../src/excel';
import type { BatchRunner, WorkbookPort } from '../../../src/excel/port';
import { startNewYear, type NewYearRequest } from '../../../src/ui/new-year';
import { readNamedValues } from '../../../src/xlsx';
import { fillInputs, planFor, valueOf } from './helpers';

const c2024 = builtinCatalog('2024');
const c2025 = builtinCatalog('2025');
const thisYear = { catalog: c2024, province: 'Bắc Ninh', year: 2024, lang: 'vi' as const };

function portOf(book: WorkbookDouble, create = true): WorkbookPort {
  const run = ((batch) => book.run(batch)) as BatchRunner;
  return createWorkbookPort(run, {
    isSetSupported: (set, version) => book.isSetSupported(set, version),
    ...(create ? { createWorkbook: (base64: string) => book.createWorkbook(base64) } : {}),
  });
}

async function filled(): Promise<{ book: WorkbookDouble; port: WorkbookPort }> {
  const book = new WorkbookDouble({ apiVersion: '1.8' });
  const port = portOf(book);
  await port.loadTemplate(thisYear);
  // Numbers in value cells, text in evidence cells, last year's column too.
  await fillInputs(book, planFor(thisYear), (name, i) =>
    name.startsWith('PII_ev_') ? `QĐ ${i}/UBND` : name.startsWith('PII_in_') ? i + 1 : 1000 + i,
  );
  return { book, port };
}

const request = (catalog = c2025): NewYearRequest => ({
  own: c2024,
  catalog,
  province: 'Bắc Ninh',
  year: 2025,
  lang: 'vi',
});

/** Every cell of every sheet, to prove the workbook was not written. */
const everything = (book: WorkbookDouble) =>
  JSON.stringify(book.sheetNames().map((s) => [s, book.getSheet(s)]));

test("opens next year's template with this year's figures as last year's; this workbook untouched", async () => {
  const { book, port } = await filled();
  const before = everything(book);
  const names = book.getNames().length;
  book.resetCounters();

  const result = await startNewYear(port, request());
  expect(book.syncCount).toBe(1);
  expect(result.opened).toEqual({ outcome: 'opened' });
  expect(book.createdWorkbooks).toHaveLength(1);
  expect(everything(book)).toBe(before);
  expect(book.getNames()).toHaveLength(names);

  const opened = await readNamedValues(Buffer.from(book.createdWorkbooks[0], 'base64'));
  expect(opened.get('PII_META_YEAR')).toBe(2025);
  expect(opened.get('PII_META_PROVINCE')).toBe('Bắc Ninh');
  let carried = 0;
  for (const c of c2025.components) {
    const key = (p: string) => `PII_${p}_${c.id}`.toUpperCase();
    expect({ id: c.id, this: opened.get(key('in')) ?? null }).toEqual({ id: c.id, this: null });
    expect({ id: c.id, evidence: opened.get(key('ev')) ?? null }).toEqual({ id: c.id, evidence: null });
    if (c2024.components.some((x) => x.id === c.id)) {
      expect({ id: c.id, prev: opened.get(key('prev')) }).toEqual({
        id: c.id,
        prev: valueOf(book, key('in')),
      });
      carried++;
    }
  }
  expect(result.carried).toBe(carried);
  // 2025 counts 4-star OCOP products: 2024's ocop_products has no place there, and is listed.
  expect(result.notes.map((n) => n.component)).toEqual(['ocop_products']);
  expect(result.fileName).toBe('PII 2025 - Bắc Ninh - 2025.xlsx');
});

test('where Excel cannot open a workbook the file is still made, for the download', async () => {
  const { book } = await filled();
  const noCreate = await startNewYear(portOf(book, false), request(c2024));
  expect(noCreate.opened).toEqual({ outcome: 'unsupported' });
  expect((await readNamedValues(Buffer.from(noCreate.xlsx))).get('PII_META_YEAR')).toBe(2025);

  book.excel.createWorkbookFails = 'before';
  const failed = await startNewYear(portOf(book), request(c2024));
  expect(failed.opened).toMatchObject({
    outcome: 'failed',
    detail: expect.stringContaining('GeneralException'),
  });
  book.excel.createWorkbookFails = 'after';
  const maybe = await startNewYear(portOf(book), request(c2024));
  expect(maybe.opened.outcome).toBe('failed');
  expect(book.createdWorkbooks).toHaveLength(1);
  expect(maybe.xlsx.length).toBeGreaterThan(10_000);
});
