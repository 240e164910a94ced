// Step 1, indicatorValues: raw components -> indicator values. A value exists iff every
// component is a number, none carries an error finding, and the denominator adds up to more than 0; computed as
// SUM(num)/SUM(den)*scale in that order, exactly like the sheet's formula.
import { formulaValue } from '../catalog/lookup';
import type { Catalog, CellValue, Indicator, Text } from '../catalog';
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

/** Component id -> its name, for findings that name components (an id is never shown alone). */
export type ComponentNames = ReadonlyMap<string, Text>;

const namesByCatalog = new WeakMap<Catalog, ComponentNames>();

/** The catalog's component names, built once per catalog. */
export function componentNames(catalog: Catalog): ComponentNames {
  let names = namesByCatalog.get(catalog);
  if (!names) {
    names = new Map(catalog.components.map((c) => [c.id, c.name]));
    namesByCatalog.set(catalog, names);
  }
  return names;
}

/**
 * The value of `ind` from `values` (component id -> cell value), null with a finding when it has
 * none: a component not a finite number, one carrying an error in `blocking`, a denominator not
 * above 0, or an overflow. `names` words the finding (ids are shown when absent).
 */
export function indicatorValue(
  ind: Indicator,
  values: Record<string, CellValue>,
  blocking?: Blocking,
  names?: ComponentNames,
): { value: number | null; finding?: Finding } {
  const f = ind.formula;
  const lists = f.kind === 'direct' ? [[f.value]] : [f.numerator, f.denominator];
  const bad = missingIds(lists, values);
  if (bad) return { value: null, finding: noValueFinding(ind, 'components', bad, names) };
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
  if (!(den > 0)) return { value: null, finding: noValueFinding(ind, 'denominator', f.denominator, names) };
  const value = formulaValue(f, (id) => values[id] as number);
  return Number.isFinite(value) ? { value } : { value: null, finding: overflowFinding(ind, 'value') };
}

export function indicatorValues(
  catalog: Catalog,
  values: Record<string, CellValue>,
  blocking?: Blocking,
): { values: Record<string, number | null>; findings: Finding[] } {
  const out: Record<string, number | null> = {};
  const findings: Finding[] = [];
  const names = componentNames(catalog);
  for (const ind of catalog.indicators) {
    const r = indicatorValue(ind, values, blocking, names);
    out[ind.code] = r.value;
    if (r.finding) findings.push(r.finding);
  }
  return { values: out, findings };
}
