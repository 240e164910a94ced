// buildPlan: catalog (+ province, year, language) -> WorkbookPlan. Pure; every layout decision of
// the template lives in ./sheets (one file a sheet), so the Office JS and .xlsx writers only apply it.
import type { Catalog, Lang } from '../catalog/types';
import { cellChecks, type CellCheck } from '../validation';
import { NameRegistry } from './sheet';
import { benchmarkSheet } from './sheets/benchmarks';
import { checkRowNames, checkSheet } from './sheets/checks';
import { coverSheet } from './sheets/cover';
import { entrySheet } from './sheets/entry';
import { frameworkSheet } from './sheets/framework';
import type { SheetContext } from './sheets/layout';
import { resultSheet } from './sheets/results';
import { STYLES } from './styles';
import { templateXml } from './template-xml';
import type { PlanCheckRow, SheetPlan, WorkbookPlan } from './types';
import { TEMPLATE_VERSION, TEMPLATE_XML_NAMESPACE } from './version';

export interface PlanOptions {
  province: string;
  year: number;
  lang: Lang;
  /**
   * The collection's deadline and the Sở's contact (free text, e.g. "2025-03-31"), shown on the
   * cover under PII_meta_deadline and PII_meta_contact. Default: blank.
   */
  collection?: { deadline?: string; contact?: string };
}

/** The checks of each status cell: by component (entry sheet) and by indicator (benchmarks). */
export function checksByTarget(checks: CellCheck[]): {
  component: Map<string, CellCheck[]>;
  benchmark: Map<string, CellCheck[]>;
} {
  const component = new Map<string, CellCheck[]>();
  const benchmark = new Map<string, CellCheck[]>();
  for (const c of checks) {
    const t = c.target;
    const [map, key] = 'component' in t ? [component, t.component] : [benchmark, t.indicator];
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push(c);
  }
  return { component, benchmark };
}

/** The plan around its sheets: the stamp, and the catalog itself as a custom XML part (the pane
 * validates and scores with it, any edition). */
export function assemble(ctx: SheetContext, sheets: SheetPlan[], checks: PlanCheckRow[]): WorkbookPlan {
  const { catalog, lang, province, year } = ctx;
  const xml = templateXml(catalog, { lang, province, year, checks: checks.length });
  return {
    planFormat: 1,
    templateVersion: TEMPLATE_VERSION,
    edition: catalog.edition,
    lang,
    province,
    year,
    sheets,
    names: ctx.names.names,
    checks,
    styles: STYLES,
    customXml: { namespace: TEMPLATE_XML_NAMESPACE, xml },
  };
}

/** The build context of a plan: options normalised (NFC), a fresh name registry. */
export function planContext(catalog: Catalog, options: PlanOptions): SheetContext {
  const collection = {
    deadline: (options.collection?.deadline ?? '').normalize('NFC'),
    contact: (options.collection?.contact ?? '').normalize('NFC'),
  };
  // NFC: the name an officer typed in decomposed Unicode is written as the same letters precomposed.
  const province = (options.province ?? '').normalize('NFC');
  return { catalog, lang: options.lang, province, year: options.year, names: new NameRegistry(), collection };
}

/**
 * The master workbook plan of `catalog` for one province and year (an agency workbook:
 * ./agency-plan.ts). Pure. Throws (Error) only on a catalog the loader would have refused (a
 * check naming a cell the template lacks, an invalid defined name).
 */
export function buildPlan(catalog: Catalog, options: PlanOptions): WorkbookPlan {
  const checks = cellChecks(catalog);
  const byTarget = checksByTarget(checks);
  const ctx = planContext(catalog, options);

  // Build order is the order of plan.names (part of the output), and the check rows need the
  // names of the entry and benchmark sheets; the cover comes first only in the tab order.
  const entry = entrySheet(ctx, byTarget.component, checkRowNames(checks));
  const benchmarks = benchmarkSheet(ctx, byTarget.benchmark);
  const results = resultSheet(ctx);
  const report = checkSheet(ctx, checks);
  const cover = coverSheet(ctx);
  const framework = frameworkSheet(ctx);

  return assemble(ctx, [cover, entry, benchmarks, results, report.plan, framework], report.rows);
}
