/// <reference types="office-js" />
import { formatA1, qualifiedAddress, splitSheetReference, tryParseA1 } from './address';
import { cellValue, grid } from './cells';
import type { RequestContextDouble } from './context';
import { valueType } from './edits';
import { officeError } from './errors';
import type { NameState, NameTarget, WorkbookModel } from './model';
import { ProxyCollection, ProxyObject } from './proxy';
import { RangeProxy } from './range';
import { WorksheetProxy } from './worksheet';

const VALID_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}[0-9]+|[RrCc]|[Rr][0-9]*[Cc][0-9]*)$/;

function assertValidName(name: unknown): string {
  if (typeof name !== 'string' || name.length > 255 || !VALID_NAME.test(name) || LOOKS_LIKE_CELL.test(name)) {
    throw officeError('InvalidArgument', `'${String(name)}' is not a valid name.`);
  }
  return name;
}

/**
 * "='Nhập liệu'!$C$12" refers to a range. Without the leading "=", Excel stores the text as a
 * string constant, not a reference (office-js #2283). Anything else is kept as a formula.
 */
function parseNameReference(model: WorkbookModel, reference: string): NameTarget {
  if (!reference.startsWith('=')) return { kind: 'formula', formula: `="${reference.replace(/"/g, '""')}"` };
  // Several areas ("=A!$A$1,A!$C$3") or a function: kept as a formula.
  if (/[,(]/.test(reference.replace(/'[^']*'|"[^"]*"/g, ''))) return { kind: 'formula', formula: reference };
  const { sheet, address } = splitSheetReference(reference.slice(1));
  const rect = sheet === null ? null : tryParseA1(address);
  if (sheet !== null && rect) {
    const target = model.sheetByName(sheet);
    if (!target) throw officeError('InvalidArgument', `The name refers to the missing worksheet '${sheet}'.`);
    return { kind: 'range', sheetId: target.id, rect };
  }
  return { kind: 'formula', formula: reference };
}

/**
 * A name defined by OFFSET or by several areas ("=A!$A$1,A!$C$3"): reading its values crashes
 * Excel or throws InvalidOperation (office-js #1357, #4321), so the double refuses to read them.
 */
function isUnreadable(target: NameTarget): boolean {
  if (target.kind !== 'formula') return false;
  const body = target.formula.slice(1);
  return /\bOFFSET\s*\(/i.test(body) || /![$A-Z0-9:]+\s*,/i.test(body.replace(/"[^"]*"/g, ''));
}

function refuseUnreadable(model: WorkbookModel, target: NameTarget, name: string): void {
  if (!isUnreadable(target)) return;
  model.crashes += 1; // Excel itself may crash here (office-js #1357)
  throw officeError(
    'InvalidOperation',
    `The values of the name '${name}' (OFFSET or several areas) cannot be read.`,
  );
}

/** Formula as Excel shows it now: follows sheet renames, becomes #REF! once the sheet is gone. */
export function nameFormula(model: WorkbookModel, target: NameTarget): string {
  if (target.kind === 'formula') return target.formula;
  const sheet = model.sheetById(target.sheetId);
  if (!sheet) return `=#REF!${formatA1(target.rect, true)}`;
  return `=${qualifiedAddress(sheet.name, target.rect, true)}`;
}

function nameType(model: WorkbookModel, target: NameTarget): string {
  if (target.kind === 'range') return model.sheetById(target.sheetId) ? 'Range' : 'Error';
  if (isUnreadable(target)) return 'Range';
  const body = target.formula.slice(1).trim();
  if (/^[+-]?\d+$/.test(body)) return 'Integer';
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return 'Double';
  if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
  if (/^".*"$/.test(body)) return 'String';
  return 'Error'; // computed formulas would need an engine
}

function nameValue(model: WorkbookModel, target: NameTarget): unknown {
  const formula = nameFormula(model, target);
  if (target.kind === 'range') return model.sheetById(target.sheetId) ? formula.slice(1) : '#REF!';
  const body = formula.slice(1).trim();
  const type = nameType(model, target);
  if (type === 'Integer' || type === 'Double') return Number(body);
  if (type === 'Boolean') return body.toUpperCase() === 'TRUE';
  if (type === 'String') return body.slice(1, -1).replace(/""/g, '"');
  return '#VALUE!';
}

/** workbook.names (workbook scope only). */
export class NamedItemCollectionProxy extends ProxyCollection<NamedItemProxy> {
  constructor(ctx: RequestContextDouble) {
    super(ctx, 'workbook.names');
  }

  protected _typeName(): string {
    return 'NamedItemCollection';
  }

  _exists(): boolean {
    return true;
  }

  protected _list(): NamedItemProxy[] {
    return [...this._ctx._model.names.values()].map((n) => this.getItemProxy(n.name));
  }

  add(name: string, reference: Excel.Range | string, comment?: string): NamedItemProxy {
    if (reference instanceof RangeProxy) this._assertSameContext(reference);
    const args = { name, reference: reference instanceof RangeProxy ? reference._path : reference, comment };
    this._enqueue('add', args, '1.4', () => {
      const model = this._ctx._model;
      const valid = assertValidName(name);
      if (model.names.has(valid.toLowerCase()))
        throw officeError('ItemAlreadyExists', `The name '${valid}' already exists.`);
      let target: NameTarget;
      if (reference instanceof RangeProxy) {
        const { sheet, rect } = reference._target();
        target = { kind: 'range', sheetId: sheet.id, rect };
      } else if (typeof reference === 'string' && reference !== '') {
        target = parseNameReference(model, reference);
      } else {
        throw officeError('InvalidArgument', 'A name needs a Range or a formula string to refer to.');
      }
      model.names.set(valid.toLowerCase(), { name: valid, target, comment: comment ?? '', visible: true });
    });
    return this.getItemProxy(name);
  }

  getItem(name: string): NamedItemProxy {
    return this.getItemProxy(name);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    const item = new NamedItemProxy(
      this._ctx,
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      name,
      true,
    );
    item._resolveAtNextSync();
    return item;
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._result('getCount', undefined, '1.4', () => this._ctx._model.names.size);
  }

  private getItemProxy(name: string): NamedItemProxy {
    return new NamedItemProxy(this._ctx, `${this._path}.getItem(${JSON.stringify(name)})`, name, false);
  }
}

export class NamedItemProxy extends ProxyObject {
  private readonly key: string;
  private readonly orNull: boolean;

  constructor(ctx: RequestContextDouble, path: string, name: string, orNull: boolean) {
    super(ctx, path);
    this.key = String(name).toLowerCase();
    this.orNull = orNull;
  }

  protected _typeName(): string {
    return 'NamedItem';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return {
      name: '1.1',
      type: '1.1',
      value: '1.1',
      visible: '1.1',
      comment: '1.4',
      scope: '1.4',
      formula: '1.7',
    };
  }

  _exists(): boolean {
    if (this._ctx._model.names.has(this.key)) return true;
    if (this.orNull) return false;
    throw officeError('ItemNotFound', "The requested name doesn't exist.");
  }

  /** @internal */
  _state(): NameState {
    const state = this._ctx._model.names.get(this.key);
    if (!state) throw officeError('ItemNotFound', "The requested name doesn't exist.");
    return state;
  }

  protected _read(property: string): unknown {
    const model = this._ctx._model;
    const state = this._state();
    switch (property) {
      case 'name':
        return state.name;
      case 'type':
        return model.excel.focusElsewhere ? null : nameType(model, state.target); // office-js #5504
      case 'value':
        refuseUnreadable(model, state.target, state.name);
        return nameValue(model, state.target);
      case 'visible':
        return state.visible;
      case 'comment':
        return state.comment;
      case 'scope':
        return 'Workbook';
      default:
        return nameFormula(model, state.target);
    }
  }

  get name(): string {
    return this._get('name');
  }
  get type(): Excel.NamedItemType | string {
    return this._get('type');
  }
  get value(): unknown {
    return this._get('value');
  }
  get scope(): Excel.NamedItemScope | string {
    return this._get('scope');
  }

  get visible(): boolean {
    return this._get('visible');
  }
  set visible(visible: boolean) {
    this._setLocal('visible', visible);
    this._enqueue('visible', visible, '1.1', () => (this._state().visible = Boolean(visible)));
  }

  get comment(): string {
    return this._get('comment');
  }
  set comment(comment: string) {
    this._setLocal('comment', comment);
    this._enqueue('comment', comment, '1.4', () => (this._state().comment = String(comment)));
  }

  get formula(): string {
    return this._get('formula');
  }
  set formula(formula: string) {
    this._setLocal('formula', formula);
    this._enqueue('formula', formula, '1.7', () => {
      this._state().target = parseNameReference(this._ctx._model, String(formula));
    });
  }

  /** The range the name points at now; fails once its sheet is deleted or for non-range names. */
  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getRange()`, () => {
      if (!this._exists()) return null;
      const target = this._state().target;
      const sheet = target.kind === 'range' ? this._ctx._model.sheetById(target.sheetId) : undefined;
      if (target.kind !== 'range' || !sheet)
        throw officeError('InvalidReference', `The name '${this._state().name}' does not refer to a range.`);
      return { sheet, rect: target.rect };
    });
  }

  getRangeOrNullObject(): RangeProxy {
    const range = new RangeProxy(this._ctx, `${this._path}.getRangeOrNullObject()`, () => {
      if (!this._exists()) return null;
      const target = this._state().target;
      const sheet = target.kind === 'range' ? this._ctx._model.sheetById(target.sheetId) : undefined;
      return target.kind === 'range' && sheet ? { sheet, rect: target.rect } : null;
    });
    range._resolveAtNextSync();
    return range;
  }

  get arrayValues(): NamedItemArrayValuesProxy {
    return this._child('arrayValues', () => new NamedItemArrayValuesProxy(this._ctx, this));
  }

  /** Workbook-scoped names have no worksheet; kept for API shape. */
  get worksheetOrNullObject(): WorksheetProxy {
    return this._child('worksheetOrNullObject', () => {
      const sheet = new WorksheetProxy(this._ctx, `${this._path}.worksheetOrNullObject`, () => null);
      sheet._resolveAtNextSync();
      return sheet;
    });
  }

  delete(): void {
    this._enqueue('delete', undefined, '1.4', () => {
      this._ctx._model.names.delete(this.key);
    });
  }
}

/** NamedItem.arrayValues (ExcelApi 1.7): what the name evaluates to, as a 2D array. */
export class NamedItemArrayValuesProxy extends ProxyObject {
  private readonly item: NamedItemProxy;

  constructor(ctx: RequestContextDouble, item: NamedItemProxy) {
    super(ctx, `${item._path}.arrayValues`);
    this.item = item;
  }

  protected _typeName(): string {
    return 'NamedItemArrayValues';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { values: '1.7', types: '1.7' };
  }

  _exists(): boolean {
    return this.item._exists();
  }

  protected _read(property: string): unknown {
    const model = this._ctx._model;
    const target = this.item._state().target;
    refuseUnreadable(model, target, this.item._state().name);
    const sheet = target.kind === 'range' ? model.sheetById(target.sheetId) : undefined;
    const values =
      target.kind === 'range' && sheet
        ? grid(target.rect, (r, c) => cellValue(model, sheet, r, c))
        : [[nameValue(model, target)]];
    return property === 'values' ? values : values.map((row) => row.map((v) => valueType(v)));
  }

  get values(): unknown[][] {
    return this._get('values');
  }

  get types(): Excel.RangeValueType[][] {
    return this._get('types');
  }
}
