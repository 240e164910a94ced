// Which existing worksheet holds each sheet of the plan. Pure. A sheet belongs to the template
// when a PII_ defined name points into it (every template sheet has some; the cover holds the
// stamp's PII_meta_* names). A template sheet found under its own name is reused; one found under
// its other-language name, or under a name the officer gave it (its defined names still point
// there: Excel moves references with a renamed sheet), is renamed back; otherwise the sheet is
// created. An officer's own sheet that merely bears a template sheet's name ("Kết quả", "Results")
// is never reused, and so never cleared: it is renamed out of the way ("Kết quả (của bạn)"), every
// cell kept, and the load reports it.
import type { Text } from '../catalog/types';
import { ASIDE_SUFFIX, EXCEL_TEXT } from '../messages/excel';
import { BACKUP_SHEET } from './backup';
import { NOT_CARRIED_SHEET } from './not-carried';
import { SHEET_NAMES, type SheetPlan, type WorkbookPlan } from '../plan';
import { sheetByName, templateOwnedSheets, type Inventory } from './inventory';
import { freeSheetName } from './sheet-name';

/**
 * A sheet moved out of the way, every cell kept: 'name' an officer's sheet bearing a template
 * sheet's name; 'edited' the framework sheet with edits not applied, which the reload would rewrite.
 */
export interface SheetAside {
  from: string;
  to: string;
  kind: 'name' | 'edited';
}

/** `halfBuilt`: the sheet was being added by a load that was interrupted; it is reused. */
export type SheetResolution =
  | { plan: SheetPlan; action: 'reuse'; existing: string; halfBuilt?: true }
  | { plan: SheetPlan; action: 'rename'; existing: string; aside?: SheetAside; halfBuilt?: undefined }
  | { plan: SheetPlan; action: 'add'; aside?: SheetAside; halfBuilt?: undefined };

export const ASIDE_REASON: Text = EXCEL_TEXT.asideReason;
export const EDITED_FRAMEWORK_REASON: Text = EXCEL_TEXT.editedFrameworkReason;

/**
 * Where each plan sheet goes. `keepAside`: existing template sheets that must not be rewritten
 * (the framework sheet with edits not applied): moved out of the way like an officer's sheet.
 */
export function resolveSheets(
  plan: WorkbookPlan,
  inventory: Inventory,
  keepAside: readonly string[] = [],
): SheetResolution[] {
  const owned = templateOwnedSheets(inventory);
  const kept = new Set(keepAside.map((n) => n.toLowerCase()));
  for (const name of kept) owned.delete(name);
  // An empty sheet under a template sheet's name that no name points into: what a load that was
  // interrupted after adding it leaves (names come next). Reusing it loses nothing.
  const halfBuilt = new Set(
    inventory.sheets
      .filter((s) => s.empty && !owned.has(s.name.toLowerCase()))
      .map((s) => s.name.toLowerCase()),
  );
  for (const name of halfBuilt) owned.add(name);
  const ours = (name: string | undefined): name is string =>
    name !== undefined && owned.has(name.toLowerCase());
  const claimed = new Set<string>();
  const exact = new Map<SheetPlan, string>();
  /** The officer's sheets bearing a plan sheet's name, by plan sheet. */
  const inTheWay = new Map<SheetPlan, string>();
  for (const sheet of plan.sheets) {
    const found = sheetByName(inventory, sheet.name)?.name;
    if (found === undefined) continue;
    if (ours(found)) {
      exact.set(sheet, found);
      claimed.add(found.toLowerCase());
    } else inTheWay.set(sheet, found);
  }
  // A kept sheet under the other language's name is in the way of nothing, but must not be reused.
  for (const sheet of plan.sheets) {
    if (inTheWay.has(sheet)) continue;
    const names = SHEET_NAMES[sheet.key];
    const other = [names.vi, names.en]
      .map((n) => sheetByName(inventory, n)?.name)
      .find((n) => n && kept.has(n.toLowerCase()));
    if (other !== undefined) inTheWay.set(sheet, other);
  }
  const free = (name: string | undefined): name is string => ours(name) && !claimed.has(name.toLowerCase());
  // Free names for the moved sheets: none an existing, planned or "not carried" sheet has.
  const taken = [
    ...inventory.sheets.map((s) => s.name),
    ...plan.sheets.map((s) => s.name),
    ...Object.values(NOT_CARRIED_SHEET),
    BACKUP_SHEET,
  ];
  const asideOf = (sheet: SheetPlan): { aside?: SheetAside } => {
    const from = inTheWay.get(sheet);
    if (from === undefined) return {};
    const kind = kept.has(from.toLowerCase()) ? 'edited' : 'name';
    const to = freeSheetName(from + ASIDE_SUFFIX[kind][plan.lang], taken);
    taken.push(to);
    return { aside: { from, to, kind } };
  };
  return plan.sheets.map((sheet): SheetResolution => {
    const same = exact.get(sheet);
    if (same !== undefined)
      return {
        plan: sheet,
        action: 'reuse',
        existing: same,
        ...(halfBuilt.has(same.toLowerCase()) ? { halfBuilt: true } : {}),
      };
    const names = SHEET_NAMES[sheet.key];
    let candidate = [names.vi, names.en].map((n) => sheetByName(inventory, n)?.name).find(free);
    if (candidate === undefined) candidate = majorityTarget(plan, sheet, inventory, free);
    if (candidate === undefined) return { plan: sheet, action: 'add', ...asideOf(sheet) };
    claimed.add(candidate.toLowerCase());
    return { plan: sheet, action: 'rename', existing: candidate, ...asideOf(sheet) };
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
