// Every named input of a catalog (this year's values, last year's, evidence, benchmark min/max),
// from the read phase's inventory: the names and their cells' contents come in ONE sync, and a
// name missing from the workbook reads as blank instead of failing the batch. Pure.
import type { Catalog } from '../catalog/types';
import type { ProvinceInput } from '../catalog/input';
import { NAMES } from '../plan';
import { nameValue, type Inventory } from './inventory';

export function inputFromInventory(inventory: Inventory, catalog: Catalog): ProvinceInput {
  const get = (name: string) => nameValue(inventory, name) ?? null;
  const input: Required<ProvinceInput> = { values: {}, previous: {}, evidence: {}, benchmarks: {} };
  for (const c of catalog.components) {
    input.values[c.id] = get(NAMES.input(c.id));
    input.previous[c.id] = get(NAMES.previous(c.id));
    input.evidence[c.id] = get(NAMES.evidence(c.id));
  }
  for (const ind of catalog.indicators) {
    input.benchmarks[ind.code] = {
      min: get(NAMES.benchmarkMin(ind.code)),
      max: get(NAMES.benchmarkMax(ind.code)),
    };
  }
  return input;
}
