// Step 1, indicatorValues: raw components -> indicator values. A value exists iff every
// component is a number and the denominator adds up to more than 0; computed as
// SUM(num)/SUM(den)*scale in that order, exactly like the sheet's formula.
import type { Catalog, CellValue, Indicator } from '../catalog';
import type { Finding } from '../validation';
import { noValueFinding, overflowFinding } from './findings';

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
): { value: number | null; finding?: Finding } {
  const f = ind.formula;
  const bad = missingIds(f.kind === 'direct' ? [[f.value]] : [f.numerator, f.denominator], values);
  if (bad) return { value: null, finding: noValueFinding(ind, 'components', bad) };
  if (f.kind === 'direct') return { value: values[f.value] as number };
  const den = sumIds(f.denominator, values);
  if (!(den > 0)) return { value: null, finding: noValueFinding(ind, 'denominator', f.denominator) };
  const value = (sumIds(f.numerator, values) / den) * f.scale;
  return Number.isFinite(value) ? { value } : { value: null, finding: overflowFinding(ind, 'value') };
}

export function indicatorValues(
  catalog: Catalog,
  values: Record<string, CellValue>,
): { values: Record<string, number | null>; findings: Finding[] } {
  const out: Record<string, number | null> = {};
  const findings: Finding[] = [];
  for (const ind of catalog.indicators) {
    const r = indicatorValue(ind, values);
    out[ind.code] = r.value;
    if (r.finding) findings.push(r.finding);
  }
  return { values: out, findings };
}
