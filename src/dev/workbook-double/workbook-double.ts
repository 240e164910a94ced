/// <reference types="office-js" />
import { formatA1, parseA1, type Rect } from './address';
import { cellAt, cellValue, effectiveFormat, writeContent } from './cells';
import { RequestContextDouble } from './context';
import { validationOf } from './data-validation';
import { editContents } from './edits';
import { officeError, type OfficeErrorCode } from './errors';
import type { ExcelBehaviour } from './faults';
import { cellInputs, parseCellInput } from './input';
import { nameFormula } from './names';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  WorkbookModel,
  type CellFormat,
  type ConditionalFormatState,
  type ConditionalFormatStyle,
  type FormulaEvaluator,
  type SheetState,
} from './model';
import { clonePlain } from './proxy';
import { isSetSupported } from './versions';

type RunBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** What Excel.run accepts before the batch: an earlier context, object(s) of it, or RunOptions. */
export type RunPrevious =
  | Excel.RequestContext
  | OfficeExtension.ClientRequestContext
  | OfficeExtension.ClientObject
  | OfficeExtension.ClientObject[]
  | { context: OfficeExtension.ClientRequestContext }
  | Excel.RunOptions;

export interface WorkbookDoubleOptions {
  /** ExcelApi requirement set the simulated host supports; default "1.20". */
  apiVersion?: string;
  /** Initial worksheets, in order; default ["Sheet1"]. */
  sheets?: string[];
  /** Reported Excel behaviours to show (see faults.ts); default: a current Excel. */
  excel?: Partial<ExcelBehaviour>;
}

export interface CellSnapshot {
  value: unknown;
  formula: string | null;
  numberFormat: string;
  locked: boolean;
}

export interface CellFormatSnapshot extends CellFormat {
  columnWidth: number;
  rowHeight: number;
}

export interface DataValidationSnapshot {
  type: string;
  rule: Excel.DataValidationRule | null;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatSnapshot {
  id: string;
  type: string;
  priority: number;
  /** Addresses without the sheet, e.g. ["C5:C40"]. */
  ranges: string[];
  stopIfTrue: boolean;
  rule: ConditionalFormatState['rule'];
  format: ConditionalFormatStyle;
}

export interface SheetSnapshot {
  id: string;
  name: string;
  position: number;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  protected: boolean;
  protectionOptions: Excel.WorksheetProtectionOptions;
  hasPassword: boolean;
  freeze: { rows: number; columns: number };
}

export interface ChartSnapshot {
  name: string;
  chartType: string;
  /** Addresses without the sheet. */
  source: string;
  title: string;
  legendVisible: boolean;
  series: Array<{ name: string; values: string; xAxisValues: string | null }>;
  position: { start: string; end: string | null } | null;
}

export interface NameSnapshot {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface CustomXmlPartSnapshot {
  id: string;
  namespaceUri: string;
  xml: string;
}

/**
 * An in-memory Excel workbook driven through the Office JS proxy API. Get a context
 * with requestContext() or run(), use it exactly like Excel.RequestContext, and inspect
 * the resulting state synchronously with the helpers below.
 */
export class WorkbookDouble {
  private readonly model: WorkbookModel;
  private readonly runsByContext = new WeakMap<RequestContextDouble, number>();

  constructor(options: WorkbookDoubleOptions = {}) {
    this.model = new WorkbookModel(options.apiVersion ?? '1.20');
    for (const name of options.sheets ?? ['Sheet1']) this.model.addSheet(name);
    Object.assign(this.model.excel, options.excel ?? {});
  }

  /**
   * An independent copy: cells, formats, rules, names, XML parts and behaviours; no event
   * handlers, faults or counters. Lets a test replay one action from the same state many times.
   */
  clone(): WorkbookDouble {
    const copy = new WorkbookDouble({ apiVersion: this.model.apiVersion, sheets: [] });
    copy.model.copyFrom(this.model);
    return copy;
  }

  /** The simulated Excel's behaviours; change them at any time (e.g. `focusElsewhere`). */
  get excel(): ExcelBehaviour {
    return this.model.excel;
  }

  /** Makes the `occurrence`-th run of `op` (e.g. "Worksheet.add"), counted from now, fail with `code`. */
  failCommand(op: string, occurrence = 1, code: OfficeErrorCode = 'GeneralException'): void {
    this.model.faults.arm({ kind: 'command', op, occurrence, code });
  }

  /** Makes the `occurrence`-th sync carrying commands, counted from now, fail whole (nothing applied). */
  failSync(occurrence = 1, code: OfficeErrorCode = 'GeneralException'): void {
    this.model.faults.arm({ kind: 'sync', occurrence, code });
  }

  /** How many reads would have crashed Excel (values of OFFSET or multi-area names): must stay 0. */
  get crashes(): number {
    return this.model.crashes;
  }

  /** True after suspendApiCalculationUntilNextSync until a calculate(): formulas may show stale results in Excel. */
  get recalcPending(): boolean {
    return this.model.recalcPending;
  }

  /** Disarms every fault and restarts their counts. */
  clearFaults(): void {
    this.model.faults.clear();
  }

  /** Records the op of every command that runs from now on (until stopRecording); returns the live log. */
  recordCommands(): string[] {
    return this.model.faults.record();
  }

  stopRecording(): void {
    this.model.faults.stopRecording();
  }

  /** Review > Protect Workbook (structure): no sheet can be added, deleted, renamed, moved or hidden. */
  protectStructure(password?: string): void {
    this.model.structure = { protected: true, password: password ?? null };
  }

  get apiVersion(): string {
    return this.model.apiVersion;
  }

  /** The live state, for development tools that draw it directly (the preview's grid); do not mutate. */
  get state(): Readonly<WorkbookModel> {
    return this.model;
  }

  /** context.sync() calls through every context (Excel.run's closing sync counts only if it carried commands). */
  get syncCount(): number {
    return this.model.syncCount;
  }
  set syncCount(count: number) {
    this.model.syncCount = count;
  }

  /** UTF-8 size of the JSON describing the commands of the latest sync. */
  get lastRequestBytes(): number {
    return this.model.lastRequestBytes;
  }
  set lastRequestBytes(bytes: number) {
    this.model.lastRequestBytes = bytes;
  }

  get largestRequestBytes(): number {
    return this.model.largestRequestBytes;
  }
  set largestRequestBytes(bytes: number) {
    this.model.largestRequestBytes = bytes;
  }

  /** Cells given a value or formula through the API (not userEdit/setValues; null inputs skipped). */
  get cellsWritten(): number {
    return this.model.cellsWritten;
  }
  set cellsWritten(count: number) {
    this.model.cellsWritten = count;
  }

  /** The last range.select(), e.g. { sheet: "Nhập liệu", address: "C12" }. */
  get selection(): { sheet: string; address: string } | null {
    const selection = this.model.selection;
    const sheet = selection ? this.model.sheetById(selection.sheetId) : undefined;
    return selection && sheet ? { sheet: sheet.name, address: formatA1(selection.rect) } : null;
  }

  /** Errors thrown (or rejected) by onChanged handlers; Office would swallow them too. */
  get eventHandlerErrors(): readonly unknown[] {
    return this.model.events.handlerErrors;
  }

  /** Starts a new measurement window for largestRequestBytes. */
  resetLargestRequest(): void {
    this.model.largestRequestBytes = 0;
  }

  resetCounters(): void {
    this.model.syncCount = 0;
    this.model.lastRequestBytes = 0;
    this.model.largestRequestBytes = 0;
    this.model.cellsWritten = 0;
  }

  requestContext(): Excel.RequestContext {
    return new RequestContextDouble(this.model) as unknown as Excel.RequestContext;
  }

  /**
   * Like Excel.run: runs the batch on a fresh context, then syncs anything still queued.
   * Excel.run(previous, batch) runs it on an earlier context instead: `previous` is that context,
   * an object of it (its `.context`; an EventHandlerResult too), an array of such objects, or
   * RunOptions with `previousObjects`. How Office removes an event handler added by an earlier run.
   */
  run<T>(batch: RunBatch<T>): Promise<T>;
  run<T>(previous: RunPrevious, batch: RunBatch<T>): Promise<T>;
  async run<T>(...args: [RunBatch<T>] | [RunPrevious, RunBatch<T>]): Promise<T> {
    const batch = args.length === 1 ? args[0] : args[1];
    const previous = args.length === 1 ? null : this.previousContext(args[0]);
    const context = previous ?? new RequestContextDouble(this.model);
    this.runsByContext.set(context, (this.runsByContext.get(context) ?? 0) + 1);
    const pending: unknown = batch(context as unknown as Excel.RequestContext);
    if (!pending || typeof (pending as { then?: unknown }).then !== 'function')
      throw officeError('RunMustReturnPromise');
    const result = await (pending as Promise<T>);
    if (context._hasPending()) await context.sync();
    return result;
  }

  /** How many run() batches used this context (2 once a later run reused it). */
  runsOn(context: Excel.RequestContext | OfficeExtension.ClientRequestContext): number {
    return this.runsByContext.get(context as unknown as RequestContextDouble) ?? 0;
  }

  /** The context Excel.run(previous, batch) runs on; Office refuses contexts of other workbooks. */
  private previousContext(previous: RunPrevious): RequestContextDouble {
    const contextOf = (item: unknown): RequestContextDouble => {
      const candidate =
        item instanceof RequestContextDouble ? item : (item as { context?: unknown } | null)?.context;
      if (candidate instanceof RequestContextDouble && candidate._model === this.model) return candidate;
      throw officeError('InvalidRequestContext');
    };
    const options = previous as { previousObjects?: unknown };
    const target: unknown =
      previous !== null && typeof previous === 'object' && 'previousObjects' in options
        ? options.previousObjects
        : previous;
    if (!Array.isArray(target)) return contextOf(target);
    const contexts = new Set(target.map(contextOf));
    if (contexts.size !== 1) throw officeError('InvalidRequestContext');
    return [...contexts][0];
  }

  /** The .xlsx files (base64) Excel.createWorkbook opened, oldest first; "" for a blank workbook. */
  readonly createdWorkbooks: string[] = [];

  /**
   * Backs Excel.createWorkbook (ExcelApi 1.8): records the file it opens in a new window. Fails
   * as `excel.createWorkbookFails` says; rejects ApiNotFound below ExcelApi 1.8.
   */
  async createWorkbook(base64?: string): Promise<void> {
    if (!this.isSetSupported('ExcelApi', '1.8')) throw officeError('ApiNotFound');
    const fails = this.model.excel.createWorkbookFails;
    if (fails === 'before') throw officeError('GeneralException', 'There was an internal error.');
    this.createdWorkbooks.push(base64 ?? '');
    if (fails === 'after') throw officeError('NotImplemented');
  }

  /** Backs Office.context.requirements.isSetSupported (only "ExcelApi" is modelled). */
  isSetSupported(name: string, minVersion?: string): boolean {
    return isSetSupported(this.model.apiVersion, name, minVersion);
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  getSheet(sheet: string): SheetSnapshot {
    const state = this.model.requireSheet(sheet);
    return {
      id: state.id,
      name: state.name,
      position: this.model.sheets.indexOf(state),
      visibility: state.visibility,
      tabColor: state.tabColor,
      protected: state.protection.protected,
      protectionOptions: { ...state.protection.options },
      hasPassword: state.protection.password !== null,
      freeze: { ...state.freeze },
    };
  }

  getCharts(sheet: string): ChartSnapshot[] {
    return this.model.requireSheet(sheet).charts.map((chart) => ({
      name: chart.name,
      chartType: chart.chartType,
      source: formatA1(chart.source),
      title: chart.title.text,
      legendVisible: chart.legend.visible,
      series: chart.series.map((s) => ({
        name: s.name,
        values: formatA1(s.values),
        xAxisValues: s.xAxisValues ? formatA1(s.xAxisValues) : null,
      })),
      position: chart.position
        ? {
            start: formatA1(chart.position.start),
            end: chart.position.end ? formatA1(chart.position.end) : null,
          }
        : null,
    }));
  }

  /** Without an evaluator a formula cell's value is null; empty cells read "" as in Office. */
  getCell(sheet: string, address: string): CellSnapshot {
    const { state, rect } = this.singleCell(sheet, address);
    const cell = cellAt(state, rect.row, rect.column);
    const format = effectiveFormat(state, rect.row, rect.column);
    return {
      value: cellValue(this.model, state, rect.row, rect.column),
      formula: cell.formula,
      numberFormat: format.numberFormat,
      locked: format.locked,
    };
  }

  getCellFormat(sheet: string, address: string): CellFormatSnapshot {
    const { state, rect } = this.singleCell(sheet, address);
    return {
      ...effectiveFormat(state, rect.row, rect.column),
      columnWidth: state.columnWidths.get(rect.column) ?? DEFAULT_COLUMN_WIDTH,
      rowHeight: state.rowHeights.get(rect.row) ?? DEFAULT_ROW_HEIGHT,
    };
  }

  /** The validation on one cell, or null when it has none. */
  getDataValidation(sheet: string, address: string): DataValidationSnapshot | null {
    const { state, rect } = this.singleCell(sheet, address);
    const validation = validationOf(state, rect);
    if (validation === 'none' || validation === 'mixed') return null;
    const kind = validation.rule ? (Object.keys(validation.rule)[0] ?? '') : '';
    return {
      type: kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : 'None',
      ...clonePlain(validation),
    };
  }

  /** In priority order (index 0 is evaluated first). */
  getConditionalFormats(sheet: string): ConditionalFormatSnapshot[] {
    return this.model.requireSheet(sheet).conditionalFormats.map((cf, priority) => ({
      id: cf.id,
      type: cf.type,
      priority,
      ranges: cf.areas.map((area) => formatA1(area)),
      stopIfTrue: cf.stopIfTrue,
      rule: { ...cf.rule },
      format: { ...cf.format },
    }));
  }

  getNames(): NameSnapshot[] {
    return [...this.model.names.values()].map((n) => ({
      name: n.name,
      formula: nameFormula(this.model, n.target),
      comment: n.comment,
      visible: n.visible,
    }));
  }

  getCustomXmlParts(): CustomXmlPartSnapshot[] {
    return this.model.xmlParts.map((p) => ({ ...p }));
  }

  /** Plug in a formula engine; it is asked for a formula cell's value whenever one is read. */
  setFormulaEvaluator(fn: FormulaEvaluator | null): void {
    this.model.evaluator = fn;
  }

  /** Seeds cells directly: no sync, no events, no counters, protection ignored. */
  setValues(sheet: string, address: string, values: unknown[][]): void {
    const state = this.model.requireSheet(sheet);
    const rect = parseA1(address);
    const inputs = cellInputs(values, rect, 'values');
    for (let r = 0; r < rect.rowCount; r += 1) {
      for (let c = 0; c < rect.columnCount; c += 1) {
        const format = effectiveFormat(state, rect.row + r, rect.column + c);
        const content = parseCellInput(inputs(r, c), format.numberFormat === '@');
        if (content) writeContent(state, rect.row + r, rect.column + c, content);
      }
    }
  }

  /**
   * Simulates the user typing into cells: input is interpreted like typed text, locked
   * cells on a protected sheet refuse it (throws AccessDenied), and onChanged handlers
   * fire with source "Local". Resolves once the handlers have finished.
   */
  userEdit(sheet: string, address: string, values: unknown[][]): Promise<void> {
    const state = this.model.requireSheet(sheet);
    const rect = parseA1(address);
    editContents(this.model, state, rect, cellInputs(values, rect, 'values'), 'Unknown');
    this.model.events.flush();
    return this.settle();
  }

  /** Waits until every pending onChanged handler (and what they triggered) has run. */
  settle(): Promise<void> {
    return this.model.events.settle();
  }

  private singleCell(sheet: string, address: string): { state: SheetState; rect: Rect } {
    const state = this.model.requireSheet(sheet);
    const rect = parseA1(address);
    if (rect.rowCount !== 1 || rect.columnCount !== 1) throw new Error(`'${address}' is not a single cell.`);
    return { state, rect };
  }
}
