// A reload rewrites the Danh mục / Framework sheet from the catalog it loads. Edits the officer
// made there and has not applied yet ("Apply framework") would be lost: such a sheet is moved
// aside instead, every cell kept. Pure.
import { loadCatalog, type Catalog } from '../catalog';
import { catalogJsonOf, frameworkHolds } from '../plan';
import { templateOwnedSheets, type Inventory } from './inventory';

/** The catalog the template was built from, as its XML part holds it; null when dropped or unreadable. */
function ownCatalog(xml: string[]): Catalog | null {
  for (const part of xml) {
    const json = catalogJsonOf(part);
    if (json === null) continue;
    try {
      return loadCatalog(JSON.parse(json));
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The template's framework sheet when it holds edits not applied: neither the catalog the template
 * was built from (its XML part; when another program dropped the part, this is not known and any
 * difference counts) nor the catalog being loaded (`loading`: Apply framework loads the sheet's
 * own). Undefined when there is nothing to keep. Needs the inventory read with its contents.
 */
export function editedFrameworkSheet(inventory: Inventory, loading: Catalog): string | undefined {
  const sheet = inventory.framework;
  if (!sheet || sheet.values.length === 0) return undefined;
  // A backup left by an interrupted load: that load had already moved any edited sheet aside
  // (apply-plan.ts, step 2, before the backup), so the sheet here is its own, maybe half written.
  if (inventory.backup) return undefined;
  // An officer's own sheet under that name is moved aside anyway; an empty one is half-built.
  if (!templateOwnedSheets(inventory).has(sheet.sheet.toLowerCase())) return undefined;
  const own = ownCatalog(inventory.templateXml);
  if (own && frameworkHolds(sheet.values, sheet.sheet, own)) return undefined;
  if (frameworkHolds(sheet.values, sheet.sheet, loading)) return undefined;
  return sheet.sheet;
}
