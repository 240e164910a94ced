// Reading a PII workbook file by its defined names for the collection commands (split, merge).
import { readFileSync } from 'fs';
import type { CellValue, ProvinceInput } from '../catalog';
import { NAMES } from '../plan';
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
  try {
    const bytes = readFileSync(file);
    const { readNamedValues } = await import('../xlsx');
    return { bytes, named: await readNamedValues(bytes) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliError(message('workbookUnreadable', { file, detail }));
  }
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
 * Throws CliError unless `named` is a PII master: it has the PII_meta_version stamp and is not an
 * agency workbook (no PII_meta_agency).
 */
export function requireMaster(file: string, named: ReadonlyMap<string, CellValue>): void {
  if (metaText(named, 'version') === '')
    throw new CliError(message('workbookNotMaster', { file, detail: message('masterNoStamp') }));
  const agency = metaText(named, 'agency');
  if (agency !== '')
    throw new CliError(message('workbookNotMaster', { file, detail: message('masterIsAgency', { agency }) }));
}

/** A workbook's figures by component id: its PII_in_, PII_prev_ and PII_ev_ cells. */
export function figuresOf(named: ReadonlyMap<string, CellValue>): ProvinceInput {
  const input: Required<Pick<ProvinceInput, 'values' | 'previous' | 'evidence'>> = {
    values: {},
    previous: {},
    evidence: {},
  };
  for (const [name, v] of named) {
    const m = /^PII_(IN|PREV|EV)_(.+)$/.exec(name);
    if (!m || v === null) continue;
    const id = m[2].toLowerCase();
    if (m[1] === 'IN') input.values[id] = v;
    else if (m[1] === 'PREV') input.previous[id] = v;
    else input.evidence[id] = v;
  }
  return input;
}
