/// <reference types="office-js" />
import { intersectRects, subtractRect } from './address';
import type { RequestContextDouble } from './context';
import { assertCanFormat } from './edits';
import { officeError } from './errors';
import type { ConditionalFormatState, SheetState } from './model';
import { ProxyCollection, ProxyObject } from './proxy';
import { RangeProxy } from './range';
import {
  CellValueConditionalFormatProxy,
  CustomConditionalFormatProxy,
  type CfHandle,
} from './conditional-format-parts';

const SUPPORTED_TYPES = ['Custom', 'CellValue'];

/** Range.conditionalFormats: the conditional formats intersecting the range. */
export class ConditionalFormatCollectionProxy extends ProxyCollection<ConditionalFormatProxy> {
  private readonly range: RangeProxy;

  constructor(ctx: RequestContextDouble, range: RangeProxy) {
    super(ctx, `${range._path}.conditionalFormats`);
    this.range = range;
  }

  protected _typeName(): string {
    return 'ConditionalFormatCollection';
  }

  _exists(): boolean {
    return this.range._exists();
  }

  protected _list(): ConditionalFormatProxy[] {
    return this.intersecting().map((cf) => this.itemFor(cf.id));
  }

  /** New formats go to the top of the priority list, as Excel does. */
  add(type: Excel.ConditionalFormatType | string): ConditionalFormatProxy {
    const proxy = new ConditionalFormatProxy(this._ctx, `${this._path}.add(${JSON.stringify(type)})`, () => {
      throw officeError('ItemNotFound');
    });
    this._enqueue('add', type, '1.6', () => {
      const { sheet, rect } = this.range._target();
      if (!SUPPORTED_TYPES.includes(type))
        throw officeError('NotImplemented', `WorkbookDouble does not support '${type}' conditional formats.`);
      assertCanFormat(sheet, 'allowFormatCells');
      const cf: ConditionalFormatState = {
        id: String(this._ctx._model.nextSerial()),
        type,
        areas: [rect],
        stopIfTrue: false,
        rule: {},
        format: { fill: null, fontColor: null, bold: null, italic: null, numberFormat: null },
      };
      sheet.conditionalFormats.unshift(cf);
      proxy._bind(sheet.id, cf.id);
    });
    return proxy;
  }

  /** Removes the range's cells from every conditional format; formats left with no cells disappear. */
  clearAll(): void {
    this._enqueue('clearAll', undefined, '1.6', () => {
      const { sheet, rect } = this.range._target();
      assertCanFormat(sheet, 'allowFormatCells');
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
        cf.areas = cf.areas.flatMap((area) => subtractRect(area, rect));
        return cf.areas.length > 0;
      });
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._result('getCount', undefined, '1.6', () => this.intersecting().length);
  }

  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, `${this._path}.getItem(${JSON.stringify(id)})`, () => {
      const cf = this.intersecting().find((c) => c.id === id);
      if (!cf) throw officeError('ItemNotFound');
      return { sheet: this.range._target().sheet, cf };
    });
  }

  getItemAt(index: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, `${this._path}.getItemAt(${index})`, () => {
      const cf = this.intersecting()[index];
      if (!cf) throw officeError('ItemNotFound');
      return { sheet: this.range._target().sheet, cf };
    });
  }

  private intersecting(): ConditionalFormatState[] {
    const { sheet, rect } = this.range._target();
    return sheet.conditionalFormats.filter((cf) =>
      cf.areas.some((area) => intersectRects(area, rect) !== null),
    );
  }

  private itemFor(id: string): ConditionalFormatProxy {
    const sheet = this.range._target().sheet;
    const proxy = new ConditionalFormatProxy(
      this._ctx,
      `${this._path}.getItem(${JSON.stringify(id)})`,
      () => {
        throw officeError('ItemNotFound');
      },
    );
    proxy._bind(sheet.id, id);
    return proxy;
  }
}

type Locate = () => { sheet: SheetState; cf: ConditionalFormatState } | null;

export class ConditionalFormatProxy extends ProxyObject {
  private readonly locate: Locate;
  private bound: { sheetId: string; id: string } | null | undefined;
  private readonly handle: CfHandle;

  constructor(ctx: RequestContextDouble, path: string, locate: Locate) {
    super(ctx, path);
    this.locate = locate;
    this.handle = {
      exists: () => this._exists(),
      sheet: () => this.resolved().sheet,
      state: () => this.resolved().cf,
    };
  }

  /** @internal */
  _bind(sheetId: string, id: string): void {
    this.bound = { sheetId, id };
  }

  protected _typeName(): string {
    return 'ConditionalFormat';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { id: '1.6', priority: '1.6', stopIfTrue: '1.6', type: '1.6' };
  }

  _exists(): boolean {
    return this.resolvedOrNull() !== null;
  }

  protected _read(property: string): unknown {
    const { sheet, cf } = this.resolved();
    if (property === 'priority') return sheet.conditionalFormats.indexOf(cf);
    if (property === 'stopIfTrue') return cf.stopIfTrue;
    return property === 'id' ? cf.id : cf.type;
  }

  get id(): string {
    return this._get('id');
  }
  get type(): Excel.ConditionalFormatType | string {
    return this._get('type');
  }

  get priority(): number {
    return this._get('priority');
  }
  set priority(priority: number) {
    this._setLocal('priority', priority);
    this._enqueue('priority', priority, '1.6', () => {
      const { sheet, cf } = this.resolved();
      assertCanFormat(sheet, 'allowFormatCells');
      const list = sheet.conditionalFormats;
      list.splice(list.indexOf(cf), 1);
      list.splice(Math.max(0, Math.min(priority, list.length)), 0, cf);
    });
  }

  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(stop: boolean) {
    this._setLocal('stopIfTrue', stop);
    this._enqueue('stopIfTrue', stop, '1.6', () => {
      this.resolved().cf.stopIfTrue = Boolean(stop);
    });
  }

  get custom(): CustomConditionalFormatProxy {
    return this._child(
      'custom',
      () =>
        new CustomConditionalFormatProxy(
          this._ctx,
          `${this._path}.custom`,
          typed(this.handle, 'Custom', false),
        ),
    );
  }
  get customOrNullObject(): CustomConditionalFormatProxy {
    return this._child('customOrNullObject', () => {
      const proxy = new CustomConditionalFormatProxy(
        this._ctx,
        `${this._path}.customOrNullObject`,
        typed(this.handle, 'Custom', true),
      );
      proxy._resolveAtNextSync();
      return proxy;
    });
  }
  get cellValue(): CellValueConditionalFormatProxy {
    return this._child(
      'cellValue',
      () =>
        new CellValueConditionalFormatProxy(
          this._ctx,
          `${this._path}.cellValue`,
          typed(this.handle, 'CellValue', false),
        ),
    );
  }
  get cellValueOrNullObject(): CellValueConditionalFormatProxy {
    return this._child('cellValueOrNullObject', () => {
      const proxy = new CellValueConditionalFormatProxy(
        this._ctx,
        `${this._path}.cellValueOrNullObject`,
        typed(this.handle, 'CellValue', true),
      );
      proxy._resolveAtNextSync();
      return proxy;
    });
  }

  delete(): void {
    this._enqueue('delete', undefined, '1.6', () => {
      const { sheet, cf } = this.resolved();
      assertCanFormat(sheet, 'allowFormatCells');
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
    });
  }

  /** Fails when the format covers several areas, like Excel (getRanges is not modelled). */
  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getRange()`, () => {
      const found = this.resolvedOrNull();
      if (!found) return null;
      const [area, ...rest] = found.cf.areas;
      if (!area || rest.length > 0)
        throw officeError('InvalidOperation', 'The conditional format applies to more than one range.');
      return { sheet: found.sheet, rect: area };
    });
  }

  getRangeOrNullObject(): RangeProxy {
    const range = new RangeProxy(this._ctx, `${this._path}.getRangeOrNullObject()`, () => {
      const found = this.resolvedOrNull();
      const [area, ...rest] = found?.cf.areas ?? [];
      return found && area && rest.length === 0 ? { sheet: found.sheet, rect: area } : null;
    });
    range._resolveAtNextSync();
    return range;
  }

  private resolvedOrNull(): { sheet: SheetState; cf: ConditionalFormatState } | null {
    if (this.bound === undefined) {
      const found = this.locate();
      this.bound = found ? { sheetId: found.sheet.id, id: found.cf.id } : null;
    }
    if (this.bound === null) return null;
    const { sheetId, id } = this.bound;
    const sheet = this._ctx._model.sheetById(sheetId);
    const cf = sheet?.conditionalFormats.find((c) => c.id === id);
    if (!sheet || !cf) throw officeError('ItemNotFound', 'The conditional format no longer exists.');
    return { sheet, cf };
  }

  private resolved(): { sheet: SheetState; cf: ConditionalFormatState } {
    const found = this.resolvedOrNull();
    if (!found) throw officeError('GeneralException', 'The conditional format is a null object.');
    return found;
  }
}

/** Narrows a handle to one rule type: a mismatch is an error, or a null object for *OrNullObject. */
function typed(handle: CfHandle, type: string, orNull: boolean): CfHandle {
  return {
    exists: () => {
      if (!handle.exists()) return false;
      if (handle.state().type === type) return true;
      if (orNull) return false;
      throw officeError('InvalidOperation', `This conditional format is not of type '${type}'.`);
    },
    sheet: handle.sheet,
    state: handle.state,
  };
}
