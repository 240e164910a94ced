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
import { workbookProblems } from '../plan';
import { bi, CliError, EXIT } from './io';
import { decodeJsonBytes, duplicateKeys, locateJsonSyntaxError, normaliseJson } from './json-text';
import { message, type MessageKey } from './messages';
import type { Flags } from './args';

/**
 * Heap needed per byte of data file: the parsed JSON plus a few numbers per province and
 * indicator (provinces are reported one at a time). Measured: a 69 MB file of 32,000 provinces
 * scores within a 300 MB heap and not within 200 MB, so about 4.3; 8 leaves a margin. Past the
 * heap, Node aborts with no message, so a larger file is refused up front.
 */
const MEMORY_PER_FILE_BYTE = 8;
/** Below V8's longest string (2^29 - 24 characters), which a file is read into whole. */
const MAX_TEXT_BYTES = 2 ** 29 - 2 ** 20;

/**
 * The largest JSON file, in bytes, this process can read and score without running out of memory
 * or past the longest string: about 511 MB with Node's default 4 GB heap, about 256 MB with a 2 GB
 * heap (NODE_OPTIONS=--max-old-space-size raises it).
 */
export function maxJsonFileBytes(): number {
  return Math.min(MAX_TEXT_BYTES, Math.floor(getHeapStatistics().heap_size_limit / MEMORY_PER_FILE_BYTE));
}

/** Options of readJsonFile: tests lower the size limit instead of writing a 400 MB file. */
export interface ReadOptions {
  maxBytes?: number;
}

/**
 * Reads and parses a JSON file, every string and key in Unicode NFC. `what` names the file in
 * messages (catalog, data). Throws CliError with a bilingual message when the file cannot be read,
 * is too large for this computer's memory (see maxJsonFileBytes), is not UTF-8 (UTF-16, a legacy
 * code page; a UTF-8 BOM is fine), is not valid JSON (with line, column and the line itself), or
 * holds one key twice in an object, at any depth, as written or in two Unicode forms (JSON.parse
 * would keep the last without a word); every duplicate is listed with its path, up to ten.
 */
export function readJsonFile(path: string, what: Text, options: ReadOptions = {}): unknown {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    const limit = options.maxBytes ?? maxJsonFileBytes();
    if (size > limit) {
      const mb = (bytes: number) => Math.ceil(bytes / 2 ** 20);
      throw new CliError(
        message('fileTooLarge', { what, path, size: mb(size), limit: Math.floor(limit / 2 ** 20) }),
      );
    }
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(message('cannotRead', { what, path, reason: readFailedReason(e) }));
  }
  const decoded = decodeJsonBytes(bytes);
  if (!decoded.ok) {
    throw new CliError(
      decoded.kind === 'utf16'
        ? message('notUtf8Utf16', { what, path })
        : message('notUtf8', { what, path, offset: decoded.offset, line: decoded.line }),
    );
  }
  const text = decoded.text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw syntaxError(text, e, what, path);
  }
  const twice = duplicateKeys(text);
  if (twice.length > 0) {
    const text = (x: { path: string; key: string }) =>
      message('jsonDuplicateKey', { path: x.path || '(root)', key: x.key });
    throw new CliError(
      message('jsonDuplicateKeys', { what, path, count: twice.length >= 100 ? '100+' : twice.length }),
      EXIT.failure,
      twice.slice(0, 10).map((x) => bi(text(x))),
    );
  }
  const { value: nfc, duplicates } = normaliseJson(value, text);
  if (duplicates.length > 0) {
    const d = duplicates[0];
    throw new CliError(
      message('jsonDuplicateNormalized', { path: `${path}: ${d.path}`, key: d.key }),
      EXIT.failure,
      duplicates
        .slice(1, 10)
        .map((x) => bi(message('jsonDuplicateNormalized', { path: x.path, key: x.key }))),
    );
  }
  return nfc;
}

/** The bilingual "line L, column C: what is wrong" error, with the line and a caret under the spot. */
function syntaxError(text: string, e: unknown, what: Text, path: string): CliError {
  const found = locateJsonSyntaxError(text);
  if (!found) {
    // JSON.parse and our scanner disagree (should not happen): keep the engine's own words.
    const detail = e instanceof Error ? e.message : String(e);
    return new CliError(
      message('notJson', { what, path, line: '?', column: '?', problem: { vi: detail, en: detail } }),
    );
  }
  const lineStart = text.lastIndexOf('\n', found.offset - 1) + 1;
  const lineEnd = text.indexOf('\n', found.offset);
  const from = Math.max(lineStart, found.offset - 60);
  const snippet = text
    .slice(from, Math.min(lineEnd < 0 ? text.length : lineEnd, found.offset + 20))
    .replace(/[\t\r]/g, ' ');
  return new CliError(
    message('notJson', { what, path, line: found.line, column: found.column, problem: found.problem }),
    EXIT.failure,
    [snippet, `${' '.repeat(found.offset - from)}^`],
  );
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
    let catalog: Catalog;
    try {
      catalog = loadCatalog(json);
    } catch (e) {
      if (e instanceof CatalogError) throw catalogProblems(e, `"${flags.catalog}"`);
      throw e;
    }
    // A catalog from a file must also make a valid workbook (formula lengths, checks per cell):
    // refused here, by every command, rather than by pii template after it loaded.
    const problems = workbookProblems(catalog);
    if (problems.length > 0) throw catalogProblems(new CatalogError(problems), `"${flags.catalog}"`);
    return catalog;
  }
  const editions = builtinEditions();
  const edition = typeof flags.edition === 'string' ? flags.edition : editions[editions.length - 1];
  if (!editions.includes(edition)) {
    throw new CliError(message('noEdition', { edition, available: editions.join(', ') }), EXIT.usage);
  }
  return builtinCatalog(edition);
}

const READ_REASONS: Record<string, MessageKey> = {
  ENOENT: 'readReasonENOENT',
  EACCES: 'readReasonEACCES',
  EPERM: 'readReasonEACCES',
  EISDIR: 'readReasonEISDIR',
  EBUSY: 'readReasonEBUSY',
};

/**
 * Why a file could not be read, in words ("không có tệp này / no such file"), not Node's code;
 * an unlisted code is shown as it is, an error without one by its message.
 */
export function readFailedReason(e: unknown): Text | string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && READ_REASONS[code]) return message(READ_REASONS[code]);
  return code ?? (e instanceof Error ? e.message : String(e));
}
