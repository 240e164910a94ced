/// <reference types="office-js" />
import type { Rect } from './address';
import { patchFormat, uniformFormat } from './cells';
import { normaliseColor } from './colors';
import type { RequestContextDouble } from './context';
import { assertCanFormat } from './edits';
import { officeError } from './errors';
import { NO_BORDER, type CellFormat } from './model';
import { ProxyCollection, ProxyObject } from './proxy';
import type { RangeProxy } from './range';

type Side =
  'borderTop' | 'borderBottom' | 'borderLeft' | 'borderRight' | 'borderDiagonalDown' | 'borderDiagonalUp';

const INDEXES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];
const STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
const WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];

/** Which cell sides of rect a border index stands for; inside borders are both neighbours' sides. */
function sidesOf(index: string, rect: Rect): Array<{ rect: Rect; side: Side }> {
  const lastRow = rect.row + rect.rowCount - 1;
  const lastColumn = rect.column + rect.columnCount - 1;
  const rows = (from: number, count: number): Rect => ({ ...rect, row: from, rowCount: count });
  const columns = (from: number, count: number): Rect => ({ ...rect, column: from, columnCount: count });
  switch (index) {
    case 'EdgeTop':
      return [{ rect: rows(rect.row, 1), side: 'borderTop' }];
    case 'EdgeBottom':
      return [{ rect: rows(lastRow, 1), side: 'borderBottom' }];
    case 'EdgeLeft':
      return [{ rect: columns(rect.column, 1), side: 'borderLeft' }];
    case 'EdgeRight':
      return [{ rect: columns(lastColumn, 1), side: 'borderRight' }];
    case 'InsideHorizontal':
      return rect.rowCount < 2
        ? []
        : [
            { rect: rows(rect.row, rect.rowCount - 1), side: 'borderBottom' },
            { rect: rows(rect.row + 1, rect.rowCount - 1), side: 'borderTop' },
          ];
    case 'InsideVertical':
      return rect.columnCount < 2
        ? []
        : [
            { rect: columns(rect.column, rect.columnCount - 1), side: 'borderRight' },
            { rect: columns(rect.column + 1, rect.columnCount - 1), side: 'borderLeft' },
          ];
    case 'DiagonalDown':
      return [{ rect, side: 'borderDiagonalDown' }];
    case 'DiagonalUp':
      return [{ rect, side: 'borderDiagonalUp' }];
    default:
      throw officeError('InvalidArgument', `'${index}' is not a border index.`);
  }
}

/** Range.format.borders */
export class RangeBorderCollectionProxy extends ProxyCollection<RangeBorderProxy> {
  private readonly range: RangeProxy;

  constructor(ctx: RequestContextDouble, range: RangeProxy) {
    super(ctx, `${range._path}.format.borders`);
    this.range = range;
  }

  protected _typeName(): string {
    return 'RangeBorderCollection';
  }

  _exists(): boolean {
    return this.range._exists();
  }

  protected _list(): RangeBorderProxy[] {
    return INDEXES.map((index) => this.getItem(index));
  }

  getItem(index: Excel.BorderIndex | string): RangeBorderProxy {
    return new RangeBorderProxy(this._ctx, this.range, index);
  }

  getItemAt(index: number): RangeBorderProxy {
    return this.getItem(INDEXES[index] ?? `#${index}`);
  }
}

const PARTS = { style: 0, color: 1, weight: 2 } as const;

export class RangeBorderProxy extends ProxyObject {
  private readonly range: RangeProxy;
  private readonly index: string;

  constructor(ctx: RequestContextDouble, range: RangeProxy, index: string) {
    super(ctx, `${range._path}.format.borders.getItem(${JSON.stringify(index)})`);
    this.range = range;
    this.index = index;
  }

  protected _typeName(): string {
    return 'RangeBorder';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { sideIndex: '1.1', style: '1.1', color: '1.1', weight: '1.1' };
  }

  _exists(): boolean {
    return this.range._exists();
  }

  protected _read(property: string): unknown {
    if (property === 'sideIndex') return this.index;
    const { sheet, rect } = this.range._target();
    const seen = new Set<string>();
    for (const { rect: part, side } of sidesOf(this.index, rect)) {
      const value = uniformFormat(sheet, part, side);
      if (!value) return null;
      seen.add(value.value);
    }
    if (seen.size > 1) return null;
    const [encoded = NO_BORDER] = [...seen];
    return encoded.split('|')[PARTS[property as keyof typeof PARTS]];
  }

  get sideIndex(): Excel.BorderIndex | string {
    return this._get('sideIndex');
  }

  get style(): Excel.BorderLineStyle | string {
    return this._get('style');
  }
  set style(style: Excel.BorderLineStyle | string) {
    this.write('style', style, () => {
      if (!STYLES.includes(style)) throw officeError('InvalidArgument', `'${style}' is not a border style.`);
      return style;
    });
  }

  get color(): string {
    return this._get('color');
  }
  set color(color: string) {
    this.write('color', color, () => normaliseColor(color));
  }

  get weight(): Excel.BorderWeight | string {
    return this._get('weight');
  }
  set weight(weight: Excel.BorderWeight | string) {
    this.write('weight', weight, () => {
      if (!WEIGHTS.includes(weight))
        throw officeError('InvalidArgument', `'${weight}' is not a border weight.`);
      return weight;
    });
  }

  private write(part: keyof typeof PARTS, value: unknown, check: () => string): void {
    this._setLocal(part, value);
    this._enqueue(part, value, '1.1', () => {
      const { sheet, rect } = this.range._target();
      const normalised = check();
      assertCanFormat(sheet, 'allowFormatCells');
      for (const { rect: target, side } of sidesOf(this.index, rect)) {
        patchFormat(sheet, target, (base: CellFormat) => {
          const pieces = base[side].split('|');
          pieces[PARTS[part]] = normalised;
          return { [side]: pieces.join('|') };
        });
      }
    });
  }
}
