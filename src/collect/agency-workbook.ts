// One lead agency's workbook, filled with the master's current figures: what `pii split` writes
// to a file and what the pane opens as a new workbook. Pure.
import type { ProvinceInput } from '../catalog/input';
import type { Catalog, Lang } from '../catalog/types';
import { buildAgencyPlan } from '../plan/agency-plan';
import { fillPlanInputs, inputAssignments } from '../plan/fill';
import type { PlanOptions } from '../plan/build';
import type { WorkbookPlan } from '../plan/types';
import { agencyCatalog, safeFileName } from './agency';

export interface AgencyWorkbook {
  plan: WorkbookPlan;
  /** A file name without extension, after the agency's name in `lang` (safeFileName). */
  baseName: string;
  /** How many of the master's figures it was pre-filled with. */
  filled: number;
}

/**
 * The workbook of `agency` for the master's `catalog` and figures `input` (options: province,
 * year, language, the collection's deadline and contact). Throws Error when the agency leads no
 * indicator of `catalog` (agencyCatalog).
 */
export function agencyWorkbook(
  catalog: Catalog,
  agency: string,
  input: ProvinceInput,
  options: PlanOptions & { lang: Lang },
): AgencyWorkbook {
  const sub = agencyCatalog(catalog, agency);
  const name = sub.agencies.find((a) => a.id === agency)?.name[options.lang] ?? agency;
  const empty = buildAgencyPlan(sub, agency, options);
  const filled = inputAssignments(empty, input).assignments.length;
  return { plan: fillPlanInputs(empty, input), baseName: safeFileName(name), filled };
}
