// The evidence register (hồ sơ minh chứng): every locally supplied figure is backed by a document
// the Ministry can trace. pii-domain.md §5 names its four parts: document number, date, issuing
// body, file or link. Each part is its own cell (and defined name), so an agency types it in plain
// Excel without a convention to remember, and the checks can say which part is missing.
import { isBlankCell, type CellValue, type ProvinceInput } from './input';
import { FIRST_YEAR, LAST_YEAR } from './years';

/**
 * The parts, as ProvinceInput sections and expression refs. `evidence` is the document number (or,
 * in a workbook made before template 1.4.0, the whole free-text evidence): its name and section are
 * the ones older files and tools already use.
 */
export const EVIDENCE_PARTS = ['evidence', 'evidenceDate', 'evidenceIssuer', 'evidenceLink'] as const;
export type EvidencePart = (typeof EVIDENCE_PARTS)[number];

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
export const DAY_MS = 86_400_000;

/** The Excel date number (days since 1899-12-30) of a calendar day. */
export const excelDate = (year: number, month: number, day: number): number =>
  Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH) / DAY_MS);

/** The UTC time (ms) of an Excel date number's day. */
export const excelDateTime = (serial: number): number => EXCEL_EPOCH + Math.floor(serial) * DAY_MS;

/** Dates an evidence document may bear: the reporting years' range (catalog/years.ts). */
export const EVIDENCE_DATE_MIN = excelDate(FIRST_YEAR, 1, 1);
export const EVIDENCE_DATE_MAX = excelDate(LAST_YEAR, 12, 31);

/**
 * A date typed as text, as an Excel date number: "dd/mm/yyyy" (also with "." or "-", Vietnamese
 * order) or ISO "yyyy-mm-dd" (also "2025-3-5"). Null when it is not a calendar day (31/02/2025, "tháng 3").
 */
export function parseDateText(text: string): number | null {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const [y, m, d] = dmy ? [+dmy[3], +dmy[2], +dmy[1]] : iso ? [+iso[1], +iso[2], +iso[3]] : [NaN, NaN, NaN];
  if (!Number.isInteger(y)) return null;
  const at = new Date(Date.UTC(y, m - 1, d));
  // An impossible day rolls over in Date.UTC (31/02 becomes 03/03): not a date then.
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return null;
  return excelDate(y, m, d);
}

/** "15/03/2025" for an Excel date number (the Ministry's order in both languages). */
export function dateText(serial: number): string {
  const d = new Date(excelDateTime(serial));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** Excel's last day, 31/12/9999: a larger number is no date. */
const LAST_EXCEL_DAY = 2_958_465;

/**
 * A cell of `field` as the officer sees it in the sheet: an evidence date (an Excel date number)
 * as "dd/mm/yyyy", which its cell's format shows; any other cell, or a number no date, as is.
 */
export function asShown(field: string, v: CellValue): CellValue {
  return field === 'evidenceDate' && typeof v === 'number' && v >= 1 && v <= LAST_EXCEL_DAY ? dateText(v) : v;
}

/** The parts a component's evidence record holds (blank and all-space cells do not count). */
export function evidencePartsGiven(input: ProvinceInput, componentId: string): EvidencePart[] {
  return EVIDENCE_PARTS.filter((p) => !isBlankCell(input[p]?.[componentId]));
}

/** All four parts given: what the progress view and the package count as evidence complete. */
export const evidenceComplete = (input: ProvinceInput, componentId: string): boolean =>
  evidencePartsGiven(input, componentId).length === EVIDENCE_PARTS.length;
