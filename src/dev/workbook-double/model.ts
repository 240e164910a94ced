/// <reference types="office-js" />
import type { Rect } from './address';
import { officeError } from './errors';
import { EventHub } from './event-hub';
import { CURRENT_EXCEL, FaultInjector, type ExcelBehaviour } from './faults';

export type CellScalar = string | number | boolean;

/** Effective cell formatting; records are shared and never mutated (copy on write). */
export interface CellFormat {
  readonly numberFormat: string;
  readonly fill: string | null;
  readonly fontBold: boolean;
  readonly fontItalic: boolean;
  readonly fontColor: string;
  readonly fontName: string;
  readonly fontSize: number;
  readonly wrapText: boolean;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly locked: boolean;
  readonly formulaHidden: boolean;
  /** Borders are encoded "style|color|weight" so equal borders compare equal. */
  readonly borderTop: string;
  readonly borderBottom: string;
  readonly borderLeft: string;
  readonly borderRight: string;
  readonly borderDiagonalDown: string;
  readonly borderDiagonalUp: string;
}

export const NO_BORDER = 'None|#000000|Thin';

/** Excel's defaults in points: 8.43 characters wide, 15 high. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export const DEFAULT_FORMAT: CellFormat = Object.freeze({
  numberFormat: 'General',
  fill: null,
  fontBold: false,
  fontItalic: false,
  fontColor: '#000000',
  fontName: 'Calibri',
  fontSize: 11,
  wrapText: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  locked: true,
  formulaHidden: false,
  borderTop: NO_BORDER,
  borderBottom: NO_BORDER,
  borderLeft: NO_BORDER,
  borderRight: NO_BORDER,
  borderDiagonalDown: NO_BORDER,
  borderDiagonalUp: NO_BORDER,
});

export interface CellState {
  readonly value: CellScalar;
  readonly formula: string | null;
  /** null: inherit from the row, then the column, then the default. */
  readonly format: CellFormat | null;
}

export interface ValidationState {
  readonly rule: Excel.DataValidationRule | null;
  readonly errorAlert: Excel.DataValidationErrorAlert;
  readonly prompt: Excel.DataValidationPrompt;
  readonly ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  readonly id: string;
  readonly type: string;
  areas: Rect[];
  stopIfTrue: boolean;
  rule: { formula?: string; formula1?: string; formula2?: string; operator?: string };
  format: ConditionalFormatStyle;
}

export interface ConditionalFormatStyle {
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  numberFormat: string | null;
}

export interface ChartState {
  readonly id: string;
  name: string;
  chartType: string;
  source: Rect;
  seriesBy: string;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  series: Array<{ name: string; values: Rect; xAxisValues: Rect | null }>;
  position: { start: Rect; end: Rect | null } | null;
}

export interface ProtectionState {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
  password: string | null;
}

export const UNPROTECTED_OPTIONS: Excel.WorksheetProtectionOptions = Object.freeze({
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: 'Normal',
});

export interface SheetState {
  readonly id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  showGridlines: boolean;
  /** Sparse cells keyed by cellKey(row, column). */
  readonly cells: Map<number, CellState>;
  readonly rowFormats: Map<number, CellFormat>;
  readonly columnFormats: Map<number, CellFormat>;
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  /** Later entries never overlap earlier ones: writes split what they cover. */
  validations: Array<{ rect: Rect; state: ValidationState }>;
  /** Index in this array is the conditional format's priority. */
  conditionalFormats: ConditionalFormatState[];
  protection: ProtectionState;
  freeze: { rows: number; columns: number };
  charts: ChartState[];
}

export type NameTarget =
  { kind: 'range'; sheetId: string; rect: Rect } | { kind: 'formula'; formula: string };

export interface NameState {
  name: string;
  target: NameTarget;
  comment: string;
  visible: boolean;
}

export interface XmlPartState {
  readonly id: string;
  namespaceUri: string;
  xml: string;
}

export type FormulaEvaluator = (sheet: string, row: number, column: number, formula: string) => unknown;

export function cellKey(row: number, column: number): number {
  return row * 16384 + column;
}

export function keyRow(key: number): number {
  return Math.floor(key / 16384);
}

export function keyColumn(key: number): number {
  return key % 16384;
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

/** Everything the workbook holds plus the counters the double reports. */
export class WorkbookModel {
  readonly apiVersion: string;
  readonly sheets: SheetState[] = [];
  readonly names = new Map<string, NameState>(); // keyed by lower-case name: Excel names are case-insensitive
  readonly xmlParts: XmlPartState[] = [];
  readonly events = new EventHub();
  activeSheetId = '';
  selection: { sheetId: string; rect: Rect } | null = null;
  calculationMode: Excel.CalculationMode | 'Automatic' | 'AutomaticExceptTables' | 'Manual' = 'Automatic';
  evaluator: FormulaEvaluator | null = null;
  syncCount = 0;
  lastRequestBytes = 0;
  largestRequestBytes = 0;
  cellsWritten = 0;
  /** Which reported Excel behaviours this workbook shows (see faults.ts). */
  excel: ExcelBehaviour = { ...CURRENT_EXCEL };
  readonly faults = new FaultInjector();
  /** Reads that crash some Excel builds (the values of an OFFSET or multi-area name, office-js #1357). */
  crashes = 0;
  /** Calculation was suspended by the add-in and no calculate() has followed (Excel leaves it to the add-in). */
  recalcPending = false;
  /** Workbook structure protection (Review > Protect Workbook): no sheet added, deleted, renamed, moved or hidden. */
  structure: { protected: boolean; password: string | null } = { protected: false, password: null };
  private serial = 0;

  constructor(apiVersion: string) {
    this.apiVersion = apiVersion;
  }

  /** Takes a deep copy of another model's contents (not its handlers, faults or counters). */
  copyFrom(other: WorkbookModel): void {
    this.sheets.push(...structuredClone(other.sheets));
    for (const [key, name] of other.names) this.names.set(key, structuredClone(name));
    this.xmlParts.push(...structuredClone(other.xmlParts));
    this.activeSheetId = other.activeSheetId;
    this.selection = structuredClone(other.selection);
    this.calculationMode = other.calculationMode;
    this.evaluator = other.evaluator;
    this.excel = { ...other.excel };
    this.structure = { ...other.structure };
    this.serial = other.serial;
  }

  nextSerial(): number {
    this.serial += 1;
    return this.serial;
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetState | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** Excel's getItem accepts either the sheet name or its id. */
  sheetByKey(key: string): SheetState | undefined {
    return this.sheetById(key) ?? this.sheetByName(key);
  }

  requireSheet(name: string): SheetState {
    const sheet = this.sheetByName(name);
    if (!sheet) throw officeError('ItemNotFound', `The worksheet '${name}' doesn't exist.`);
    return sheet;
  }

  /** Excel refuses structural changes while the workbook's structure is protected. */
  assertStructureEditable(): void {
    if (this.structure.protected)
      throw officeError(
        'AccessDenied',
        'The workbook structure is protected: sheets cannot be added, deleted, renamed, moved or hidden.',
      );
  }

  addSheet(name?: string): SheetState {
    this.assertStructureEditable();
    const finalName = name ?? this.defaultSheetName();
    this.assertSheetNameAvailable(finalName);
    const serial = this.nextSerial();
    const sheet: SheetState = {
      id: `{${serial.toString(16).toUpperCase().padStart(8, '0')}-0001-0000-0000-000000000000}`,
      name: finalName,
      visibility: 'Visible',
      tabColor: '',
      showGridlines: true,
      cells: new Map(),
      rowFormats: new Map(),
      columnFormats: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      validations: [],
      conditionalFormats: [],
      protection: { protected: false, options: { ...UNPROTECTED_OPTIONS }, password: null },
      freeze: { rows: 0, columns: 0 },
      charts: [],
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === '') this.activeSheetId = sheet.id;
    return sheet;
  }

  renameSheet(sheet: SheetState, name: string): void {
    if (sheet.name === name) return;
    this.assertStructureEditable();
    if (sheet.name.toLowerCase() !== name.toLowerCase()) this.assertSheetNameAvailable(name);
    else assertValidSheetName(name);
    sheet.name = name; // names and ranges hold the sheet id, so they follow the rename
  }

  deleteSheet(sheet: SheetState): void {
    this.assertStructureEditable();
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) {
      throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.selection?.sheetId === sheet.id) this.selection = null;
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.firstVisibleSheet().id;
  }

  moveSheet(sheet: SheetState, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw officeError('InvalidArgument', `Position ${position} is outside the worksheet collection.`);
    }
    if (this.sheets.indexOf(sheet) === position) return;
    this.assertStructureEditable();
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetState, visibility: string): void {
    if (visibility !== 'Visible' && visibility !== 'Hidden' && visibility !== 'VeryHidden') {
      throw officeError('InvalidArgument', `'${visibility}' is not a sheet visibility.`);
    }
    if (visibility !== 'Visible') {
      const others = this.sheets.filter((s) => s !== sheet && s.visibility === 'Visible');
      if (others.length === 0)
        throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    if (sheet.visibility !== visibility) this.assertStructureEditable();
    sheet.visibility = visibility;
    if (visibility !== 'Visible' && this.activeSheetId === sheet.id)
      this.activeSheetId = this.firstVisibleSheet().id;
  }

  activeSheet(): SheetState {
    return this.sheetById(this.activeSheetId) ?? this.firstVisibleSheet();
  }

  private firstVisibleSheet(): SheetState {
    const sheet = this.sheets.find((s) => s.visibility === 'Visible') ?? this.sheets[0];
    if (!sheet) throw officeError('GeneralException', 'The workbook has no worksheets.');
    return sheet;
  }

  private defaultSheetName(): string {
    for (let n = 1; ; n += 1) {
      if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
    }
  }

  private assertSheetNameAvailable(name: string): void {
    assertValidSheetName(name);
    if (this.sheetByName(name))
      throw officeError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
  }
}

function assertValidSheetName(name: string): void {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 31 ||
    INVALID_SHEET_CHARS.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history'
  ) {
    throw officeError('InvalidArgument', `'${String(name)}' is not a valid worksheet name.`);
  }
}
