// Last year's figures for this year's template, from one or several of last year's workbooks
// (several across the 2025 mergers: Bắc Ninh 2025 from the 2024 workbooks of Bắc Ninh and Bắc
// Giang). Figures travel by component id. Additive components (counts, amounts, areas,
// population) are summed; the others (points, percentages) are left blank with a note saying
// why; figures with no place in the edition are listed, never dropped. Pure.
import { PREVIOUS_TEXT } from '../messages/previous';
import type { CellValue } from './input';
import type { Catalog, Text } from './types';

export interface PreviousSource {
  /** Where the figures come from, for the notes: a province, a file name. */
  label: string;
  /** That workbook's this-year figures by component id (its PII_in_<id> cells). */
  values: Record<string, CellValue>;
}

export interface PreviousNote {
  component: string;
  value?: CellValue;
  reason: Text;
}

export interface PreviousFigures {
  /** By component id: the previous-year value for this year's template. */
  previous: Record<string, CellValue>;
  notes: PreviousNote[];
}

const present = (v: CellValue | undefined): v is Exclude<CellValue, null> =>
  v !== null && v !== undefined && v !== '';

/**
 * Combines last year's figures of `sources` for `catalog`'s components.
 * One source: its figures as they are. Several: an additive component's numbers are summed when
 * every source has one; otherwise it is left blank, with a note naming the sources that lack it
 * or saying it does not add up.
 */
export function combinePrevious(catalog: Catalog, sources: PreviousSource[]): PreviousFigures {
  const previous: Record<string, CellValue> = {};
  const notes: PreviousNote[] = [];
  const known = new Set(catalog.components.map((c) => c.id));
  for (const c of catalog.components) {
    const found = sources.map((s) => ({ label: s.label, value: s.values[c.id] }));
    const given = found.filter((f) => present(f.value));
    if (given.length === 0) continue;
    if (sources.length === 1) {
      previous[c.id] = given[0].value as CellValue;
      continue;
    }
    const labels = sources.map((s) => s.label).join(' + ');
    if (!c.additive) {
      notes.push({
        component: c.id,
        reason: PREVIOUS_TEXT.text('previousNotAdditive', { labels }),
      });
      continue;
    }
    const missing = found.filter((f) => !present(f.value) || typeof f.value !== 'number').map((f) => f.label);
    if (missing.length > 0) {
      notes.push({
        component: c.id,
        reason: PREVIOUS_TEXT.text('previousMissing', { labels: missing.join(', ') }),
      });
      continue;
    }
    previous[c.id] = found.reduce((sum, f) => sum + (f.value as number), 0);
  }
  for (const s of sources) {
    for (const [id, value] of Object.entries(s.values)) {
      if (known.has(id) || !present(value)) continue;
      notes.push({
        component: id,
        value,
        reason: PREVIOUS_TEXT.text('previousNoComponent', { edition: catalog.edition, label: s.label }),
      });
    }
  }
  return { previous, notes };
}
