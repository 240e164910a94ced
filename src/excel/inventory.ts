// The read phase of every operation. Two syncs at most, and only the template's own names are
// evaluated:
//   1. the listing: worksheets (with visibility and protection), every workbook-level name with
//      its formula (never its values: a name defined by OFFSET or by several areas, as officers'
//      dropdown lists often are, crashes Excel when its values are read, office-js #1357, #4321),
//      the template's custom XML part ids and the workbook's structure protection;
//   2. the contents of the cells behind the template's PII_ names, and the backup an interrupted
//      load left (backup.ts).
import type { CellValue } from '../catalog/input';
import type { FrameworkCell } from '../catalog/framework-rows';
import { parseCell, SHEET_NAMES, TEMPLATE_XML_NAMESPACE } from '../plan';
import { isBackupSheetName, parseBackup, type Backup } from './backup';
import { findNotCarriedSheet } from './not-carried';
import { NAMES_UNANSWERED, WorkbookRefusal } from './refusal';
import { parseReference, type SheetCell } from './reference';

export interface SheetInfo {
  id: string;
  name: string;
  position: number;
  visibility: string;
  /** Sheet protection as read (ExcelApi 1.2): unprotect only what is protected (office-js #6784). */
  protected: boolean;
  /** Known empty (no value, no format): read only for sheets bearing a template sheet's name. */
  empty?: boolean;
}

export interface NameInfo {
  name: string;
  /** "=Sheet!$C$12" as Excel holds it. */
  formula: string;
  /** Where it points, when it is a plain reference to cells of this workbook. */
  target: SheetCell | null;
  /** The named cells' contents ("" for a blank cell); null when not read (not ours, not a range). */
  values: unknown[][] | null;
}

export interface Inventory {
  sheets: SheetInfo[];
  /** Keyed by upper-case name (Excel names are case-insensitive). */
  names: Map<string, NameInfo>;
  xmlPartIds: string[];
  /** Review > Protect Workbook: no sheet may be added, renamed, moved or hidden. */
  structureProtected: boolean;
  /** What an interrupted load saved before it cleared anything (the newest); null when none. */
  backup: Backup | null;
  /** Sheets an interrupted load left: complete backups and empty half-made ones, to delete once done. */
  leftoverSheets: string[];
  /** "NAME|value" of every row already kept on the "not carried" sheet (not appended twice). */
  keptNotCarried: Set<string>;
  /** The XML of the template's custom XML parts (the stamp and the catalog that built it). */
  templateXml: string[];
  /** The Danh mục / Framework sheet's values from A1, read with the contents; none without one. */
  framework?: { sheet: string; values: FrameworkCell[][] };
}

export const nameKey = (name: string): string => name.toUpperCase();

const TEMPLATE_SHEET_NAMES = new Set(
  Object.values(SHEET_NAMES).flatMap((t) => [t.vi.toLowerCase(), t.en.toLowerCase()]),
);

/** Lower-case names of the existing sheets some PII_ defined name points into. */
export function templateOwnedSheets(inventory: Inventory): Set<string> {
  const owned = new Set<string>();
  for (const info of inventory.names.values()) {
    if (!isTemplateName(info.name) || !info.target) continue;
    const sheet = sheetByName(inventory, info.target.sheet);
    if (sheet) owned.add(sheet.name.toLowerCase());
  }
  return owned;
}

/** The template's own names: only these are ever evaluated. */
export const isTemplateName = (name: string): boolean => /^PII_/i.test(name);

/** Sync 1: queues the listing; call the returned function after the sync. */
export function queueListing(context: Excel.RequestContext): () => Inventory {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load('items/id,items/name,items/position,items/visibility,items/protection/protected');
  const names = workbook.names;
  names.load('items/name,items/type,items/formula');
  const parts = workbook.customXmlParts.getByNamespace(TEMPLATE_XML_NAMESPACE);
  parts.load('items/id');
  const structure = workbook.protection;
  structure.load('protected');
  return () => {
    const byName = new Map<string, NameInfo>();
    for (const item of names.items) {
      // NamedItem.type reads null while another Excel window has the focus (office-js #5504):
      // then nothing about the names can be trusted, and "no template" would be a lie.
      if (isTemplateName(item.name) && (item.type === null || item.type === undefined))
        throw new WorkbookRefusal('namesUnanswered', NAMES_UNANSWERED);
      const formula = String(item.formula ?? '');
      byName.set(nameKey(item.name), {
        name: item.name,
        formula,
        target: parseReference(formula),
        values: null,
      });
    }
    return {
      sheets: worksheets.items.map((s) => ({
        id: s.id,
        name: s.name,
        position: s.position,
        visibility: String(s.visibility),
        protected: s.protection.protected,
      })),
      names: byName,
      xmlPartIds: parts.items.map((p) => p.id),
      structureProtected: structure.protected,
      backup: null,
      leftoverSheets: [],
      keptNotCarried: new Set(),
      templateXml: [],
    };
  };
}

/** The template's names that can be evaluated: a plain reference into a sheet that exists. */
function readableTemplateNames(inventory: Inventory): NameInfo[] {
  return [...inventory.names.values()].filter(
    (n) =>
      isTemplateName(n.name) && n.target !== null && sheetByName(inventory, n.target.sheet) !== undefined,
  );
}

/**
 * Sync 2 (queued): the template names' cells, any backup sheets, the "not carried" sheet, whether
 * sheets bearing a template sheet's name that no name points into are empty, the template's XML
 * parts and the framework sheet's values (a reload must not write over edits not yet applied).
 */
export function queueContents(
  context: Excel.RequestContext,
  inventory: Inventory,
): { fill: () => void; queued: boolean } {
  const loads = readableTemplateNames(inventory).map((info) => ({
    info,
    range: context.workbook.names.getItem(info.name).getRange().load('values'),
  }));
  const usedValues = (sheet: string) =>
    context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load('values');
  const backups = inventory.sheets
    .filter((s) => isBackupSheetName(s.name))
    .map((s) => ({ name: s.name, range: usedValues(s.name) }));
  // Sheets under a template sheet's name that no PII_ name points into: empty ones are half-built.
  const owned = templateOwnedSheets(inventory);
  const candidates = inventory.sheets
    .filter((s) => TEMPLATE_SHEET_NAMES.has(s.name.toLowerCase()) && !owned.has(s.name.toLowerCase()))
    .map((info) => ({
      info,
      range: context.workbook.worksheets.getItem(info.name).getUsedRangeOrNullObject(),
    }));
  for (const c of candidates) c.range.load('address');
  const notCarried = findNotCarriedSheet(inventory);
  const kept = notCarried === undefined ? null : usedValues(notCarried);
  const xml = inventory.xmlPartIds.map((id) => context.workbook.customXmlParts.getItem(id).getXml());
  const frameworkInfo = [SHEET_NAMES.framework.vi, SHEET_NAMES.framework.en]
    .map((n) => sheetByName(inventory, n))
    .find((s) => s !== undefined);
  const framework = frameworkInfo && {
    sheet: frameworkInfo.name,
    range: context.workbook.worksheets
      .getItem(frameworkInfo.name)
      .getUsedRangeOrNullObject(true)
      .load(['values', 'address']),
  };
  const queued =
    loads.length + backups.length + candidates.length + xml.length > 0 || kept !== null || !!framework;
  const fill = () => {
    inventory.templateXml = xml.map((x) => x.value);
    if (framework)
      inventory.framework = {
        sheet: framework.sheet,
        values: framework.range.isNullObject
          ? []
          : valuesFromA1(framework.range.address, framework.range.values),
      };
    for (const { info, range } of loads) info.values = range.values;
    for (const { info, range } of candidates) info.empty = range.isNullObject;
    for (const { name, range } of backups) {
      // Empty: a load failed between adding the sheet and writing it. Unreadable: not ours, kept.
      const backup = range.isNullObject ? null : parseBackup(range.values);
      if (!range.isNullObject && !backup) continue;
      inventory.leftoverSheets.push(name);
      if (backup && (!inventory.backup || backup.takenAt >= inventory.backup.takenAt))
        inventory.backup = backup;
    }
    if (kept && !kept.isNullObject)
      for (const row of kept.values.slice(1)) inventory.keptNotCarried.add(keptKey(String(row[0]), row[1]));
  };
  return { fill, queued };
}

/** How a "not carried" row is recognised: the defined name and the value as text. */
export const keptKey = (name: string, value: unknown): string => `${nameKey(name)}|${String(value)}`;

/**
 * The read phase: the listing, then (with `contents`) the template names' cells, any backup, the
 * template's XML parts and the framework sheet (queueContents).
 * Syncs: 1 without contents, 2 with (1 when the workbook has nothing of a template to read). Throws WorkbookRefusal('namesUnanswered') when Excel does
 * not describe the names (nothing has been written by then).
 */
export async function readInventory(
  context: Excel.RequestContext,
  contents = true,
): Promise<{ inventory: Inventory; syncs: number }> {
  const list = queueListing(context);
  await context.sync();
  const inventory = list();
  if (!contents) return { inventory, syncs: 1 };
  const { fill, queued } = queueContents(context, inventory);
  if (!queued) return { inventory, syncs: 1 }; // a workbook without a template: nothing to read
  await context.sync();
  fill();
  return { inventory, syncs: 2 };
}

/**
 * The cells of the given template names in ONE sync, when all of them exist (the pane's read on
 * every edit); otherwise, the full read phase (1 failed + 2 syncs). Missing names read as blank.
 */
export async function readNamed(
  context: Excel.RequestContext,
  wanted: string[],
): Promise<(name: string) => CellValue | undefined> {
  try {
    const loads = new Map(
      wanted.map((name) => [nameKey(name), context.workbook.names.getItem(name).getRange().load('values')]),
    );
    await context.sync();
    return (name) => {
      const range = loads.get(nameKey(name));
      return range ? cellValue(range.values[0]?.[0]) : undefined;
    };
  } catch (error) {
    if (error instanceof WorkbookRefusal) throw error;
    const { inventory } = await readInventory(context);
    return (name) => nameValue(inventory, name);
  }
}

/** A cell's content as the port reports it: numbers stay numbers, text stays text, blank -> null. */
export function cellValue(content: unknown): CellValue {
  if (content === undefined || content === null || content === '') return null;
  if (typeof content === 'number' || typeof content === 'boolean' || typeof content === 'string')
    return content;
  return String(content);
}

/** A used range's values placed from A1 (a used range starts at its first used cell). */
export function valuesFromA1(address: string, values: unknown[][]): FrameworkCell[][] {
  const topLeft = address.replace(/^.*!/, '').split(':')[0];
  const { row, col } = parseCell(topLeft);
  const cell = (v: unknown): FrameworkCell =>
    typeof v === 'number' || typeof v === 'boolean' ? v : v === '' || v == null ? null : String(v);
  return [
    ...Array.from({ length: row }, () => []),
    ...values.map((r) => [...Array.from({ length: col }, () => null), ...r.map(cell)]),
  ];
}

/** The top-left cell's content of a named range, or undefined when the name does not exist. */
export function nameValue(inventory: Inventory, name: string): CellValue | undefined {
  const info = inventory.names.get(nameKey(name));
  if (!info) return undefined;
  return info.values ? cellValue(info.values[0]?.[0]) : null;
}

export function sheetByName(inventory: Inventory, name: string): SheetInfo | undefined {
  const key = name.toLowerCase();
  return inventory.sheets.find((s) => s.name.toLowerCase() === key);
}
