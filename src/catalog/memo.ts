import type { Catalog } from './types';

/**
 * Caches what is derived from a catalog (checks, message maps, structure), keyed by the catalog's
 * content rather than its identity, so a catalog edited in place never hits a stale entry; each
 * entry is built from its own copy for the same reason. A few entries suffice: one edition at a
 * time, plus a user's edited copy.
 */
export function memoByContent<T>(build: (catalog: Catalog) => T, maxEntries = 4): (catalog: Catalog) => T {
  const entries = new Map<string, T>();
  return (catalog) => {
    const key = JSON.stringify(catalog);
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = build(JSON.parse(key) as Catalog);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, entry);
    }
    return entry;
  };
}
