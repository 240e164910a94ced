// Taking the agencies' answers back into the master: the decisions, pure. Both sides are read by
// defined names only (`PII_in_<id>`, `PII_prev_<id>`, the evidence parts, the `PII_meta_*` stamp), so a
// file that went through another Excel, LibreOffice or a converter is recognised by its cells.
//
// Per returned file: refused whole when it is not an agency workbook of the master's edition,
// province, year and template major version, or newer than the master. Otherwise, per figure
// (this year, last year) of a component the agency owns (src/collect/agency.ts):
//   blank in the file           -> nothing (an agency never blanks the master);
//   equal to the master         -> unchanged;
//   master blank                -> imported;
//   both set and different      -> conflict: the master is kept and the pair listed, unless
//                                  `prefer` says which side wins (agencyWins / masterKept).
// The evidence record (four parts, one document) of an owned component is decided as one: the
// same rules, and when the agency's record wins over the master's, a part it left blank blanks
// the master's (an old link must not stay beside a new document).
// A figure of a component the agency does not own (a shared denominator it changed, a name the
// catalog lacks) is ignored and listed (notOwned); one equal to the master is not worth a line.
// An owned figure whose cell the master lacks (a master of an older catalog) is listed (notInMaster).
// Files are applied in order: a second file sees the figures the first one brought in.
import { isBlankCell, type CellValue } from '../catalog/input';
import type { Catalog, Text } from '../catalog/types';
import { COMPONENT_FIELDS, fieldName, NAMES, parseFieldName, type ComponentField } from '../plan/names';
import { olderVersion } from '../plan/version';
import { EVIDENCE_PARTS } from '../catalog/evidence';
import { agencyShare } from './agency';
import { COLLECT_TEXT } from '../messages/collect';

/** Defined names (upper case, as src/xlsx readNamedValues gives them) -> cell value. */
export type NamedValues = ReadonlyMap<string, CellValue>;

export type FigureField = ComponentField;
export type Outcome = 'imported' | 'agencyWins' | 'masterKept' | 'conflict' | 'notOwned' | 'notInMaster';

/** One returned agency workbook: its file name (as the log shows it) and its named cells. */
export interface ReturnedFile {
  file: string;
  named: NamedValues;
}

export interface MergeOptions {
  /** Which side wins a conflict; undefined: neither, the conflict is listed and the master kept. */
  prefer?: 'master' | 'agency';
  /** ISO 8601 time of the import, written on every record (the caller's clock; pure here). */
  importedAt: string;
}

/** One figure's decision, with its provenance. */
export interface MergeRecord {
  file: string;
  agency: string;
  component: string;
  field: FigureField;
  /** The defined name of the master's cell, e.g. "PII_in_grdp". */
  name: string;
  /** The master's value before this file was applied (null: blank). */
  master: CellValue;
  /** The agency file's value. */
  incoming: CellValue;
  outcome: Outcome;
  importedAt: string;
  /** 'officer': a conflict the officer decided in the pane (agencyWins or masterKept). */
  decidedBy?: 'officer';
}

export interface Refusal {
  file: string;
  reason: Text;
}

export interface MergeResult {
  /** Cells to write into the master: defined name -> new value (the last one when several). */
  assignments: Map<string, CellValue>;
  /** Every decision worth a line, in file order: imports, conflicts, ignored figures. */
  records: MergeRecord[];
  refused: Refusal[];
  /** Per accepted file: its agency and how many of its figures equalled the master's. */
  accepted: { file: string; agency: string; unchanged: number }[];
}

const nameOf = fieldName;

/** Blank as a spreadsheet means it (catalog/input.ts isBlankCell), under the name collect uses. */
export const isBlank = isBlankCell;

/**
 * Whether two cell values are the same figure: numbers within 1e-12 relative (a value re-saved
 * by another program may lose its last binary digit), text equal after NFC and trimming,
 * logicals equal. A number and a text are never the same ("12" is not 12).
 */
export function sameFigure(a: CellValue, b: CellValue): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (typeof a === 'number' && typeof b === 'number')
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  if (typeof a === 'string' && typeof b === 'string')
    return a.normalize('NFC').trim() === b.normalize('NFC').trim();
  return a === b;
}

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? '' : String(v).normalize('NFC').trim();

const major = (version: string): string => version.split('.')[0];

/** The file's named cells: the catalog's components first (in its order, value, previous,
 * evidence), then any other name in the file's order. */
function inCatalogOrder(catalog: Catalog, named: NamedValues): [string, CellValue][] {
  const out: [string, CellValue][] = [];
  const seen = new Set<string>();
  for (const c of catalog.components)
    for (const field of COMPONENT_FIELDS) {
      const key = nameOf(field, c.id).toUpperCase();
      if (named.has(key)) {
        out.push([key, named.get(key)!]);
        seen.add(key);
      }
    }
  for (const [key, v] of named) if (!seen.has(key)) out.push([key, v]);
  return out;
}

/** Why `file` cannot be merged into `master`, or undefined when it can. */
export function refusalReason(catalog: Catalog, master: NamedValues, file: NamedValues): Text | undefined {
  const meta = (named: NamedValues, field: Parameters<typeof NAMES.meta>[0]) =>
    text(named.get(NAMES.meta(field).toUpperCase()));
  const hasInputs = [...file.keys()].some((k) => k.startsWith('PII_IN_'));
  if (meta(file, 'version') === '' || !hasInputs) return COLLECT_TEXT.notPii;
  const agency = meta(file, 'agency');
  if (agency === '') return COLLECT_TEXT.notAgency;
  if (meta(file, 'edition') !== meta(master, 'edition'))
    return COLLECT_TEXT.otherEdition(meta(file, 'edition'), meta(master, 'edition'));
  if (meta(file, 'province') !== meta(master, 'province'))
    return COLLECT_TEXT.otherProvince(meta(file, 'province'), meta(master, 'province'));
  if (meta(file, 'year') !== meta(master, 'year'))
    return COLLECT_TEXT.otherYear(meta(file, 'year'), meta(master, 'year'));
  if (major(meta(file, 'version')) !== major(meta(master, 'version')))
    return COLLECT_TEXT.otherVersion(meta(file, 'version'), meta(master, 'version'));
  // A newer file may hold cells the master lacks (the evidence register's parts before 1.4.0):
  // they would be dropped, one by one, so the master's template is updated first.
  if (olderVersion(meta(master, 'version'), meta(file, 'version')))
    return COLLECT_TEXT.newerVersion(meta(file, 'version'), meta(master, 'version'));
  if (!agencyShare(catalog, agency)) return COLLECT_TEXT.unknownAgency(agency, catalog.edition);
  return undefined;
}

/**
 * Merges the returned agency workbooks `files` into the master's named values `master`, for the
 * master's `catalog`. Pure: reads nothing, writes nothing; the caller writes
 * `result.assignments` into the master and the records into its log. See the file comment for
 * the rules. Never throws on file content: a bad file is a refusal.
 */
export function mergeReturns(
  catalog: Catalog,
  master: NamedValues,
  files: ReturnedFile[],
  options: MergeOptions,
): MergeResult {
  const current = new Map(master);
  const known = new Set(catalog.components.map((c) => c.id));
  const result: MergeResult = { assignments: new Map(), records: [], refused: [], accepted: [] };
  /** A differing figure's (or record's) fate: imported into a blank master, else as `prefer` says. */
  const decide = (masterBlank: boolean): Outcome =>
    masterBlank
      ? 'imported'
      : options.prefer === 'agency'
        ? 'agencyWins'
        : options.prefer === 'master'
          ? 'masterKept'
          : 'conflict';
  /** Lists the record and, when its value comes in, sets it (later files see it as the master's). */
  const take = (record: MergeRecord): void => {
    result.records.push(record);
    if (record.outcome === 'imported' || record.outcome === 'agencyWins') {
      current.set(record.name.toUpperCase(), record.incoming);
      result.assignments.set(record.name, record.incoming);
    }
  };
  for (const { file, named } of files) {
    const reason = refusalReason(catalog, master, named);
    if (reason) {
      result.refused.push({ file, reason });
      continue;
    }
    const agency = text(named.get(NAMES.meta('agency').toUpperCase()));
    const owned = new Set(agencyShare(catalog, agency)!.owned);
    const recordOf: RecordOf = (component, field, name, before, incoming, outcome) => ({
      file,
      agency,
      component,
      field,
      name,
      master: isBlank(before) ? null : before,
      incoming,
      outcome,
      importedAt: options.importedAt,
    });
    let unchanged = 0;
    const records = new Set<string>(); // owned components whose evidence record is decided
    for (const [key, incoming] of inCatalogOrder(catalog, named)) {
      const parsed = parseFieldName(key);
      if (!parsed) continue;
      const { field } = parsed;
      const component = parsed.id.toLowerCase();
      if (isEvidencePart(field) && owned.has(component) && known.has(component)) {
        if (records.has(component)) continue;
        records.add(component);
        unchanged += mergeRecord(component, named, recordOf);
        continue;
      }
      if (isBlank(incoming)) continue;
      const name = known.has(component) ? nameOf(field, component) : key;
      const before = current.get(name.toUpperCase()) ?? null;
      const record = (outcome: Outcome) => recordOf(component, field, name, before, incoming, outcome);
      if (!owned.has(component)) {
        if (!sameFigure(before, incoming)) result.records.push(record('notOwned'));
        continue;
      }
      // A master made from an older catalog may lack the cell: nowhere to put the figure.
      if (!master.has(name.toUpperCase())) {
        result.records.push(record('notInMaster'));
        continue;
      }
      if (sameFigure(before, incoming)) {
        unchanged++;
        continue;
      }
      take(record(decide(isBlank(before))));
    }
    result.accepted.push({ file, agency, unchanged });
  }
  return result;

  /**
   * A component's evidence record (its four parts) from an agency file, decided as one document:
   * a record the file leaves blank brings nothing; one equal to the master's, nothing; into a
   * blank master record, its parts; otherwise every part that differs is one conflict, decided
   * together, a part the agency left blank included (so that the agency's winning record never
   * keeps the master's old link beside its new document). Returns how many parts were equal.
   */
  function mergeRecord(component: string, named: NamedValues, recordOf: RecordOf): number {
    const parts = EVIDENCE_PARTS.map((field) => {
      const name = nameOf(field, component);
      const incoming = named.get(name.toUpperCase()) ?? null;
      const before = current.get(name.toUpperCase()) ?? null;
      return {
        field,
        name,
        incoming: isBlank(incoming) ? null : incoming,
        before: isBlank(before) ? null : before,
      };
    });
    if (parts.every((p) => p.incoming === null)) return 0;
    const record = (p: (typeof parts)[number], outcome: Outcome) =>
      recordOf(component, p.field, p.name, p.before, p.incoming, outcome);
    for (const p of parts)
      if (!master.has(p.name.toUpperCase()) && p.incoming !== null)
        result.records.push(record(p, 'notInMaster'));
    const here = parts.filter((p) => master.has(p.name.toUpperCase()));
    const differing = here.filter((p) => !sameFigure(p.before, p.incoming));
    const outcome = decide(here.every((p) => p.before === null));
    for (const p of differing) take(record(p, outcome));
    return (
      here.length - differing.length - here.filter((p) => p.incoming === null && p.before === null).length
    );
  }
}

/** One file's record of a figure: component, field, the master's cell name, before, incoming, fate. */
type RecordOf = (
  component: string,
  field: FigureField,
  name: string,
  before: CellValue,
  incoming: CellValue,
  outcome: Outcome,
) => MergeRecord;

const isEvidencePart = (field: FigureField): boolean => (EVIDENCE_PARTS as readonly string[]).includes(field);

/** The header and rows of the import log sheet for `records` and `refused`, in language `lang`. */
export function importLogRows(
  result: Pick<MergeResult, 'records' | 'refused'>,
  lang: 'vi' | 'en',
  importedAt: string,
): { header: string[]; rows: CellValue[][] } {
  const c = COLLECT_TEXT.columns;
  const header = [
    c.time,
    c.file,
    c.agency,
    c.component,
    c.field,
    c.name,
    c.previous,
    c.incoming,
    c.outcome,
  ].map((t) => t[lang]);
  const both = (t: Text) => (t.vi === t.en ? t.vi : `${t.vi} / ${t.en}`);
  const rows: CellValue[][] = result.records.map((r) => [
    r.importedAt,
    r.file,
    r.agency,
    r.component,
    COLLECT_TEXT.field[r.field][lang],
    r.name,
    r.master,
    r.incoming,
    both(
      r.decidedBy === 'officer' && (r.outcome === 'agencyWins' || r.outcome === 'masterKept')
        ? COLLECT_TEXT.officerChose[r.outcome]
        : COLLECT_TEXT.outcome[r.outcome],
    ),
  ]);
  for (const r of result.refused)
    rows.push([
      importedAt,
      r.file,
      null,
      null,
      null,
      null,
      null,
      null,
      `${both(COLLECT_TEXT.refused)}: ${both(r.reason)}`,
    ]);
  return { header, rows };
}
