// Every named input of a catalog (this year's values, last year's, evidence, benchmark min/max),
// from a reader of the template's names: a name missing from the workbook reads as blank. Pure.
import type { Catalog } from '../catalog/types';
import type { CellValue, ProvinceInput } from '../catalog/input';
import { NAMES } from '../plan';

/** `get(name)`: the named cell's content, undefined when the name does not exist. */
export function inputFromNames(
  get: (name: string) => CellValue | undefined,
  catalog: Catalog,
): ProvinceInput {
  const read = (name: string) => get(name) ?? null;
  const input: Required<ProvinceInput> = { values: {}, previous: {}, evidence: {}, benchmarks: {} };
  for (const c of catalog.components) {
    input.values[c.id] = read(NAMES.input(c.id));
    input.previous[c.id] = read(NAMES.previous(c.id));
    input.evidence[c.id] = read(NAMES.evidence(c.id));
  }
  for (const ind of catalog.indicators) {
    input.benchmarks[ind.code] = {
      min: read(NAMES.benchmarkMin(ind.code)),
      max: read(NAMES.benchmarkMax(ind.code)),
    };
  }
  return input;
}
