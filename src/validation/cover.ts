// The cover's two typed fields (province and reporting year) checked against the edition, and the
// count of figures a workbook holds. Pure: the pane shows the problems in its own words.
import { isBlankCell, type CellValue, type ProvinceInput } from '../catalog/input';
import { provincesFor } from '../catalog/provinces';

import { FIRST_YEAR } from '../catalog/years';
import { COMPONENT_FIELDS, inputSection } from '../catalog/fields';

export const FIRST_COVER_YEAR = FIRST_YEAR;

export type CoverProblem =
  | { field: 'province'; problem: 'missing' | 'unknown'; value: string }
  | { field: 'year'; problem: 'missing' | 'notYear' | 'outOfRange'; value: string };

/** A cover cell as text, trimmed and in NFC (a Mac may type Vietnamese decomposed). */
export const coverText = (v: CellValue): string => (v === null ? '' : String(v).trim().normalize('NFC'));
const text = coverText;

/** The year a cover cell holds, or null when it is not a whole number (a year typed as text counts). */
export function coverYear(v: CellValue): number | null {
  const t = text(v);
  return /^\d{1,4}$/.test(t) ? Number(t) : null;
}

/**
 * What is wrong with the cover's province and year: the province must be one the edition ranks
 * (exactly as listed), the year a whole number from FIRST_COVER_YEAR to `lastYear` (next year).
 */
export function coverProblems(
  edition: string,
  cover: { province: CellValue; year: CellValue },
  lastYear: number,
): CoverProblem[] {
  const out: CoverProblem[] = [];
  const province = text(cover.province);
  if (province === '') out.push({ field: 'province', problem: 'missing', value: '' });
  else if (!provincesFor(edition).includes(province))
    out.push({ field: 'province', problem: 'unknown', value: province });
  const yearText = text(cover.year);
  const year = coverYear(cover.year);
  if (yearText === '') out.push({ field: 'year', problem: 'missing', value: '' });
  else if (year === null) out.push({ field: 'year', problem: 'notYear', value: yearText });
  else if (year < FIRST_COVER_YEAR || year > lastYear)
    out.push({ field: 'year', problem: 'outOfRange', value: yearText });
  return out;
}

const filled = (v: CellValue | undefined): boolean => !isBlankCell(v);

/**
 * The non-blank input cells of a province: this year's values, last year's, evidence and benchmark
 * min/max (what a reload carries and reports as kept).
 */
export function countFigures(input: ProvinceInput): number {
  let n = 0;
  for (const field of COMPONENT_FIELDS)
    for (const v of Object.values(input[inputSection(field)] ?? {})) if (filled(v)) n++;
  for (const b of Object.values(input.benchmarks ?? {})) n += Number(filled(b.min)) + Number(filled(b.max));
  return n;
}
