// Shared setup for the Office JS adapter tests: a port over a fresh workbook double.
import { builtinCatalog } from '../../../src/catalog';
import type { Catalog } from '../../../src/catalog/types';
import { WorkbookDouble } from '../../../src/dev/workbook-double';
import { createWorkbookPort } from '../../../src/excel';
import type { BatchRunner, TemplateOptions, WorkbookPort } from '../../../src/excel/port';
import { buildPlan, type WorkbookPlan } from '../../../src/plan';

export const catalog2023 = (): Catalog => builtinCatalog('2023');

export function options(
  catalog: Catalog = catalog2023(),
  extra: Partial<TemplateOptions> = {},
): TemplateOptions {
  return { catalog, province: 'Bắc Ninh', year: 2024, lang: 'vi', ...extra };
}

export function planFor(o: TemplateOptions): WorkbookPlan {
  return buildPlan(o.catalog, { province: o.province, year: o.year, lang: o.lang });
}

export interface Setup {
  book: WorkbookDouble;
  port: WorkbookPort;
}

export function setup(apiVersion = '1.8'): Setup {
  const book = new WorkbookDouble({ apiVersion });
  const run = ((batch) => book.run(batch)) as BatchRunner;
  const port = createWorkbookPort(run, {
    isSetSupported: (set, version) => book.isSetSupported(set, version),
    today: () => '2024-05-31',
  });
  return { book, port };
}

/** Sheet and A1 address (no $) of a defined name, from the double. */
export function whereIs(book: WorkbookDouble, name: string): { sheet: string; address: string } {
  const n = book.getNames().find((x) => x.name.toUpperCase() === name.toUpperCase());
  if (!n) throw new Error(`no name ${name}`);
  const m = /^=(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(n.formula);
  if (!m) throw new Error(`${name} is not a cell reference: ${n.formula}`);
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3].replace(/\$/g, '') };
}

export function valueOf(book: WorkbookDouble, name: string): unknown {
  const { sheet, address } = whereIs(book, name);
  return book.getCell(sheet, address).value;
}

/** Every input name of a plan with the value the double holds for it. */
export function inputValues(book: WorkbookDouble, plan: WorkbookPlan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of plan.names) if (n.isInput) out[n.name] = valueOf(book, n.name);
  return out;
}

/** Types a value into every input cell of the plan, as an officer would (text where asked). */
export async function fillInputs(
  book: WorkbookDouble,
  plan: WorkbookPlan,
  value: (name: string, i: number) => unknown,
): Promise<void> {
  const inputs = plan.names.filter((n) => n.isInput && n.kind !== 'meta');
  for (const [i, n] of inputs.entries()) {
    const v = value(n.name, i);
    if (v === undefined) continue;
    await book.userEdit(n.sheetName, n.address.replace(/\$/g, ''), [[v]]);
  }
}
