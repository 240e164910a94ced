import { CatalogError } from './errors';
import { decodeCatalog } from './decode';
import { Reader } from './json-reader';
import { checkSemantics } from './semantics';
import type { Catalog } from './types';

/** Parsed JSON -> Catalog with defaults filled in; throws CatalogError listing every problem. */
export function loadCatalog(json: unknown): Catalog {
  const r = new Reader();
  const catalog = decodeCatalog(json, r);
  if (catalog) checkSemantics(catalog, r);
  if (!catalog || r.problems.length > 0) throw new CatalogError(r.problems);
  return catalog;
}
