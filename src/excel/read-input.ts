// Every named input of a catalog (this year's values, last year's, the evidence register, benchmark
// min/max), from a reader of the template's names: a name missing from the workbook (an evidence
// part in a workbook older than template 1.4.0) reads as blank. Pure.
import type { Catalog } from '../catalog/types';
import type { CellValue, ProvinceInput } from '../catalog/input';
import { COMPONENT_FIELDS, fieldName, inputSection, NAMES } from '../plan';

/** `get(name)`: the named cell's content, undefined when the name does not exist. */
export function inputFromNames(
  get: (name: string) => CellValue | undefined,
  catalog: Catalog,
): ProvinceInput {
  const read = (name: string) => get(name) ?? null;
  const input: ProvinceInput & { benchmarks: NonNullable<ProvinceInput['benchmarks']> } = {
    values: {},
    benchmarks: {},
  };
  for (const field of COMPONENT_FIELDS) {
    const section: Record<string, CellValue> = {};
    for (const c of catalog.components) section[c.id] = read(fieldName(field, c.id));
    input[inputSection(field)] = section;
  }
  for (const ind of catalog.indicators) {
    input.benchmarks[ind.code] = {
      min: read(NAMES.benchmarkMin(ind.code)),
      max: read(NAMES.benchmarkMax(ind.code)),
    };
  }
  return input;
}
