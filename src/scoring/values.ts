// Step 1, indicatorValues: raw components -> indicator values. A value exists iff every
// component is a number, none carries an error finding, and the denominator adds up to more than 0; computed as
// SUM(num)/SUM(den)*scale in that order, exactly like the sheet's formula.
import type { Catalog, CellValue, Indicator } from '../catalog';
import type { Finding } from '../validation';
import { noValueFinding, overflowFinding, withheldFinding } from './findings';

/** Per component id, the first error-severity finding on its value cell (what its status cell shows). */
export type Blocking = ReadonlyMap<string, Finding>;

/** The first error finding on each component's value cell, from validate()'s findings. */
export function blockingErrors(findings: readonly Finding[]): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const f of findings) {
    if (f.severity !== 'error' || f.target.ref !== 'value') continue;
    const id = f.target.component;
    if (id && !out.has(id)) out.set(id, f);
  }
  return out;
}

const sumIds = (ids: string[], values: Record<string, CellValue>): number =>
  ids.reduce((s, id) => s + (values[id] as number), 0);

const isFiniteNumber = (v: CellValue | undefined): boolean => typeof v === 'number' && Number.isFinite(v);

/** Components that are not finite numbers, each once; undefined when all are (the common case, no allocation). */
function missingIds(lists: string[][], values: Record<string, CellValue>): string[] | undefined {
  let missing: string[] | undefined;
  for (const ids of lists) {
    for (const id of ids) {
      if (isFiniteNumber(values[id])) continue;
      missing ??= [];
      if (!missing.includes(id)) missing.push(id);
    }
  }
  return missing;
}

export function indicatorValue(
  ind: Indicator,
  values: Record<string, CellValue>,
  blocking?: Blocking,
): { value: number | null; finding?: Finding } {
  const f = ind.formula;
  const lists = f.kind === 'direct' ? [[f.value]] : [f.numerator, f.denominator];
  const bad = missingIds(lists, values);
  if (bad) return { value: null, finding: noValueFinding(ind, 'components', bad) };
  // A value built on a figure with an unfixed error is withheld (the sheet: "" when a component's
  // status cell shows an error).
  if (blocking && blocking.size > 0) {
    for (const ids of lists) {
      for (const id of ids) {
        const err = blocking.get(id);
        if (err) return { value: null, finding: withheldFinding(ind, err) };
      }
    }
  }
  if (f.kind === 'direct') return { value: values[f.value] as number };
  const den = sumIds(f.denominator, values);
  if (!(den > 0)) return { value: null, finding: noValueFinding(ind, 'denominator', f.denominator) };
  const value = (sumIds(f.numerator, values) / den) * f.scale;
  return Number.isFinite(value) ? { value } : { value: null, finding: overflowFinding(ind, 'value') };
}

export function indicatorValues(
  catalog: Catalog,
  values: Record<string, CellValue>,
  blocking?: Blocking,
): { values: Record<string, number | null>; findings: Finding[] } {
  const out: Record<string, number | null> = {};
  const findings: Finding[] = [];
  for (const ind of catalog.indicators) {
    const r = indicatorValue(ind, values, blocking);
    out[ind.code] = r.value;
    if (r.finding) findings.push(r.finding);
  }
  return { values: out, findings };
}
