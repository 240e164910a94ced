// Editions shipped with the add-in. They are JSON data run through the same loader as a user's
// file, so a shipped edition can never hold something a user's catalog could not. Their data is
// registered by ./editions: at once in Node (the command-line tool, tests), and in the task pane
// as lazy chunks fetched before the pane renders, so the pane's initial JavaScript stays small.
import { CATALOG_TEXT } from '../messages/catalog';
import { bilingualLine } from '../messages/format';
import { CatalogError } from './errors';
import { loadCatalog } from './load';
import type { Catalog } from './types';

/** Oldest first; the pane offers the most recent first. */
export const BUILTIN_EDITIONS: readonly string[] = ['2023', '2024', '2025'];

const registered = new Map<string, unknown>();
const cache = new Map<string, Catalog>();

/** Gives an edition's JSON (see ./editions); the loader checks it on first use. */
export function registerBuiltinEdition(edition: string, json: unknown): void {
  registered.set(edition, json);
  cache.delete(edition);
}

export function builtinEditions(): string[] {
  return [...BUILTIN_EDITIONS];
}

/**
 * A fresh deep copy each call, so a caller editing its catalog cannot change the shipped one.
 * Errors: CatalogError for an edition not shipped; Error for a shipped one whose data was not
 * registered yet (a programming error: import ./editions, or await loadBuiltinEditions first).
 */
export function builtinCatalog(edition: string): Catalog {
  const json = registered.get(edition);
  if (json === undefined) {
    if (BUILTIN_EDITIONS.includes(edition))
      throw new Error(
        `built-in edition ${edition} is not loaded: import catalog/editions or await loadBuiltinEditions()`,
      );
    throw new CatalogError([
      {
        path: 'edition',
        message: bilingualLine(
          CATALOG_TEXT.text('noBuiltinEdition', { edition, available: builtinEditions().join(', ') }),
        ),
      },
    ]);
  }
  if (!cache.has(edition)) cache.set(edition, loadCatalog(json));
  return JSON.parse(JSON.stringify(cache.get(edition))) as Catalog;
}
