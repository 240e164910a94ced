// "Năm báo cáo mới / New reporting year": next year's template, started from this year's
// workbook. This year's figures become its previous-year column (by component id, so they carry
// across editions); its own figures, evidence and benchmarks start blank. Pure: the pane writes
// the plan to a new workbook and leaves this one as the record of the year it holds.
import { combinePrevious, type PreviousNote } from '../catalog/previous';
import type { ProvinceInput } from '../catalog/input';
import type { Catalog } from '../catalog/types';
import { buildPlan, type PlanOptions } from './build';
import { fillPlanInputs } from './fill';
import type { WorkbookPlan } from './types';

export interface NewYearPlan {
  plan: WorkbookPlan;
  /** How many of this year's figures became last year's in the new template. */
  carried: number;
  /** Figures with no place in `catalog` (another edition), listed, never dropped. */
  notes: PreviousNote[];
}

/**
 * The template of `options.year` for `catalog` (the edition chosen for that year), its
 * previous-year cells filled from `thisYear.values` (component id -> figure, as readInput gives
 * them); `label` names the source in the notes (e.g. "Bắc Ninh 2025"). The province must exist in
 * the edition: check with provinceProblem first.
 */
export function newYearPlan(
  catalog: Catalog,
  thisYear: Pick<ProvinceInput, 'values'>,
  options: PlanOptions,
  label: string,
): NewYearPlan {
  // combinePrevious skips blank figures itself.
  const { previous, notes } = combinePrevious(catalog, [{ label, values: thisYear.values ?? {} }]);
  const plan = fillPlanInputs(buildPlan(catalog, options), { values: {}, previous });
  return { plan, carried: Object.keys(previous).length, notes };
}
