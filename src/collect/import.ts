// The pane's "Nhập tệp của cơ quan / Import agency files", pure: which master figures to read, the
// officer's decision on each conflict, the write plan (figures and import log rows) the Office JS
// adapter applies, and the import log read back as provenance. The decisions themselves are
// mergeReturns's (src/collect/merge.ts), shared with `pii merge`; the log rows are importLogRows's,
// so the pane and the CLI write the same sheet with the same columns.
//
// A plan carries an id, its import time (the log's first column): a retry after Excel failed
// half-way finds its rows already in the log and writes only the figures (see src/excel/import-sheet.ts).
import type { CellValue } from '../catalog/input';
import type { Catalog, Lang, Text } from '../catalog/types';
import { componentInputNames, NAMES, parseFieldName } from '../plan/names';
import { importLogRows, sameFigure, type MergeRecord, type MergeResult, type NamedValues } from './merge';
import { COLLECT_TEXT } from '../messages/collect';
import { changeSubject } from './versions';

/**
 * The master's defined names an import reads: the stamp fields mergeReturns compares (edition,
 * province, year, template version) and the language of the log, then every component's this
 * year, last year and evidence cells.
 */
export function masterFigureNames(catalog: Catalog): string[] {
  return [
    ...(['edition', 'province', 'year', 'version', 'lang'] as const).map((f) => NAMES.meta(f)),
    ...catalog.components.flatMap((c) => componentInputNames(c.id)),
  ];
}

export type ConflictChoice = 'master' | 'agency';

/** A record's key for the officer's choices: a file names a figure once per merge. */
export const recordKey = (r: Pick<MergeRecord, 'file' | 'name'>): string => `${r.file}\n${r.name}`;

/**
 * `result` with every conflict decided by `choices` (by recordKey): 'agency' becomes agencyWins,
 * anything else (no choice made: the default) masterKept, both marked decidedBy 'officer'. The
 * assignments are rebuilt in record order, so when two files set one figure the later one wins,
 * as in mergeReturns.
 */
export function decideConflicts(
  result: MergeResult,
  choices: ReadonlyMap<string, ConflictChoice>,
): MergeResult {
  const records = result.records.map((r): MergeRecord =>
    r.outcome !== 'conflict'
      ? r
      : {
          ...r,
          outcome: choices.get(recordKey(r)) === 'agency' ? 'agencyWins' : 'masterKept',
          decidedBy: 'officer',
        },
  );
  const assignments = new Map<string, CellValue>();
  for (const r of records)
    if (r.outcome === 'imported' || r.outcome === 'agencyWins') {
      assignments.delete(r.name);
      assignments.set(r.name, r.incoming);
    }
  return { ...result, records, assignments };
}

/** One named cell to write: its value when the files were read (null: blank) and the new one. */
export interface FigureWrite {
  name: string;
  before: CellValue;
  after: CellValue;
}

/** Rows to append to the import log sheet, created (title in row 1, header in row 3) when missing. */
export interface ImportLogAppend {
  /** The sheet's names in either language; the first is used to create it. */
  sheetNames: string[];
  title: string;
  header: string[];
  rows: CellValue[][];
}

export interface ImportPlan {
  /** The import's time, ISO 8601: the first column of each of its log rows. */
  id: string;
  figures: FigureWrite[];
  log: ImportLogAppend;
}

/**
 * The write plan of a decided merge (decideConflicts's result) for the master whose named values
 * `master` were read before the merge: each assigned figure with its value then, and the log rows
 * in the master's language `lang`, stamped `importedAt` (the id).
 */
export function importPlan(
  master: NamedValues,
  decided: Pick<MergeResult, 'assignments' | 'records' | 'refused'>,
  lang: Lang,
  importedAt: string,
): ImportPlan {
  const { header, rows } = importLogRows(decided, lang, importedAt);
  return {
    id: importedAt,
    figures: [...decided.assignments].map(([name, after]) => ({
      name,
      before: master.get(name.toUpperCase()) ?? null,
      after,
    })),
    log: {
      sheetNames: [COLLECT_TEXT.logSheet[lang], COLLECT_TEXT.logSheet.vi, COLLECT_TEXT.logSheet.en],
      title: COLLECT_TEXT.logTitle[lang],
      header,
      rows,
    },
  };
}

/**
 * The figures of `plan` whose cell now holds neither the value read before the merge nor the new
 * one (`current(name)`: the cell's value now, undefined when the name is gone): the officer typed
 * there since, and writing would overwrite that unseen.
 */
export function changedSince(plan: ImportPlan, current: (name: string) => CellValue | undefined): string[] {
  return plan.figures
    .filter((f) => {
      const now = current(f.name);
      return now === undefined || !(sameFigure(now, f.before) || sameFigure(now, f.after));
    })
    .map((f) => f.name);
}

/** The 0-based row of the log's first record: row 1 is the title, row 3 the header. */
export const LOG_FIRST_ROW = 3;

/** One row of the import log sheet, as read back. */
export interface ImportLogEntry {
  importedAt: string;
  file: string;
  agency: string;
  /** The master cell's defined name; '' on a refused file's row. */
  name: string;
  before: CellValue;
  incoming: CellValue;
  outcome: string;
  /** Whether this row put the agency's value into the cell (imported, or the agency's side taken). */
  applied: boolean;
}

const both = (t: Text) => (t.vi === t.en ? t.vi : `${t.vi} / ${t.en}`);
const APPLIED = new Set(
  [COLLECT_TEXT.outcome.imported, COLLECT_TEXT.outcome.agencyWins, COLLECT_TEXT.officerChose.agencyWins].map(
    both,
  ),
);

const cell = (v: unknown): CellValue => (v === undefined || v === null || v === '' ? null : (v as CellValue));

/**
 * The records of the import log sheet from its values (row-major from A1, as Excel or exceljs read
 * them), in the order they were written. Rows without a time are skipped (an officer's note).
 */
export function parseImportLog(values: unknown[][]): ImportLogEntry[] {
  const out: ImportLogEntry[] = [];
  for (const row of values.slice(LOG_FIRST_ROW)) {
    const [time, file, agency, , , name, before, incoming, outcome] = row;
    if (typeof time !== 'string' || time.trim() === '') continue;
    const said = typeof outcome === 'string' ? outcome : '';
    out.push({
      importedAt: time,
      file: String(file ?? ''),
      agency: String(agency ?? ''),
      name: typeof name === 'string' ? name : '',
      before: cell(before),
      incoming: cell(incoming),
      outcome: said,
      applied: APPLIED.has(said.trim()),
    });
  }
  return out;
}

/** Per figure (defined name, upper case), the last log row that brought its value in. */
export function figureSources(entries: ImportLogEntry[]): Map<string, ImportLogEntry> {
  const out = new Map<string, ImportLogEntry>();
  for (const e of entries) if (e.applied && e.name) out.set(e.name.toUpperCase(), e);
  return out;
}

/** A figure's defined name in words: "GRDP (năm nay)" / "GRDP (this year)"; the name itself when unknown. */
export function figureSubject(catalog: Catalog, name: string): Text {
  const m = parseFieldName(name);
  const c = m ? catalog.components.find((x) => x.id.toLowerCase() === m.id.toLowerCase()) : undefined;
  if (!m || !c) return { vi: name, en: name };
  return changeSubject(catalog, {
    name,
    kind: m.field,
    key: c.id,
    before: null,
    after: null,
  });
}
