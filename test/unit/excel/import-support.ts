// A master on the workbook double and agency files made from it, for the pane's import: the
// agency's workbook is the one the pane's "Agency workbook" opens (create), filled by defined
// names with exceljs as an agency's Excel would, plus a file for another province.
import { builtinCatalog, type CellValue } from '../../../src/catalog';
import { WorkbookDouble } from '../../../src/dev/workbook-double';
import { createWorkbookPort } from '../../../src/excel';
import type { BatchRunner, WorkbookPort } from '../../../src/excel/port';
import { NAMES } from '../../../src/plan';
import { openAgencyWorkbook } from '../../../src/ui/agencies';
import { updateWorkbook } from '../../../src/xlsx';

export const catalog2025 = builtinCatalog('2025');
export const OPTIONS = { catalog: catalog2025, province: 'Bắc Ninh', year: 2025, lang: 'vi' as const };

/** The conflict: the master holds 250 OCOP products, the agency says 260. */
export const MASTER_FIGURES: Record<string, CellValue> = {
  [NAMES.input('communes')]: 99,
  [NAMES.input('ocop_products_4star')]: 250,
  [NAMES.input('grdp')]: 250000,
};

/** What the Sở NN&PTNT (dard) types in its workbook. */
export const AGENCY_FIGURES: Record<string, CellValue> = {
  [NAMES.input('ocop_products_4star')]: 260, // conflict with the master's 250
  [NAMES.previous('ocop_products_4star')]: 240, // imported: blank in the master
  [NAMES.evidence('ocop_products_4star')]: 'QĐ 15/QĐ-UBND', // imported
  [NAMES.input('communes')]: 100, // a shared denominator: not the agency's, ignored
};

export function portOf(book: WorkbookDouble, now = () => '2025-03-02T09:00:00.000Z'): WorkbookPort {
  return createWorkbookPort(((batch) => book.run(batch)) as BatchRunner, {
    isSetSupported: (s, v) => book.isSetSupported(s, v),
    createWorkbook: (base64) => book.createWorkbook(base64),
    now,
  });
}

/** Sheet and A1 address of a defined name on the double. */
export function cellOf(book: WorkbookDouble, name: string): { sheet: string; address: string } {
  const n = book.getNames().find((x) => x.name.toUpperCase() === name.toUpperCase());
  if (!n) throw new Error(`no name ${name}`);
  const m = /^=(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(n.formula)!;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3].replace(/\$/g, '') };
}

export const valueOf = (book: WorkbookDouble, name: string): unknown => {
  const { sheet, address } = cellOf(book, name);
  return book.getCell(sheet, address).value;
};

export async function type(book: WorkbookDouble, name: string, value: CellValue): Promise<void> {
  const { sheet, address } = cellOf(book, name);
  await book.userEdit(sheet, address, [[value]]);
}

/** The master (a 2025 template for Bắc Ninh with MASTER_FIGURES typed) and its port. */
export async function masterBook(): Promise<{ book: WorkbookDouble; port: WorkbookPort }> {
  const book = new WorkbookDouble({ apiVersion: '1.8' });
  const port = portOf(book);
  await port.loadTemplate(OPTIONS);
  for (const [name, v] of Object.entries(MASTER_FIGURES)) await type(book, name, v);
  return { book, port };
}

/**
 * The agency `agency`'s workbook as the pane creates it from `book` (for `province`, the master's
 * by default), with `figures` typed into it by defined names.
 */
export async function agencyFile(
  book: WorkbookDouble,
  figures: Record<string, CellValue>,
  agency = 'dard',
  province = OPTIONS.province,
): Promise<Uint8Array> {
  const made = await openAgencyWorkbook(portOf(book), { ...OPTIONS, agency, province });
  const { bytes } = await updateWorkbook(made.xlsx, { set: new Map(Object.entries(figures)) });
  return new Uint8Array(bytes);
}
