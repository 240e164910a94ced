/// <reference types="office-js" />
import { MAX_COLUMNS, MAX_ROWS, assertOnGrid, splitSheetReference, tryParseA1, type Rect } from './address';
import { usedRect } from './cells';
import { ChartCollectionProxy } from './charts';
import { normaliseColor } from './colors';
import type { RequestContextDouble } from './context';
import { requireFocus } from './faults';
import { officeError } from './errors';
import { EventHandlersProxy } from './events';
import { WorksheetFreezePanesProxy } from './freeze-panes';
import type { SheetState, WorkbookModel } from './model';
import { ProxyCollection, ProxyObject } from './proxy';
import { RangeProxy } from './range';
import { WorksheetProtectionProxy } from './worksheet-protection';

/** worksheet.getRange accepts A1 addresses (optionally prefixed with this sheet) and range names on this sheet. */
function resolveAddress(model: WorkbookModel, sheet: SheetState, address: string): Rect {
  const { sheet: prefix, address: local } = splitSheetReference(address);
  if (prefix !== null && prefix.toLowerCase() !== sheet.name.toLowerCase()) {
    throw officeError('InvalidArgument', `'${address}' is not on worksheet '${sheet.name}'.`);
  }
  const rect = tryParseA1(local);
  if (rect) return rect;
  const name = model.names.get(local.trim().toLowerCase());
  if (name?.target.kind === 'range' && name.target.sheetId === sheet.id) return name.target.rect;
  throw officeError('InvalidArgument', `'${address}' is not a valid address on worksheet '${sheet.name}'.`);
}

/**
 * Excel.Worksheet. The sheet is identified when the proxy is first used in a sync and
 * tracked by id afterwards, so renaming it does not break existing proxies.
 */
export class WorksheetProxy extends ProxyObject {
  private readonly locate: () => SheetState | null;
  private boundId: string | null | undefined;
  private changedHandlers: EventHandlersProxy | undefined;

  constructor(ctx: RequestContextDouble, path: string, locate: () => SheetState | null) {
    super(ctx, path);
    this.locate = locate;
  }

  /** @internal A proxy already tied to a known sheet (collection items, add()). */
  static bound(ctx: RequestContextDouble, sheetId: string): WorksheetProxy {
    const proxy = new WorksheetProxy(
      ctx,
      `workbook.worksheets.getItem(${JSON.stringify(sheetId)})`,
      () => null,
    );
    proxy._bind(sheetId);
    return proxy;
  }

  /** @internal */
  _bind(sheetId: string): void {
    this.boundId = sheetId;
  }

  /** @internal */
  _sheetOrNull(): SheetState | null {
    if (this.boundId === undefined) this.boundId = this.locate()?.id ?? null;
    if (this.boundId === null) return null;
    const sheet = this._ctx._model.sheetById(this.boundId);
    if (!sheet) throw officeError('ItemNotFound', 'The worksheet no longer exists.');
    return sheet;
  }

  /** @internal Only call after _exists() returned true. */
  _sheet(): SheetState {
    const sheet = this._sheetOrNull();
    if (!sheet) throw officeError('GeneralException', 'The worksheet is a null object.');
    return sheet;
  }

  _exists(): boolean {
    return this._sheetOrNull() !== null;
  }

  protected _typeName(): string {
    return 'Worksheet';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return {
      id: '1.1',
      name: '1.1',
      position: '1.1',
      visibility: '1.1',
      tabColor: '1.7',
      showGridlines: '1.8',
    };
  }

  protected _read(property: string): unknown {
    const sheet = this._sheet();
    switch (property) {
      case 'id':
        return sheet.id;
      case 'name':
        return sheet.name;
      case 'position':
        return this._ctx._model.sheets.indexOf(sheet);
      case 'visibility':
        return sheet.visibility;
      case 'tabColor':
        return sheet.tabColor;
      default:
        return sheet.showGridlines;
    }
  }

  get id(): string {
    return this._get('id');
  }

  get name(): string {
    return this._get('name');
  }
  set name(name: string) {
    this.change('name', name, '1.1', (sheet) => this._ctx._model.renameSheet(sheet, name));
  }

  get position(): number {
    return this._get('position');
  }
  set position(position: number) {
    this.change('position', position, '1.1', (sheet) => this._ctx._model.moveSheet(sheet, position));
  }

  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this._get('visibility');
  }
  set visibility(visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.change('visibility', visibility, '1.2', (sheet) =>
      this._ctx._model.setVisibility(sheet, visibility),
    );
  }

  get tabColor(): string {
    return this._get('tabColor');
  }
  set tabColor(color: string) {
    this.change(
      'tabColor',
      color,
      '1.7',
      (sheet) => (sheet.tabColor = color === '' ? '' : normaliseColor(color)),
    );
  }

  get showGridlines(): boolean {
    return this._get('showGridlines');
  }
  set showGridlines(show: boolean) {
    this.change('showGridlines', show, '1.8', (sheet) => (sheet.showGridlines = Boolean(show)));
  }

  get protection(): WorksheetProtectionProxy {
    return this._child('protection', () => new WorksheetProtectionProxy(this._ctx, this));
  }

  get freezePanes(): WorksheetFreezePanesProxy {
    return this._child('freezePanes', () => new WorksheetFreezePanesProxy(this._ctx, this));
  }

  get charts(): ChartCollectionProxy {
    return this._child('charts', () => new ChartCollectionProxy(this._ctx, this));
  }

  get onChanged(): EventHandlersProxy {
    this.changedHandlers ??= new EventHandlersProxy(
      this._ctx,
      `${this._path}.onChanged`,
      '1.7',
      () => this._sheetOrNull()?.id,
    );
    return this.changedHandlers;
  }

  /** No address means the whole sheet, as in Excel. */
  getRange(address?: string): RangeProxy {
    const path = `${this._path}.getRange(${address === undefined ? '' : JSON.stringify(address)})`;
    return new RangeProxy(this._ctx, path, () => {
      const sheet = this._sheetOrNull();
      if (!sheet) return null;
      const rect =
        address === undefined || address === ''
          ? { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS }
          : resolveAddress(this._ctx._model, sheet, address);
      return { sheet, rect };
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return this.rangeAt(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, '1.7', {
      row: startRow,
      column: startColumn,
      rowCount,
      columnCount,
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.rangeAt(`getCell(${row},${column})`, '1.1', { row, column, rowCount: 1, columnCount: 1 });
  }

  /** Excel answers the top-left cell for a blank sheet. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getUsedRange(${String(valuesOnly ?? false)})`, () => {
      const sheet = this._sheetOrNull();
      if (!sheet) return null;
      return {
        sheet,
        rect: usedRect(sheet, valuesOnly === true) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const range = new RangeProxy(
      this._ctx,
      `${this._path}.getUsedRangeOrNullObject(${String(valuesOnly ?? false)})`,
      () => {
        const sheet = this._sheetOrNull();
        const rect = sheet ? usedRect(sheet, valuesOnly === true) : null;
        return sheet && rect ? { sheet, rect } : null;
      },
    );
    range._resolveAtNextSync();
    return range;
  }

  activate(): void {
    this._enqueue('activate', undefined, '1.1', () => {
      requireFocus(this._ctx._model.excel, 'Worksheet.activate');
      const sheet = this._sheet();
      if (sheet.visibility !== 'Visible')
        throw officeError('InvalidOperation', 'A hidden worksheet cannot be activated.');
      this._ctx._model.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this._enqueue('delete', undefined, '1.1', () => this._ctx._model.deleteSheet(this._sheet()));
  }

  calculate(markAllDirty: boolean): void {
    this._enqueue('calculate', markAllDirty, '1.6', () => undefined);
  }

  private change(
    member: string,
    value: unknown,
    minVersion: string,
    apply: (sheet: SheetState) => void,
  ): void {
    this._setLocal(member, value);
    this._enqueue(member, value, minVersion, () => apply(this._sheet()));
  }

  private rangeAt(call: string, minVersion: string, rect: Rect): RangeProxy {
    const range = new RangeProxy(this._ctx, `${this._path}.${call}`, () => {
      this._ctx._requireVersion(minVersion, `Worksheet.${call.split('(')[0] ?? call}`);
      const sheet = this._sheetOrNull();
      return sheet ? { sheet, rect: assertOnGrid(rect) } : null;
    });
    return range;
  }
}

/** workbook.worksheets */
export class WorksheetCollectionProxy extends ProxyCollection<WorksheetProxy> {
  private changedHandlers: EventHandlersProxy | undefined;

  constructor(ctx: RequestContextDouble) {
    super(ctx, 'workbook.worksheets');
  }

  protected _typeName(): string {
    return 'WorksheetCollection';
  }

  _exists(): boolean {
    return true;
  }

  protected _list(): WorksheetProxy[] {
    return this._ctx._model.sheets.map((sheet) => WorksheetProxy.bound(this._ctx, sheet.id));
  }

  get onChanged(): EventHandlersProxy {
    this.changedHandlers ??= new EventHandlersProxy(this._ctx, `${this._path}.onChanged`, '1.9', () => null);
    return this.changedHandlers;
  }

  /** New sheets go last and are not activated, as in Excel. */
  add(name?: string): WorksheetProxy {
    const proxy = new WorksheetProxy(
      this._ctx,
      `${this._path}.add(${name === undefined ? '' : JSON.stringify(name)})`,
      () => {
        throw officeError('ItemNotFound');
      },
    );
    this._enqueue('add', name, '1.1', () => {
      requireFocus(this._ctx._model.excel, 'WorksheetCollection.add');
      proxy._bind(this._ctx._model.addSheet(name).id);
    });
    return proxy;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this._ctx, `${this._path}.getItem(${JSON.stringify(key)})`, () => {
      const sheet = this._ctx._model.sheetByKey(key);
      if (!sheet) throw officeError('ItemNotFound', `The worksheet '${key}' doesn't exist.`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    const proxy = new WorksheetProxy(
      this._ctx,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => this._ctx._model.sheetByKey(key) ?? null,
    );
    proxy._resolveAtNextSync();
    return proxy;
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this._ctx, `${this._path}.getActiveWorksheet()`, () =>
      this._ctx._model.activeSheet(),
    );
  }

  getFirst(visibleOnly?: boolean): WorksheetProxy {
    return new WorksheetProxy(
      this._ctx,
      `${this._path}.getFirst()`,
      () => this.visible(visibleOnly)[0] ?? null,
    );
  }

  getLast(visibleOnly?: boolean): WorksheetProxy {
    return new WorksheetProxy(
      this._ctx,
      `${this._path}.getLast()`,
      () => this.visible(visibleOnly).slice(-1)[0] ?? null,
    );
  }

  getCount(visibleOnly?: boolean): OfficeExtension.ClientResult<number> {
    return this._result('getCount', visibleOnly, '1.4', () => this.visible(visibleOnly).length);
  }

  private visible(visibleOnly: boolean | undefined): SheetState[] {
    const sheets = this._ctx._model.sheets;
    return visibleOnly === true ? sheets.filter((s) => s.visibility === 'Visible') : sheets;
  }
}
