// Reading the JSON files the commands take, with messages that say which file and what failed.
import { readFileSync, statSync } from 'fs';
import { getHeapStatistics } from 'v8';
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

/**
 * Scoring holds about ten times a data file's size in memory (measured: a 69 MB file of 32,000
 * provinces peaks near 700 MB); 12 leaves a margin. Past the heap, Node aborts with no message.
 */
const MEMORY_PER_FILE_BYTE = 12;
/** Below V8's longest string (2^29 - 24 characters), which a file is read into whole. */
const MAX_TEXT_BYTES = 2 ** 29 - 2 ** 20;

/**
 * The largest JSON file, in bytes, this process can read and score without running out of memory
 * or past the longest string: about 360 MB with Node's default 4 GB heap, less on a computer with
 * less memory (NODE_OPTIONS=--max-old-space-size raises it, up to about 511 MB).
 */
export function maxJsonFileBytes(): number {
  return Math.min(MAX_TEXT_BYTES, Math.floor(getHeapStatistics().heap_size_limit / MEMORY_PER_FILE_BYTE));
}

/** Options of readJsonFile: tests lower the size limit instead of writing a 400 MB file. */
export interface ReadOptions {
  maxBytes?: number;
}

/**
 * Reads and parses a JSON file. `what` names the file in messages (catalog, data). Throws CliError
 * with a bilingual message when the file cannot be read, is too large for this computer's memory
 * (see maxJsonFileBytes), or is not valid JSON.
 */
export function readJsonFile(path: string, what: Text, options: ReadOptions = {}): unknown {
  let text: string;
  try {
    const size = statSync(path).size;
    const limit = options.maxBytes ?? maxJsonFileBytes();
    if (size > limit) {
      const mb = (bytes: number) => Math.ceil(bytes / 2 ** 20);
      throw new CliError(
        message('fileTooLarge', { what, path, size: mb(size), limit: Math.floor(limit / 2 ** 20) }),
      );
    }
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
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
