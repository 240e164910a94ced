// The template plan: a plain, self-describing description of the PII workbook. Pure data (JSON
// serialisable), no Office and no exceljs types: the Office JS writer (src/excel) and the .xlsx
// writer (src/xlsx) both apply it, neither makes a layout decision.
//
// How a writer applies a plan (every list below is independent of the others, so an Office JS
// writer can queue all of it and sync a constant number of times):
//   1. sheets in order (create or find by `name`);
//   2. per sheet: each block -> one range (`address`) gets `cells` as a 2D array (see
//      `officeFormulas` in ./office.ts for the array `range.formulas` wants) and `numberFormats`;
//      `styles` (range -> style key of plan.styles), `columns` widths, `validations`,
//      `conditionalFormats`, `unlocked` ranges (locked = false), `freeze`, then `protection`;
//   3. `names` (workbook scope, `reference` is ready for names.add), `customXml`.
// Addresses are A1 without the sheet (e.g. "C5:G9", "$C$12" in names), columns from A.
import type { Lang, Severity } from '../catalog/types';

export type SheetKey = 'cover' | 'entry' | 'benchmarks' | 'results' | 'checks' | 'framework';

/** A constant (text stays text, even "1,5" or "12"), a formula, or nothing (leave the cell empty). */
export type PlanCell = null | { value: string | number | boolean } | { formula: string };

/** One rectangle of cells written in one go. `cells` and `numberFormats` are rowCount x columnCount. */
export interface PlanBlock {
  /** Stable id, e.g. "entry:shared", "entry:indicator:2.1.3", "results:pillars". */
  id: string;
  sheet: SheetKey;
  /** The rectangle, A1 without sheet and without $, e.g. "A5:H9". */
  address: string;
  /** Zero-based top row and left column of the rectangle. */
  row: number;
  col: number;
  rowCount: number;
  columnCount: number;
  cells: PlanCell[][];
  /** Excel number format codes ("General", "@", "#,##0", "0.00"). */
  numberFormats: string[][];
}

export type StyleKey =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'section'
  | 'blockHeader'
  | 'label'
  | 'input'
  | 'inputOptional'
  | 'evidence'
  | 'computed'
  | 'status'
  | 'note'
  | 'legendInput'
  | 'legendComputed'
  | 'legendError'
  | 'legendWarning'
  | 'legendMissing'
  | 'legendOk';

/** Colours are "#RRGGBB". */
export interface CellStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  /** Thin border around every cell of the range. */
  border?: boolean;
}

export interface StyleRange {
  address: string;
  style: StyleKey;
}

export type AlertStyle = 'stop' | 'warning' | 'information';

/**
 * Data validation of one range. `type` 'decimal' / 'whole' with `operator` and numeric bounds;
 * 'textLength' with bounds on the length. `alert` is Stop only where a value can never be right.
 * Titles are at most 32 characters, messages at most 255 (Excel's limits).
 */
export interface ValidationRule {
  address: string;
  type: 'whole' | 'decimal' | 'textLength';
  operator: 'between' | 'greaterThanOrEqual' | 'lessThanOrEqual';
  formula1: number;
  formula2?: number;
  alert: AlertStyle;
  allowBlank: true;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

export type ConditionalKind = 'error' | 'warning' | 'missing' | 'computed';

/**
 * A formula-driven ("custom" in Office JS, "expression" in OOXML) conditional format. `formula` is
 * en-US with a leading "=" and written for the top-left cell of `address`: row-relative references
 * ($G5) shift down the range as usual. `priority` orders rules on overlapping ranges (1 first).
 */
export interface ConditionalFormat {
  address: string;
  kind: ConditionalKind;
  formula: string;
  fill: string;
  fontColor?: string;
  priority: number;
  stopIfTrue: boolean;
}

export interface SheetProtection {
  protected: boolean;
  /** Null: protected without a password (the default; officers can unprotect to fix layout). */
  password: null;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowSelectLocked: boolean;
  allowSelectUnlocked: boolean;
}

export interface SheetPlan {
  key: SheetKey;
  /** The tab name shown in Excel (Vietnamese or English by plan.lang). */
  name: string;
  tabColor?: string;
  /** Column widths in Excel character units, from column A. */
  columns: number[];
  blocks: PlanBlock[];
  styles: StyleRange[];
  validations: ValidationRule[];
  conditionalFormats: ConditionalFormat[];
  /** Input ranges: unlocked, so officers can type in them on a protected sheet. */
  unlocked: string[];
  /** Rows/columns to freeze at the top/left (0 = none). */
  freeze: { rows: number; columns: number };
  protection: SheetProtection;
}

export type NameKind =
  | 'meta'
  | 'input'
  | 'previous'
  | 'evidence'
  | 'evidenceDate'
  | 'evidenceIssuer'
  | 'evidenceLink'
  | 'status'
  | 'benchmarkMin'
  | 'benchmarkMax'
  | 'benchmarkStatus'
  | 'value'
  | 'score'
  | 'subPillar'
  | 'pillar'
  | 'side'
  | 'index'
  | 'coverage'
  | 'defined'
  | 'errors'
  | 'check';

/** A workbook-level defined name pointing at one cell. */
export interface PlanName {
  /** ASCII, stable across languages and versions (see src/plan/NAMES.md). */
  name: string;
  kind: NameKind;
  /** Component id, indicator/sub-pillar/pillar code, check id, 'input' | 'output' | 'index', meta field. */
  key: string;
  sheet: SheetKey;
  sheetName: string;
  /** Absolute A1 address of the cell, e.g. "$C$12". */
  address: string;
  /** Ready for Excel: "='Nhập liệu'!$C$12". */
  reference: string;
  /** True for cells officers type into (the lossless reload carries these across by name). */
  isInput: boolean;
}

/** One row of the Kiểm tra sheet: a check instance and where its live status lives. */
export interface PlanCheckRow {
  checkId: string;
  ruleId: string;
  severity: Severity;
  /** Defined name of the row's status cell ("OK" or the severity tag). */
  statusName: string;
  /** Defined name of the cell the check is about. */
  targetName: string;
}

export interface CustomXmlPart {
  namespace: string;
  xml: string;
}

export interface WorkbookPlan {
  /** Plan format, for writers: bump when the shape of this structure changes. */
  planFormat: 1;
  templateVersion: string;
  edition: string;
  lang: Lang;
  province: string;
  year: number;
  /** In tab order; the first is active when the workbook opens. */
  sheets: SheetPlan[];
  names: PlanName[];
  checks: PlanCheckRow[];
  styles: Record<StyleKey, CellStyle>;
  customXml: CustomXmlPart;
}
