// Reading a PII workbook file by its defined names for the collection commands (split, merge).
import { readFileSync } from 'fs';
import type { Catalog, CellValue, ProvinceInput } from '../catalog';
import { EVIDENCE_REGISTER_VERSION, inputSection, NAMES, olderVersion, parseFieldName } from '../plan';
import type { Flags } from './args';
import { readFailedReason, resolveCatalog } from './files';
import { CliError } from './io';
import { message } from './messages';

/** A workbook file's bytes and its named cells (upper-case names, see src/xlsx readNamedValues). */
export interface NamedWorkbook {
  bytes: Buffer;
  named: Map<string, CellValue>;
}

/**
 * Reads `file` and its defined names. Throws CliError ("cannot read the workbook") when the file
 * cannot be read or is not an .xlsx workbook. Loads exceljs on first use.
 */
export async function readNamedWorkbook(file: string): Promise<NamedWorkbook> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new CliError(message('workbookUnreadable', { file, detail: readFailedReason(e) }));
  }
  try {
    const { readNamedValues } = await import('../xlsx');
    return { bytes, named: await readNamedValues(bytes) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliError(message('workbookUnreadable', { file, detail }));
  }
}

/**
 * The master `file` read by names and checked (requireMaster), with its catalog: --catalog's, else
 * the built-in edition --edition names, else the one its PII_meta_edition names. Throws CliError
 * as readNamedWorkbook, requireMaster and resolveCatalog do.
 */
export async function readMaster(file: string, flags: Flags): Promise<NamedWorkbook & { catalog: Catalog }> {
  const master = await readNamedWorkbook(file);
  requireMaster(file, master.named);
  const catalog = resolveCatalog(
    typeof flags.catalog === 'string'
      ? flags
      : { ...flags, edition: flags.edition ?? metaText(master.named, 'edition') },
  );
  return { ...master, catalog };
}

/** The text of a PII_meta_<field> cell ("" when absent or blank), NFC and trimmed. */
export function metaText(
  named: ReadonlyMap<string, CellValue>,
  field: Parameters<typeof NAMES.meta>[0],
): string {
  const v = named.get(NAMES.meta(field).toUpperCase());
  return v === null || v === undefined ? '' : String(v).normalize('NFC').trim();
}

/**
 * Throws CliError unless `named` is a PII master: it has the PII_meta_version stamp and is neither
 * an agency workbook (PII_meta_agency) nor a submission package (PII_meta_package).
 */
export function requireMaster(file: string, named: ReadonlyMap<string, CellValue>): void {
  if (metaText(named, 'version') === '')
    throw new CliError(message('workbookNotMaster', { file, detail: message('masterNoStamp') }));
  const agency = metaText(named, 'agency');
  if (agency !== '')
    throw new CliError(message('workbookNotMaster', { file, detail: message('masterIsAgency', { agency }) }));
  if (named.has(NAMES.meta('package').toUpperCase()))
    throw new CliError(message('workbookNotMaster', { file, detail: message('masterIsPackage') }));
  // A master older than the evidence register has no cells for three of its parts: what split
  // asks of the agencies, merge could not bring back and package would find missing.
  const version = metaText(named, 'version');
  if (olderVersion(version, EVIDENCE_REGISTER_VERSION))
    throw new CliError(message('masterBeforeRegister', { file, version, needed: EVIDENCE_REGISTER_VERSION }));
}

/** A workbook's figures by component id: its PII_in_, PII_prev_ and evidence register cells. */
export function figuresOf(named: ReadonlyMap<string, CellValue>): ProvinceInput {
  const input: ProvinceInput = { values: {} };
  for (const [name, v] of named) {
    const m = parseFieldName(name);
    if (!m || v === null) continue;
    (input[inputSection(m.field)] ??= {})[m.id.toLowerCase()] = v;
  }
  return input;
}

/** The national benchmarks of `catalog`'s indicators: PII_min_<code> and PII_max_<code> (blank: null). */
export function benchmarksOf(
  named: ReadonlyMap<string, CellValue>,
  catalog: Catalog,
): NonNullable<ProvinceInput['benchmarks']> {
  const get = (name: string) => named.get(name.toUpperCase()) ?? null;
  return Object.fromEntries(
    catalog.indicators.map((i) => [
      i.code,
      { min: get(NAMES.benchmarkMin(i.code)), max: get(NAMES.benchmarkMax(i.code)) },
    ]),
  );
}
