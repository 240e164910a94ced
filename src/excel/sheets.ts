// Which existing worksheet holds each sheet of the plan. Pure. A template sheet found under its
// own name is reused; one found under its other-language name, or under a name the officer gave it
// (its defined names still point there: Excel moves references with a renamed sheet), is renamed
// back; otherwise the sheet is created.
import { SHEET_NAMES, type SheetPlan, type WorkbookPlan } from '../plan';
import { sheetByName, type Inventory } from './inventory';

export type SheetResolution =
  | { plan: SheetPlan; action: 'reuse'; existing: string }
  | { plan: SheetPlan; action: 'rename'; existing: string }
  | { plan: SheetPlan; action: 'add' };

export function resolveSheets(plan: WorkbookPlan, inventory: Inventory): SheetResolution[] {
  const claimed = new Set<string>();
  const exact = new Map<SheetPlan, string>();
  for (const sheet of plan.sheets) {
    const found = sheetByName(inventory, sheet.name);
    if (found) {
      exact.set(sheet, found.name);
      claimed.add(found.name.toLowerCase());
    }
  }
  const free = (name: string | undefined): name is string =>
    name !== undefined && !claimed.has(name.toLowerCase());
  return plan.sheets.map((sheet): SheetResolution => {
    const same = exact.get(sheet);
    if (same !== undefined) return { plan: sheet, action: 'reuse', existing: same };
    const names = SHEET_NAMES[sheet.key];
    let candidate = [names.vi, names.en].map((n) => sheetByName(inventory, n)?.name).find(free);
    if (candidate === undefined) candidate = majorityTarget(plan, sheet, inventory, free);
    if (candidate === undefined) return { plan: sheet, action: 'add' };
    claimed.add(candidate.toLowerCase());
    return { plan: sheet, action: 'rename', existing: candidate };
  });
}

/** The existing sheet most of this plan sheet's defined names point to, if any. */
function majorityTarget(
  plan: WorkbookPlan,
  sheet: SheetPlan,
  inventory: Inventory,
  free: (name: string | undefined) => name is string,
): string | undefined {
  const counts = new Map<string, number>();
  for (const n of plan.names) {
    if (n.sheet !== sheet.key) continue;
    const target = inventory.names.get(n.name.toUpperCase())?.target;
    const existing = target ? sheetByName(inventory, target.sheet)?.name : undefined;
    if (free(existing)) counts.set(existing, (counts.get(existing) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
