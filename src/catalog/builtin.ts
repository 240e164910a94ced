// Editions shipped with the add-in. They are JSON data run through the same loader as a user's
// file, so a shipped edition can never hold something a user's catalog could not.
import { CatalogError } from './errors';
import { loadCatalog } from './load';
import type { Catalog } from './types';
import pii2023 from './editions/pii-2023.json';
import pii2024 from './editions/pii-2024.json';
import pii2025 from './editions/pii-2025.json';

/** Oldest first; the pane offers the most recent first. */
const EDITIONS: Record<string, unknown> = { '2023': pii2023, '2024': pii2024, '2025': pii2025 };
const cache = new Map<string, Catalog>();

export function builtinEditions(): string[] {
  return Object.keys(EDITIONS);
}

/** A fresh deep copy each call, so a caller editing its catalog cannot change the shipped one. */
export function builtinCatalog(edition: string): Catalog {
  const json = EDITIONS[edition];
  if (json === undefined) {
    throw new CatalogError([
      {
        path: 'edition',
        message: `không có ấn bản "${edition}" (có: ${builtinEditions().join(', ')}) / no built-in edition "${edition}" (available: ${builtinEditions().join(', ')})`,
      },
    ]);
  }
  if (!cache.has(edition)) cache.set(edition, loadCatalog(json));
  return JSON.parse(JSON.stringify(cache.get(edition))) as Catalog;
}
