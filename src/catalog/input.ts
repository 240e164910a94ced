// What an officer (or a JSON file) supplies for one province, keyed by component id / indicator
// code. Lives beside the catalog so validation, scoring and expr import it without a cycle.

/** One cell's content as Excel holds it: null is a blank cell; text stays text (never coerced). */
export type CellValue = number | string | boolean | null;

/** Blank as a spreadsheet means it: no value, or text of spaces only. */
export function isBlankCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export interface BenchmarkInput {
  min: CellValue;
  max: CellValue;
}

export interface ProvinceInput {
  values: Record<string, CellValue>;
  /** Last year's values, for the implausible-jump check. */
  previous?: Record<string, CellValue>;
  /**
   * The evidence register, one record per part (catalog/evidence.ts), per component; blank = not
   * recorded. `evidence` is the document number (free text in workbooks before template 1.4.0).
   */
  evidence?: Record<string, CellValue>;
  /** The document's date: an Excel date number (a data file may give "dd/mm/yyyy" or ISO text). */
  evidenceDate?: Record<string, CellValue>;
  /** The body that issued it (cơ quan ban hành). */
  evidenceIssuer?: Record<string, CellValue>;
  /** The evidence file's name or a link to it. */
  evidenceLink?: Record<string, CellValue>;
  /** National min/max per indicator code (from the published profile). */
  benchmarks?: Record<string, BenchmarkInput>;
}
