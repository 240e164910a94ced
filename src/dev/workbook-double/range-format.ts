/// <reference types="office-js" />
import { RangeBorderCollectionProxy } from './borders';
import { patchFormat, uniformFormat, uniformSize } from './cells';
import { normaliseColor } from './colors';
import type { RequestContextDouble } from './context';
import { assertCanFormat, assertUnprotected } from './edits';
import { officeError } from './errors';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FORMAT, DEFAULT_ROW_HEIGHT, type CellFormat } from './model';
import { ProxyObject } from './proxy';
import type { RangeProxy, RangeTarget } from './range';

const NO_FILL_COLOR = '#FFFFFF'; // what Excel reports for cells without a fill

/** Shared plumbing for the objects hanging off Range.format. */
abstract class RangePartProxy extends ProxyObject {
  protected readonly range: RangeProxy;

  constructor(ctx: RequestContextDouble, range: RangeProxy, member: string) {
    super(ctx, `${range._path}.${member}`);
    this.range = range;
  }

  _exists(): boolean {
    return this.range._exists();
  }

  protected target(): RangeTarget {
    return this.range._target();
  }

  /** Queues a format change: validates the value at sync, then sets it on every cell of the range. */
  protected _writeFormat<K extends keyof CellFormat>(
    member: string,
    key: K,
    minVersion: string,
    value: unknown,
    check: (value: unknown) => CellFormat[K],
  ): void {
    this._setLocal(member, value);
    this._enqueue(member, value, minVersion, () => {
      const { sheet, rect } = this.target();
      const normalised = check(value);
      if (key === 'locked' || key === 'formulaHidden') assertUnprotected(sheet);
      else assertCanFormat(sheet, 'allowFormatCells');
      patchFormat(sheet, rect, { [key]: normalised } as Partial<CellFormat>);
    });
  }

  protected _uniform<K extends keyof CellFormat>(key: K): CellFormat[K] | null {
    const { sheet, rect } = this.target();
    return uniformFormat(sheet, rect, key)?.value ?? null;
  }
}

function bool(value: unknown): boolean {
  if (typeof value !== 'boolean') throw officeError('InvalidArgument', 'Expected a boolean.');
  return value;
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw officeError('InvalidArgument', 'Expected a string.');
  return value;
}

function positiveNumber(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw officeError('InvalidArgument', 'Expected a non-negative number.');
  return value;
}

export class RangeFormatProxy extends RangePartProxy {
  constructor(ctx: RequestContextDouble, range: RangeProxy) {
    super(ctx, range, 'format');
  }

  protected _typeName(): string {
    return 'RangeFormat';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return {
      columnWidth: '1.2',
      rowHeight: '1.2',
      wrapText: '1.1',
      horizontalAlignment: '1.1',
      verticalAlignment: '1.1',
    };
  }

  protected _read(property: string): unknown {
    const { sheet, rect } = this.target();
    switch (property) {
      case 'columnWidth':
        return uniformSize(sheet.columnWidths, rect.column, rect.columnCount, DEFAULT_COLUMN_WIDTH);
      case 'rowHeight':
        return uniformSize(sheet.rowHeights, rect.row, rect.rowCount, DEFAULT_ROW_HEIGHT);
      case 'wrapText':
        return this._uniform('wrapText');
      case 'horizontalAlignment':
        return this._uniform('horizontalAlignment');
      default:
        return this._uniform('verticalAlignment');
    }
  }

  get fill(): RangeFillProxy {
    return this._child('fill', () => new RangeFillProxy(this._ctx, this.range));
  }
  get font(): RangeFontProxy {
    return this._child('font', () => new RangeFontProxy(this._ctx, this.range));
  }
  get protection(): FormatProtectionProxy {
    return this._child('protection', () => new FormatProtectionProxy(this._ctx, this.range));
  }
  get borders(): RangeBorderCollectionProxy {
    return this._child('borders', () => new RangeBorderCollectionProxy(this._ctx, this.range));
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(width: number) {
    this.writeSize('columnWidth', width);
  }
  get rowHeight(): number {
    return this._get('rowHeight');
  }
  set rowHeight(height: number) {
    this.writeSize('rowHeight', height);
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(wrap: boolean) {
    this._writeFormat('wrapText', 'wrapText', '1.1', wrap, bool);
  }
  get horizontalAlignment(): Excel.HorizontalAlignment | string {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(alignment: Excel.HorizontalAlignment | string) {
    this._writeFormat('horizontalAlignment', 'horizontalAlignment', '1.1', alignment, text);
  }
  get verticalAlignment(): Excel.VerticalAlignment | string {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(alignment: Excel.VerticalAlignment | string) {
    this._writeFormat('verticalAlignment', 'verticalAlignment', '1.1', alignment, text);
  }

  /** No layout engine: autofit keeps the current sizes. */
  autofitColumns(): void {
    this._enqueue('autofitColumns', undefined, '1.2', () => undefined);
  }
  autofitRows(): void {
    this._enqueue('autofitRows', undefined, '1.2', () => undefined);
  }

  private writeSize(member: 'columnWidth' | 'rowHeight', value: unknown): void {
    this._setLocal(member, value);
    this._enqueue(member, value, '1.2', () => {
      const { sheet, rect } = this.target();
      const size = positiveNumber(value);
      if (member === 'columnWidth') {
        assertCanFormat(sheet, 'allowFormatColumns');
        for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) sheet.columnWidths.set(c, size);
      } else {
        assertCanFormat(sheet, 'allowFormatRows');
        for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) sheet.rowHeights.set(r, size);
      }
    });
  }
}

export class RangeFillProxy extends RangePartProxy {
  constructor(ctx: RequestContextDouble, range: RangeProxy) {
    super(ctx, range, 'format.fill');
  }

  protected _typeName(): string {
    return 'RangeFill';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { color: '1.1' };
  }

  protected _read(): unknown {
    const { sheet, rect } = this.target();
    const fill = uniformFormat(sheet, rect, 'fill');
    return fill ? (fill.value ?? NO_FILL_COLOR) : null;
  }

  get color(): string {
    return this._get('color');
  }
  set color(color: string) {
    this._writeFormat('color', 'fill', '1.1', color, normaliseColor);
  }

  clear(): void {
    this._enqueue('clear', undefined, '1.1', () => {
      const { sheet, rect } = this.target();
      assertCanFormat(sheet, 'allowFormatCells');
      patchFormat(sheet, rect, { fill: DEFAULT_FORMAT.fill });
    });
  }
}

export class RangeFontProxy extends RangePartProxy {
  constructor(ctx: RequestContextDouble, range: RangeProxy) {
    super(ctx, range, 'format.font');
  }

  protected _typeName(): string {
    return 'RangeFont';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { bold: '1.1', color: '1.1', italic: '1.1', name: '1.1', size: '1.1' };
  }

  protected _read(property: string): unknown {
    const key = FONT_KEYS[property];
    if (!key) throw officeError('InvalidArgument', `RangeFont has no property '${property}'.`);
    return this._uniform(key);
  }

  get bold(): boolean {
    return this._get('bold');
  }
  set bold(bold: boolean) {
    this._writeFormat('bold', 'fontBold', '1.1', bold, bool);
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(italic: boolean) {
    this._writeFormat('italic', 'fontItalic', '1.1', italic, bool);
  }
  get color(): string {
    return this._get('color');
  }
  set color(color: string) {
    this._writeFormat('color', 'fontColor', '1.1', color, normaliseColor);
  }
  get name(): string {
    return this._get('name');
  }
  set name(name: string) {
    this._writeFormat('name', 'fontName', '1.1', name, text);
  }
  get size(): number {
    return this._get('size');
  }
  set size(size: number) {
    this._writeFormat('size', 'fontSize', '1.1', size, positiveNumber);
  }
}

const FONT_KEYS: Readonly<Record<string, keyof CellFormat>> = {
  bold: 'fontBold',
  italic: 'fontItalic',
  color: 'fontColor',
  name: 'fontName',
  size: 'fontSize',
};

/** Lock flags only bite once the worksheet is protected. */
export class FormatProtectionProxy extends RangePartProxy {
  constructor(ctx: RequestContextDouble, range: RangeProxy) {
    super(ctx, range, 'format.protection');
  }

  protected _typeName(): string {
    return 'FormatProtection';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { locked: '1.2', formulaHidden: '1.2' };
  }

  protected _read(property: string): unknown {
    return this._uniform(property === 'locked' ? 'locked' : 'formulaHidden');
  }

  get locked(): boolean {
    return this._get('locked');
  }
  set locked(locked: boolean) {
    this._writeFormat('locked', 'locked', '1.2', locked, bool);
  }
  get formulaHidden(): boolean {
    return this._get('formulaHidden');
  }
  set formulaHidden(hidden: boolean) {
    this._writeFormat('formulaHidden', 'formulaHidden', '1.2', hidden, bool);
  }
}
