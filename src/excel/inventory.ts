// The read phase of every operation, in ONE sync: the worksheets, every workbook-level defined
// name with where it points and the contents of its cells (NamedItem.arrayValues, ExcelApi 1.7),
// and the ids of the template's custom XML parts (templateState also reads the part's XML). Names are loaded as a collection, so a name
// that does not exist costs nothing and cannot fail the batch.
import type { CellValue } from '../catalog/input';
import { TEMPLATE_XML_NAMESPACE } from '../plan';
import { parseReference, type SheetCell } from './reference';

export interface SheetInfo {
  id: string;
  name: string;
  position: number;
}

export interface NameInfo {
  name: string;
  /** "=Sheet!$C$12" as Excel holds it. */
  formula: string;
  /** Where it points, when it is a plain reference to cells of this workbook. */
  target: SheetCell | null;
  /** The named cells' contents as Excel holds them ("" for a blank cell); null if not a range. */
  values: unknown[][] | null;
}

export interface Inventory {
  sheets: SheetInfo[];
  /** Keyed by upper-case name (Excel names are case-insensitive). */
  names: Map<string, NameInfo>;
  xmlPartIds: string[];
}

export const nameKey = (name: string): string => name.toUpperCase();

/** Queues the loads; call the returned function after the next `context.sync()`. */
export function queueInventory(context: Excel.RequestContext, withValues = true): () => Inventory {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/id,items/name,items/position');
  const names = context.workbook.names;
  names.load(
    withValues
      ? 'items/name,items/type,items/formula,items/arrayValues/values'
      : 'items/name,items/type,items/formula',
  );
  const parts = context.workbook.customXmlParts.getByNamespace(TEMPLATE_XML_NAMESPACE);
  parts.load('items/id');
  return () => {
    const byName = new Map<string, NameInfo>();
    for (const item of names.items) {
      const formula = String(item.formula ?? '');
      const isRange = item.type === 'Range';
      const target = isRange ? parseReference(formula) : null;
      const values = isRange && withValues ? (item.arrayValues.values as unknown[][]) : null;
      byName.set(nameKey(item.name), { name: item.name, formula, target, values });
    }
    return {
      sheets: worksheets.items.map((s) => ({ id: s.id, name: s.name, position: s.position })),
      names: byName,
      xmlPartIds: parts.items.map((p) => p.id),
    };
  };
}

/**
 * The read phase: one sync. Should the host refuse to evaluate some name in the collection load
 * (a name broken by a deleted sheet, say), falls back to the names first and then the values of
 * the range names: two more syncs, only on such a workbook.
 */
export async function readInventory(
  context: Excel.RequestContext,
): Promise<{ inventory: Inventory; syncs: number }> {
  try {
    const read = queueInventory(context);
    await context.sync();
    return { inventory: read(), syncs: 1 };
  } catch {
    const read = queueInventory(context, false);
    await context.sync();
    const inventory = read();
    const loads = [...inventory.names.values()]
      .filter((n) => n.target !== null)
      .map((info) => ({ info, range: context.workbook.names.getItem(info.name).getRange().load('values') }));
    await context.sync();
    for (const { info, range } of loads) info.values = range.values;
    return { inventory, syncs: 3 };
  }
}

/**
 * The read phase plus the XML of the template's custom XML part, for templateState: one sync in a
 * workbook with a template (getOnlyItem is queued with the inventory). getOnlyItem fails the
 * batch when the namespace has no part (a workbook without a template) or several: then the plain
 * read phase (1 sync, 3 on the broken-name fallback) and, if there are parts, one more sync for
 * their XML. Methods cannot be queued on a null object, hence no getOnlyItemOrNullObject.
 */
export async function readInventoryWithTemplateXml(
  context: Excel.RequestContext,
): Promise<{ inventory: Inventory; xml: string[]; syncs: number }> {
  try {
    const read = queueInventory(context);
    const only = [
      context.workbook.customXmlParts.getByNamespace(TEMPLATE_XML_NAMESPACE).getOnlyItem().getXml(),
    ];
    await context.sync();
    return { inventory: read(), xml: only.map((result) => result.value), syncs: 1 };
  } catch {
    const { inventory, syncs } = await readInventory(context);
    if (inventory.xmlPartIds.length === 0) return { inventory, xml: [], syncs: syncs + 1 };
    const parts = inventory.xmlPartIds.map((id) => context.workbook.customXmlParts.getItem(id).getXml());
    await context.sync();
    return { inventory, xml: parts.map((p) => p.value), syncs: syncs + 2 };
  }
}

/** A cell's content as the port reports it: numbers stay numbers, text stays text, blank -> null. */
export function cellValue(content: unknown): CellValue {
  if (content === undefined || content === null || content === '') return null;
  if (typeof content === 'number' || typeof content === 'boolean' || typeof content === 'string')
    return content;
  return String(content);
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
