// The pane's "Agency workbook" on the workbook double: one read of the master (figures and the
// cover's deadline and contact), the agency's workbook opened as a new workbook with the master's
// figures for what that agency holds, the master left exactly as it was.
import { builtinCatalog } from '../../../src/catalog';
import { agencyShare } from '../../../src/collect';
import { WorkbookDouble } from '../../../src/dev/workbook-double';
import { createWorkbookPort } from '../../../src/excel';
import type { BatchRunner } from '../../../src/excel/port';
import { NAMES } from '../../../src/plan';
import { openAgencyWorkbook } from '../../../src/ui/agencies';
import { readNamedValues } from '../../../src/xlsx';
import { fillInputs, planFor, valueOf, whereIs } from './helpers';

test("the agency's workbook opens with the master's figures, deadline and contact; the master is untouched", async () => {
  const catalog = builtinCatalog('2025');
  const o = { catalog, province: 'Bắc Ninh', year: 2025, lang: 'vi' as const };
  const book = new WorkbookDouble({ apiVersion: '1.8' });
  const port = createWorkbookPort(((batch) => book.run(batch)) as BatchRunner, {
    isSetSupported: (s, v) => book.isSetSupported(s, v),
    createWorkbook: (base64) => book.createWorkbook(base64),
  });
  await port.loadTemplate(o);
  await fillInputs(book, planFor(o), (name, i) => (name.startsWith('PII_ev_') ? `QĐ ${i}` : i + 1));
  const put = async (name: string, v: unknown) => {
    const w = whereIs(book, name);
    await book.userEdit(w.sheet, w.address, [[v]]);
  };
  await put(NAMES.meta('deadline'), '31/03/2026');
  await put(NAMES.meta('contact'), 'Phòng QLKH, 0222 3822 000');
  const before = JSON.stringify(book.sheetNames().map((s) => [s, book.getSheet(s)]));
  book.resetCounters();

  const r = await openAgencyWorkbook(port, {
    catalog,
    agency: 'dard',
    province: 'Bắc Ninh',
    year: 2025,
    lang: 'vi',
  });
  expect(book.syncCount).toBe(1);
  expect(r.opened).toEqual({ outcome: 'opened' });
  expect(JSON.stringify(book.sheetNames().map((s) => [s, book.getSheet(s)]))).toBe(before);

  const names = await readNamedValues(Buffer.from(book.createdWorkbooks[0], 'base64'));
  expect(names.get('PII_META_AGENCY')).toBe('dard');
  expect(names.get('PII_META_PROVINCE')).toBe('Bắc Ninh');
  expect(names.get('PII_META_DEADLINE')).toBe('31/03/2026');
  expect(names.get('PII_META_CONTACT')).toBe('Phòng QLKH, 0222 3822 000');
  const share = agencyShare(catalog, 'dard')!;
  for (const id of [...share.owned, ...share.shared])
    expect({ id, value: names.get(`PII_IN_${id}`.toUpperCase()) }).toEqual({
      id,
      value: valueOf(book, NAMES.input(id)),
    });
  // Only what the agency holds: another agency's component has no cell there.
  const other = catalog.components.find((c) => !share.owned.includes(c.id) && !share.shared.includes(c.id))!;
  expect(names.has(NAMES.input(other.id).toUpperCase())).toBe(false);
  expect(r.filled).toBeGreaterThan(0);
  expect(r.fileName).toMatch(/\.xlsx$/);
});
