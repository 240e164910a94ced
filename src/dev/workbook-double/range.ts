/// <reference types="office-js" />
import {
  MAX_COLUMNS,
  MAX_ROWS,
  assertOnGrid,
  formatA1,
  intersectRects,
  isEntireColumns,
  isEntireRows,
  qualifiedAddress,
  type Rect,
} from './address';
import {
  cellFormulaOrValue,
  cellValue,
  clearContents,
  clearFormats,
  effectiveFormat,
  grid,
  patchFormat,
  uniformFormat,
  usedRect,
} from './cells';
import { ConditionalFormatCollectionProxy } from './conditional-formats';
import type { RequestContextDouble } from './context';
import { DataValidationProxy } from './data-validation';
import { assertCanFormat, editContents, valueType } from './edits';
import { requireFocus } from './faults';
import { officeError } from './errors';
import { cellInputs } from './input';
import { DEFAULT_FORMAT, type SheetState } from './model';
import { ProxyObject } from './proxy';
import { RangeFormatProxy } from './range-format';
import { WorksheetProxy } from './worksheet';

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

const SCALARS: Readonly<Record<string, string>> = {
  address: '1.1',
  addressLocal: '1.1',
  cellCount: '1.1',
  columnCount: '1.1',
  columnIndex: '1.1',
  formulas: '1.1',
  formulasLocal: '1.1',
  isEntireColumn: '1.7',
  isEntireRow: '1.7',
  numberFormat: '1.1',
  numberFormatLocal: '1.7',
  rowCount: '1.1',
  rowIndex: '1.1',
  valueTypes: '1.1',
  values: '1.1',
};

/**
 * Excel.Range. The cells it covers are fixed when it is first used in a sync
 * (a range does not move when the sheet is renamed), then kept for its lifetime.
 */
export class RangeProxy extends ProxyObject {
  private readonly locate: () => RangeTarget | null;
  private bound: { sheetId: string; rect: Rect } | null | undefined;

  constructor(ctx: RequestContextDouble, path: string, locate: () => RangeTarget | null) {
    super(ctx, path);
    this.locate = locate;
  }

  protected _typeName(): string {
    return 'Range';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return SCALARS;
  }

  /** @internal */
  _targetOrNull(): RangeTarget | null {
    if (this.bound === undefined) {
      const found = this.locate();
      this.bound = found ? { sheetId: found.sheet.id, rect: found.rect } : null;
    }
    if (this.bound === null) return null;
    const sheet = this._ctx._model.sheetById(this.bound.sheetId);
    if (!sheet) throw officeError('ItemNotFound', 'The worksheet containing this range no longer exists.');
    return { sheet, rect: this.bound.rect };
  }

  /** @internal Only call after _exists() returned true. */
  _target(): RangeTarget {
    const target = this._targetOrNull();
    if (!target) throw officeError('GeneralException', 'The range is a null object.');
    return target;
  }

  _exists(): boolean {
    return this._targetOrNull() !== null;
  }

  protected _read(property: string): unknown {
    const { sheet, rect } = this._target();
    const model = this._ctx._model;
    const unbounded = isEntireColumns(rect) || isEntireRows(rect);
    switch (property) {
      case 'address':
      case 'addressLocal':
        return qualifiedAddress(sheet.name, rect);
      case 'cellCount':
        return rect.rowCount * rect.columnCount;
      case 'rowCount':
        return rect.rowCount;
      case 'columnCount':
        return rect.columnCount;
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.column;
      case 'isEntireColumn':
        return isEntireColumns(rect);
      case 'isEntireRow':
        return isEntireRows(rect);
      // Office answers null for cell-level properties of unbounded ranges ("A:C", "1:3").
      case 'values':
        return unbounded ? null : grid(rect, (r, c) => cellValue(model, sheet, r, c));
      case 'valueTypes':
        return unbounded ? null : grid(rect, (r, c) => valueType(cellValue(model, sheet, r, c)));
      case 'formulas':
      case 'formulasLocal':
        return unbounded ? null : grid(rect, (r, c) => cellFormulaOrValue(sheet, r, c));
      case 'numberFormat':
      case 'numberFormatLocal':
        return unbounded ? null : grid(rect, (r, c) => effectiveFormat(sheet, r, c).numberFormat);
      default:
        throw officeError('InvalidArgument', `Range has no property '${property}'.`);
    }
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get isEntireColumn(): boolean {
    return this._get('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this._get('isEntireRow');
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this._get('valueTypes');
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(input: unknown[][]) {
    this.writeContents('values', input);
  }

  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(input: unknown[][]) {
    this.writeContents('formulas', input);
  }

  get formulasLocal(): unknown[][] {
    return this._get('formulasLocal');
  }
  set formulasLocal(input: unknown[][]) {
    this.writeContents('formulasLocal', input);
  }

  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.writeNumberFormat('numberFormat', '1.1', input);
  }

  get numberFormatLocal(): unknown[][] {
    return this._get('numberFormatLocal');
  }
  set numberFormatLocal(input: unknown[][]) {
    this.writeNumberFormat('numberFormatLocal', '1.7', input);
  }

  get format(): RangeFormatProxy {
    return this._child('format', () => new RangeFormatProxy(this._ctx, this));
  }

  get dataValidation(): DataValidationProxy {
    return this._child('dataValidation', () => new DataValidationProxy(this._ctx, this));
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this._child('conditionalFormats', () => new ConditionalFormatCollectionProxy(this._ctx, this));
  }

  get worksheet(): WorksheetProxy {
    return this._child(
      'worksheet',
      () =>
        new WorksheetProxy(this._ctx, `${this._path}.worksheet`, () => this._targetOrNull()?.sheet ?? null),
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive(`getCell(${row},${column})`, (rect) => ({
      row: rect.row + row,
      column: rect.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive(`getResizedRange(${deltaRows},${deltaColumns})`, (rect) => ({
      ...rect,
      rowCount: rect.rowCount + deltaRows,
      columnCount: rect.columnCount + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive(`getOffsetRange(${rowOffset},${columnOffset})`, (rect) => ({
      ...rect,
      row: rect.row + rowOffset,
      column: rect.column + columnOffset,
    }));
  }

  getRow(row: number): RangeProxy {
    return this.derive(`getRow(${row})`, (rect) => {
      if (row < 0 || row >= rect.rowCount) throw officeError('InvalidArgument');
      return { ...rect, row: rect.row + row, rowCount: 1 };
    });
  }

  getColumn(column: number): RangeProxy {
    return this.derive(`getColumn(${column})`, (rect) => {
      if (column < 0 || column >= rect.columnCount) throw officeError('InvalidArgument');
      return { ...rect, column: rect.column + column, columnCount: 1 };
    });
  }

  getLastCell(): RangeProxy {
    return this.derive('getLastCell()', (rect) => ({
      row: rect.row + rect.rowCount - 1,
      column: rect.column + rect.columnCount - 1,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getLastRow(): RangeProxy {
    return this.derive('getLastRow()', (rect) => ({
      ...rect,
      row: rect.row + rect.rowCount - 1,
      rowCount: 1,
    }));
  }

  getLastColumn(): RangeProxy {
    return this.derive('getLastColumn()', (rect) => ({
      ...rect,
      column: rect.column + rect.columnCount - 1,
      columnCount: 1,
    }));
  }

  getEntireColumn(): RangeProxy {
    return this.derive('getEntireColumn()', (rect) => ({ ...rect, row: 0, rowCount: MAX_ROWS }));
  }

  getEntireRow(): RangeProxy {
    return this.derive('getEntireRow()', (rect) => ({ ...rect, column: 0, columnCount: MAX_COLUMNS }));
  }

  /** Used cells within this range; like Excel, the top-left cell when none are used. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.derive(`getUsedRange(${String(valuesOnly ?? false)})`, (rect, sheet) => {
      const used = usedRect(sheet, valuesOnly === true);
      const inside = used ? intersectRects(used, rect) : null;
      return inside ?? { row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const range = new RangeProxy(this._ctx, `${this._path}.getUsedRangeOrNullObject()`, () => {
      const parent = this._targetOrNull();
      if (!parent) return null;
      const used = usedRect(parent.sheet, valuesOnly === true);
      const inside = used ? intersectRects(used, parent.rect) : null;
      return inside ? { sheet: parent.sheet, rect: inside } : null;
    });
    range._resolveAtNextSync();
    return range;
  }

  select(): void {
    this._enqueue('select', undefined, '1.1', () => {
      requireFocus(this._ctx._model.excel, 'Range.select');
      const { sheet, rect } = this._target();
      this._ctx._model.selection = { sheetId: sheet.id, rect };
      this._ctx._model.activeSheetId = sheet.id;
    });
  }

  clear(
    applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks',
  ): void {
    const what = applyTo ?? 'All';
    this._enqueue('clear', what, '1.1', () => {
      const { sheet, rect } = this._target();
      const contents = what === 'All' || what === 'Contents';
      const formats = what === 'All' || what === 'Formats';
      if (formats) assertCanFormat(sheet, 'allowFormatCells');
      if (contents && sheet.protection.protected && uniformFormat(sheet, rect, 'locked')?.value !== false) {
        throw officeError('AccessDenied', "The cells you're trying to clear are on a protected sheet.");
      }
      if (contents) {
        clearContents(sheet, rect);
        this._ctx._model.events.record({
          sheetId: sheet.id,
          address: formatA1(rect),
          triggerSource: 'ThisLocalAddin',
        });
      }
      if (formats) clearFormats(sheet, rect);
    });
  }

  private derive(call: string, transform: (rect: Rect, sheet: SheetState) => Rect): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.${call}`, () => {
      const parent = this._targetOrNull();
      return parent
        ? { sheet: parent.sheet, rect: assertOnGrid(transform(parent.rect, parent.sheet)) }
        : null;
    });
  }

  private writeContents(property: 'values' | 'formulas' | 'formulasLocal', input: unknown): void {
    this._setLocal(property, input);
    this._enqueue(property, input, '1.1', () => {
      const { sheet, rect } = this._target();
      const model = this._ctx._model;
      model.cellsWritten += editContents(
        model,
        sheet,
        rect,
        cellInputs(input, rect, property),
        'ThisLocalAddin',
      );
    });
  }

  private writeNumberFormat(
    property: 'numberFormat' | 'numberFormatLocal',
    minVersion: string,
    input: unknown,
  ): void {
    this._setLocal(property, input);
    this._enqueue(property, input, minVersion, () => {
      const { sheet, rect } = this._target();
      const inputs = cellInputs(input, rect, 'numberFormat');
      assertCanFormat(sheet, 'allowFormatCells');
      for (let r = 0; r < rect.rowCount; r += 1) {
        for (let c = 0; c < rect.columnCount; c += 1) {
          const code = inputs(r, c);
          if (code === null || code === undefined) continue;
          if (typeof code !== 'string')
            throw officeError('InvalidArgument', 'A number format must be a string.');
          // "" resets to General, as documented for blank input.
          patchFormat(
            sheet,
            { row: rect.row + r, column: rect.column + c, rowCount: 1, columnCount: 1 },
            {
              numberFormat: code === '' ? DEFAULT_FORMAT.numberFormat : code,
            },
          );
        }
      }
    });
  }
}
