// Which values already in the workbook go where in the new layout. Pure: the read phase's
// inventory + the plan -> the values to write into input cells, and what cannot be carried.
// Values travel by defined name, never by address, so a layout change cannot misplace them.
import type { Text } from '../catalog/types';
import { officeFormula, type PlanName, type WorkbookPlan } from '../plan';
import type { CarriedValue, NotCarried } from './port';
import { cellValue, nameKey, type Inventory } from './inventory';

/** Names of cells officers type into, in any template version (see src/plan/NAMES.md). */
const INPUT_NAME = /^PII_(in|prev|ev|min|max)_/i;

export function isInputName(name: string): boolean {
  return INPUT_NAME.test(name);
}

export const NOT_IN_TEMPLATE: Text = {
  vi: 'Mẫu mới không còn ô cho tên này; giá trị được giữ ở sheet này',
  en: 'The new template has no cell for this name; the value is kept on this sheet',
};

export interface CarryOver {
  /** Upper-case defined name -> the entry for `range.formulas` (text apostrophe-prefixed). */
  writes: Map<string, string | number | boolean>;
  carried: CarriedValue[];
  notCarried: NotCarried[];
}

/**
 * Every non-blank input value in the workbook: written back under the same name when the plan has
 * that input cell, reported (and later kept on the "not carried" sheet) when it has not. The
 * cover's province and year (kind 'meta') follow the options of the load, which the officer chose.
 */
export function planCarryOver(plan: WorkbookPlan, inventory: Inventory): CarryOver {
  const planNames = new Map<string, PlanName>(plan.names.map((n) => [nameKey(n.name), n]));
  const writes = new Map<string, string | number | boolean>();
  const carried: CarriedValue[] = [];
  const notCarried: NotCarried[] = [];
  for (const [key, info] of inventory.names) {
    const target = planNames.get(key);
    const isInput = target ? target.isInput && target.kind !== 'meta' : isInputName(info.name);
    if (!isInput || !info.values) continue;
    const value = cellValue(info.values[0]?.[0]);
    if (value === null) continue;
    if (target) {
      writes.set(key, officeFormula({ value }));
      carried.push({ name: target.name, value });
    } else {
      notCarried.push({ name: info.name, value, reason: NOT_IN_TEMPLATE });
    }
  }
  return { writes, carried, notCarried };
}
