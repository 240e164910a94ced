// buildAgencyPlan: the workbook of one lead agency (`pii split`; the pane later, as a lazy chunk:
// nothing here is imported by the master's plan). Pure.
import type { Catalog } from '../catalog/types';
import { cellChecks } from '../validation';
import { assemble, checksByTarget, planContext, type PlanOptions } from './build';
import { AGENCY_TEXT } from '../messages/agency';
import { agencyCoverSheet } from './sheets/agency-cover';
import { checkRowNames, checkSheet } from './sheets/checks';
import { entrySheet } from './sheets/entry';
import type { WorkbookPlan } from './types';

/**
 * The plan of lead agency `agency`'s workbook. `catalog` is that agency's sub-catalog (src/collect
 * `agencyCatalog`: its indicators, their components and shared denominators). Three sheets: the
 * agency cover (the master's PII_meta_* stamp, locked, plus PII_meta_agency, its indicators and
 * coordinating agencies, deadline and contact from `options.collection`), the entry sheet (shared
 * denominators marked as supplied by the Sở) and the checks of its components' cells. No
 * benchmark, result or framework sheet: an agency supplies figures, it does not score. For every
 * row it holds, the same defined names and formulas as the master built from the full catalog.
 * Throws (Error) like buildPlan, and when `agency` is not an agency of `catalog`.
 */
export function buildAgencyPlan(catalog: Catalog, agency: string, options: PlanOptions): WorkbookPlan {
  if (!catalog.agencies.some((a) => a.id === agency))
    throw new Error(`agency ${agency} is not in the catalog of edition ${catalog.edition}`);
  // Only the checks of component cells: there is no benchmark sheet.
  const checks = cellChecks(catalog).filter((c) => 'component' in c.target);
  const ctx = planContext(catalog, options);
  ctx.sharedBlock = { title: AGENCY_TEXT.sharedFromSo, note: AGENCY_TEXT.sharedFromSoNote };
  const entry = entrySheet(ctx, checksByTarget(checks).component, checkRowNames(checks));
  const report = checkSheet(ctx, checks);
  return assemble(ctx, [agencyCoverSheet(ctx, agency), entry, report.plan], report.rows);
}
