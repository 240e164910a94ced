// What the task pane may ask of the workbook. The Office JS adapter implements it over a `run`
// function: Excel.run inside Excel, the workbook double's run in the browser preview and tests.
// The pane depends on this file only, never on Office JS itself.
import type { Catalog, Lang, Text } from '../catalog/types';
import type { CellValue, ProvinceInput } from '../catalog/input';
import type { Ref } from '../expr/types';
import type { FigureVersion } from '../collect/versions';
import type { ImportLogEntry, ImportPlan } from '../collect/import';
import type { NamedValues } from '../collect/merge';
import type { ProgressSheet } from '../collect/progress-sheet';

/** Runs one batch of Office JS commands (Excel.run, or WorkbookDouble.run). */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Runs one batch on a context an earlier batch created: Excel.run(context, batch), or
 * WorkbookDouble.run(context, batch). Office removes an event handler only through the context
 * that added it, and only inside such a run.
 */
export type ContextBatchRunner = <T>(
  context: Excel.RequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface TemplateOptions {
  catalog: Catalog;
  province: string;
  year: number;
  lang: Lang;
}

/** What the cover sheet and the custom XML part say about the template in the workbook. */
export interface TemplateStamp {
  templateVersion: string;
  edition: string;
  province: string;
  year: number;
  lang: Lang;
}

/**
 * The catalog the template was built from, as its custom XML part carries it: JSON text, not yet
 * validated (the pane runs it through loadCatalog). Absent in templates made before it was embedded.
 */
export type EmbeddedCatalog = { catalogJson?: string };

/**
 * Sheets a load that was interrupted left behind: its backup (`figures` values, kept safe until the
 * next load puts them back) and empty half-made sheets. Present only when there are some.
 */
export interface InterruptedLoad {
  interrupted?: { sheets: string[]; figures: number };
}

export type TemplateState =
  | ({ kind: 'none' } & InterruptedLoad)
  | ({ kind: 'current'; stamp: TemplateStamp } & EmbeddedCatalog & InterruptedLoad)
  /** Older template version, or another edition: offer the lossless upgrade. */
  | ({ kind: 'stale'; stamp: TemplateStamp } & EmbeddedCatalog & InterruptedLoad);

export interface CarriedValue {
  name: string; // defined name, e.g. PII_in_population
  value: unknown;
}

export interface NotCarried extends CarriedValue {
  reason: Text;
}

export interface LoadReport {
  /** Values already in the workbook that are still there after the load (by defined name). */
  carried: CarriedValue[];
  /** Values the new template has no cell for: reported, and kept on a sheet, never dropped. */
  notCarried: NotCarried[];
  syncs: number;
  /** The visible sheet that keeps the values in notCarried (absent when there were none). */
  notCarriedSheet?: string;
  /**
   * The officer's own sheets that bore a template sheet's name: renamed out of the way with every
   * cell kept, never reused or cleared (absent when there were none).
   */
  renamedSheets?: RenamedSheet[];
  /**
   * An earlier load had been interrupted: `restored` values came back from its backup (their cells
   * were blank), and its leftover `sheets` were removed or reused. Absent when there was none.
   */
  recovered?: { restored: number; sheets: string[] };
}

export interface RenamedSheet {
  from: string;
  to: string;
  reason: Text;
  /** The framework sheet, kept because it held edits not applied (the reload wrote a fresh one). */
  editedFramework?: true;
}

export interface TamperedCell {
  sheet: string;
  address: string;
  name?: string;
  expected: string;
  found: string;
}

export interface IntegrityReport {
  missingSheets: string[];
  tampered: TamperedCell[];
  /** Template sheets found under another name (repair renames them back). */
  renamedSheets?: { expected: string; found: string }[];
  /** Defined names that are missing or no longer point to their cell (a deleted row or sheet). */
  brokenNames?: { name: string; expected: string; found: string }[];
}

/** A dated results sheet: plain rows (built by a pure function from a score result) + a bar chart. */
export interface ScoreSnapshot {
  sheetName: string;
  rows: (string | number | null)[][];
  /** 0-based rows/columns of the chart's labels and values inside `rows`. */
  chart: { title: string; firstRow: number; lastRow: number; labelColumn: number; valueColumn: number };
}

/** The cover's province and year as the officer left them (PII_meta_province, PII_meta_year). */
export interface CoverValues {
  province: CellValue;
  year: CellValue;
  /** The collection's deadline (PII_meta_deadline, templates 1.2.0 on); absent in older ones. */
  deadline?: CellValue;
  /** The Sở's contact for the agencies (PII_meta_contact, templates 1.2.0 on). */
  contact?: CellValue;
}

/** What readInput returns: the named inputs and, when the workbook has a cover, its two fields. */
export type WorkbookInput = ProvinceInput & { cover?: CoverValues };

/** The values of the Danh mục / Framework sheet, row-major from A1 (blank cells are null). */
export interface FrameworkSheetValues {
  sheet: string;
  values: (string | number | boolean | null)[][];
}

export interface WorkbookPort {
  templateState(): Promise<TemplateState>;
  /** Creates the template, or upgrades/reloads it keeping every value already entered. */
  loadTemplate(options: TemplateOptions): Promise<LoadReport>;
  checkIntegrity(options: TemplateOptions): Promise<IntegrityReport>;
  /** Restores formula cells that differ from the plan; inputs are never touched. */
  repair(options: TemplateOptions): Promise<IntegrityReport>;
  /**
   * Reads every named input (values, last year, evidence, benchmarks) and the cover's province and
   * year in one sync.
   */
  readInput(catalog: Catalog): Promise<WorkbookInput>;
  /** Selects the cell a finding belongs to. */
  select(target: Ref): Promise<void>;
  /** Calls back (debounced by the caller) when an officer edits a template sheet. */
  onEdit(listener: () => void): Promise<() => Promise<void>>;
  /** The framework sheet's values (1 sync); null when the workbook has none. Writes nothing. */
  readFramework(): Promise<FrameworkSheetValues | null>;
  /** Only when the officer asks: writes the snapshot sheet and its native chart; returns its name. */
  writeSnapshot(snapshot: ScoreSnapshot): Promise<string>;
  /**
   * Opens an .xlsx file's bytes as a new workbook in a new window (Excel.createWorkbook, ExcelApi
   * 1.8); this workbook is not touched. The pane offers the same bytes as a download whatever the
   * answer: 'failed' may still have opened it (iOS, office-js #1562).
   */
  openWorkbook(xlsx: Uint8Array): Promise<OpenWorkbookResult>;
  /**
   * "Chốt số liệu / Lock a version": records every non-blank figure of `catalog`'s template under
   * `label` on the hidden versions sheet (3 syncs: the figures, the sheet's rows, one write).
   */
  lockVersion(catalog: Catalog, label: string): Promise<FigureVersion>;
  /** Every locked version, oldest first (1 sync); none when nothing was ever locked. */
  readVersions(): Promise<FigureVersion[]>;
  /**
   * Only when the officer asks: writes the progress rows on a visible sheet ("Tiến độ" /
   * "Progress"), replacing the add-in's earlier one (3 syncs); returns its name. Figures are
   * never written.
   */
  writeProgress(sheet: ProgressSheet): Promise<string>;
  /**
   * The master's named cells an import compares (src/collect/import.ts masterFigureNames): upper-case
   * defined name -> value (null: blank); a name the workbook lacks is absent. 1 sync (2-3 when a
   * name is missing). Writes nothing.
   */
  readNamedFigures(catalog: Catalog): Promise<NamedValues>;
  /**
   * "Nhập tệp của cơ quan / Import agency files": writes `plan`'s log rows on the import log sheet,
   * then its figures into their named cells (3 syncs, events off). Retrying the same plan after a
   * failure completes it without logging it twice. Refuses (WorkbookRefusal, nothing written) when
   * a target cell changed since the files were read. See src/excel/import-sheet.ts.
   */
  importFigures(plan: ImportPlan): Promise<ImportOutcome>;
  /** The import log sheet's rows, oldest first (1 sync); none when nothing was ever imported. */
  readImportLog(): Promise<ImportLogEntry[]>;
}

/** What importFigures wrote: every figure of the plan, and the log rows this call added (0 on a retry). */
export interface ImportOutcome {
  written: number;
  logRows: number;
}

export type OpenWorkbookResult =
  { outcome: 'opened' } | { outcome: 'unsupported' } | { outcome: 'failed'; detail: string };
