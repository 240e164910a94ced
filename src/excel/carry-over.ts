// Which values already in the workbook go where in the new layout. Pure: the read phase's
// inventory + the plan -> the values to write into input cells, and what cannot be carried.
// Values travel by defined name, never by address, so a layout change cannot misplace them.
import type { Text } from '../catalog/types';
import { EXCEL_TEXT } from '../messages/excel';
import { officeFormula, type PlanName, type WorkbookPlan } from '../plan';
import type { CarriedValue, NotCarried } from './port';
import type { BackupEntry } from './backup';
import { cellValue, keptKey, nameKey, type Inventory } from './inventory';

/** Names of cells officers type into, in any template version (see src/plan/NAMES.md). */
const INPUT_NAME = /^PII_(in|prev|ev|evdate|evissuer|evlink|min|max)_/i;

export function isInputName(name: string): boolean {
  return INPUT_NAME.test(name);
}

export const NOT_IN_TEMPLATE: Text = EXCEL_TEXT.notInTemplate;

export interface CarryOver {
  /** Upper-case defined name -> the entry for `range.formulas` (text apostrophe-prefixed). */
  writes: Map<string, string | number | boolean>;
  carried: CarriedValue[];
  notCarried: NotCarried[];
  /** Of `notCarried`, those not yet on the "not carried" sheet: the ones to append. */
  toKeep: NotCarried[];
  /** How many carried values came from an interrupted load's backup (their cells were blank). */
  restored: number;
  /** Every figure as it stands before the load (the backup this load writes first). */
  figures: BackupEntry[];
}

/**
 * Every non-blank input value in the workbook: written back under the same name when the plan has
 * that input cell, reported (and kept on the "not carried" sheet) when it has not. A blank input
 * that an interrupted load's backup holds a value for is filled from the backup: the load emptied
 * it and failed before writing it back. The cover's province and year (kind 'meta') follow the
 * options of the load, which the officer chose; they are kept in the backup all the same.
 */
export function planCarryOver(plan: WorkbookPlan, inventory: Inventory): CarryOver {
  const planNames = new Map<string, PlanName>(plan.names.map((n) => [nameKey(n.name), n]));
  const figures = new Map<string, BackupEntry & { restored: boolean }>();
  for (const [key, info] of inventory.names) {
    const target = planNames.get(key);
    if (!(target ? target.isInput : isInputName(info.name)) || !info.values) continue;
    const value = cellValue(info.values[0]?.[0]);
    if (value !== null) figures.set(key, { name: info.name, value, restored: false });
  }
  for (const entry of inventory.backup?.entries ?? []) {
    const key = nameKey(entry.name);
    if (!figures.has(key)) figures.set(key, { ...entry, restored: true });
  }
  const out: CarryOver = {
    writes: new Map(),
    carried: [],
    notCarried: [],
    toKeep: [],
    restored: 0,
    figures: [],
  };
  for (const [key, { name, value, restored }] of figures) {
    out.figures.push({ name, value });
    const target = planNames.get(key);
    if (target?.kind === 'meta') continue;
    if (target) {
      out.writes.set(key, officeFormula({ value }));
      out.carried.push({ name: target.name, value });
      if (restored) out.restored += 1;
      continue;
    }
    const kept = { name, value, reason: NOT_IN_TEMPLATE };
    out.notCarried.push(kept);
    if (!inventory.keptNotCarried.has(keptKey(name, value))) out.toKeep.push(kept);
  }
  return out;
}
