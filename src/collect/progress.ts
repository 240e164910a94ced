// The Sở's daily screen in the weeks before the deadline: per lead agency and per indicator, how
// many figures are filled of those required, errors and warnings, evidence given of evidence
// needed, and the days left. Pure: from the catalog, the workbook's inputs and the findings.
import { DAY_MS, evidenceComplete, excelDateTime, parseDateText } from '../catalog/evidence';
import { formulaComponents } from '../catalog/lookup';
import type { CellValue, ProvinceInput } from '../catalog/input';
import type { Catalog, Text } from '../catalog/types';
import type { Finding } from '../validation/types';
import { FIGURE_TEXT } from '../messages/figures';
import { isBlank } from './merge';

/** Counts of one agency or one indicator. */
export interface ProgressCounts {
  /** Required components with a value / required components. */
  filled: number;
  required: number;
  errors: number;
  warnings: number;
  /** Evidence-required components holding a value: with all four evidence parts / all of them. */
  evidenceComplete: number;
  evidenceNeeded: number;
}

export interface AgencyProgress extends ProgressCounts {
  /** Agency id; "" for indicators no agency leads. */
  agency: string;
  name: Text;
  /** Codes of the indicators it leads. */
  indicators: string[];
}

export interface IndicatorProgress extends ProgressCounts {
  code: string;
  name: Text;
  lead: string[];
}

export interface Deadline {
  /** As the cover holds it. */
  text: string;
  /** ISO date when it reads as one (dd/mm/yyyy, yyyy-mm-dd or an Excel date), else null. */
  date: string | null;
  /** Whole days from `today` to the deadline (negative: late); null without a date. */
  daysLeft: number | null;
}

export interface Progress {
  agencies: AgencyProgress[];
  indicators: IndicatorProgress[];
  deadline: Deadline | null;
}

const present = (v: CellValue | undefined): boolean => !isBlank(v);

/** A deadline cell as a date: an Excel date number, "dd/mm/yyyy" (Vietnamese order) or ISO. */
export function readDeadline(v: CellValue | undefined, today: Date): Deadline | null {
  if (!present(v)) return null;
  const text = String(v).trim();
  // An ISO time after the day ("2026-08-30T00:00") reads as its day.
  const serial =
    typeof v === 'number'
      ? v > 0 && v < 2_958_466
        ? v
        : null
      : parseDateText(text.replace(/^(\d{4}-\d{2}-\d{2})T.*$/, '$1'));
  if (serial === null) return { text, date: null, daysLeft: null };
  const time = excelDateTime(serial);
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return {
    text,
    date: new Date(time).toISOString().slice(0, 10),
    daysLeft: Math.round((time - start) / DAY_MS),
  };
}

function counts(
  catalog: Catalog,
  ids: string[],
  input: ProvinceInput,
  findings: Finding[],
  indicators: Set<string>,
): ProgressCounts {
  const comps = catalog.components.filter((c) => ids.includes(c.id));
  const required = comps.filter((c) => c.required);
  const withValue = comps.filter((c) => present(input.values?.[c.id]));
  const needing = withValue.filter((c) => c.evidenceRequired);
  const idSet = new Set(ids);
  const mine = findings.filter(
    (f) =>
      (f.component !== undefined && idSet.has(f.component)) ||
      (f.component === undefined && f.indicator !== undefined && indicators.has(f.indicator)),
  );
  return {
    filled: required.filter((c) => present(input.values?.[c.id])).length,
    required: required.length,
    errors: mine.filter((f) => f.severity === 'error').length,
    warnings: mine.filter((f) => f.severity === 'warning').length,
    evidenceComplete: needing.filter((c) => evidenceComplete(input, c.id)).length,
    evidenceNeeded: needing.length,
  };
}

const NO_AGENCY: Text = FIGURE_TEXT.noAgency;

/**
 * Progress of the collection. An agency answers for the components of the indicators it leads,
 * shared denominators excepted (the Sở supplies those); an indicator counts all of its components.
 * `deadline` is the cover's cell (PII_meta_deadline), `today` the local date.
 */
export function progressOf(
  catalog: Catalog,
  input: ProvinceInput,
  findings: Finding[],
  deadline: CellValue | undefined,
  today: Date,
): Progress {
  const shared = new Set(catalog.components.filter((c) => c.shared).map((c) => c.id));
  const indicators = catalog.indicators.map((ind) => {
    const ids = formulaComponents(ind.formula);
    return {
      code: ind.code,
      name: ind.shortName ?? ind.name,
      lead: ind.lead,
      ...counts(catalog, ids, input, findings, new Set([ind.code])),
    };
  });
  const leads = [...catalog.agencies.map((a) => a.id), ''];
  const agencies = leads.flatMap((id): AgencyProgress[] => {
    const led = catalog.indicators.filter((i) => (id === '' ? i.lead.length === 0 : i.lead.includes(id)));
    if (led.length === 0) return [];
    const ids = [...new Set(led.flatMap((i) => formulaComponents(i.formula)))].filter((c) => !shared.has(c));
    const name = catalog.agencies.find((a) => a.id === id)?.name ?? NO_AGENCY;
    const codes = led.map((i) => i.code);
    return [
      { agency: id, name, indicators: codes, ...counts(catalog, ids, input, findings, new Set(codes)) },
    ];
  });
  return { agencies, indicators, deadline: readDeadline(deadline, today) };
}
