// Reading the JSON files the commands take, with messages that say which file and what failed.
import { readFileSync } from 'fs';
import {
  builtinCatalog,
  builtinEditions,
  CatalogError,
  loadCatalog,
  type Catalog,
  type Text,
} from '../catalog';
import { CliError, EXIT } from './io';
import { message } from './messages';
import type { Flags } from './args';

export function readJsonFile(path: string, what: Text): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new CliError(message('cannotRead', { what, path, code }));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad on Windows saves a BOM
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliError(
      message('notJson', { what, path, line: '?', column: '?', problem: { vi: detail, en: detail } }),
    );
  }
}

function catalogProblems(e: CatalogError, source: string): CliError {
  return new CliError(
    message('catalogInvalid', { source, count: e.problems.length }),
    EXIT.failure,
    e.problems.map((p) => `${p.path || '(root)'}: ${p.message}`),
  );
}

/** --catalog FILE or --edition ED (default: the newest built-in edition). */
export function resolveCatalog(flags: Flags): Catalog {
  if (flags.catalog !== undefined && flags.edition !== undefined) {
    throw new CliError(message('catalogOrEdition'), EXIT.usage);
  }
  if (typeof flags.catalog === 'string') {
    const json = readJsonFile(flags.catalog, message('fileCatalog'));
    try {
      return loadCatalog(json);
    } catch (e) {
      if (e instanceof CatalogError) throw catalogProblems(e, `"${flags.catalog}"`);
      throw e;
    }
  }
  const editions = builtinEditions();
  const edition = typeof flags.edition === 'string' ? flags.edition : editions[editions.length - 1];
  if (!editions.includes(edition)) {
    throw new CliError(message('noEdition', { edition, available: editions.join(', ') }), EXIT.usage);
  }
  return builtinCatalog(edition);
}
