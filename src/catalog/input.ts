// What an officer (or a JSON file) supplies for one province, keyed by component id / indicator
// code. Lives beside the catalog so validation, scoring and expr import it without a cycle.

/** One cell's content as Excel holds it: null is a blank cell; text stays text (never coerced). */
export type CellValue = number | string | boolean | null;

export interface BenchmarkInput {
  min: CellValue;
  max: CellValue;
}

export interface ProvinceInput {
  values: Record<string, CellValue>;
  /** Last year's values, for the implausible-jump check. */
  previous?: Record<string, CellValue>;
  /** Evidence reference (document number, link...) per component; blank = none recorded. */
  evidence?: Record<string, CellValue>;
  /** National min/max per indicator code (from the published profile). */
  benchmarks?: Record<string, BenchmarkInput>;
}
