/// <reference types="office-js" />
import type { RequestContextDouble } from './context';
import { requireFocus } from './faults';
import { officeError } from './errors';
import { ProxyObject } from './proxy';
import { RangeProxy } from './range';
import type { WorksheetProxy } from './worksheet';

/** worksheet.freezePanes (ExcelApi 1.7): records how many top rows / left columns are frozen. */
export class WorksheetFreezePanesProxy extends ProxyObject {
  private readonly worksheet: WorksheetProxy;

  constructor(ctx: RequestContextDouble, worksheet: WorksheetProxy) {
    super(ctx, `${worksheet._path}.freezePanes`);
    this.worksheet = worksheet;
  }

  protected _typeName(): string {
    return 'WorksheetFreezePanes';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return {};
  }

  _exists(): boolean {
    return this.worksheet._exists();
  }

  protected _read(): unknown {
    return undefined;
  }

  /** The frozen cells are those above and left of the range's bottom-right corner. */
  freezeAt(frozenRange: Excel.Range | string): void {
    if (frozenRange instanceof RangeProxy) this._assertSameContext(frozenRange);
    const args = frozenRange instanceof RangeProxy ? frozenRange._path : frozenRange;
    const range =
      typeof frozenRange === 'string'
        ? this.worksheet.getRange(frozenRange)
        : (frozenRange as unknown as RangeProxy);
    this.freeze('freezeAt', args, () => {
      const { rect } = range._target();
      return { rows: rect.row + rect.rowCount, columns: rect.column + rect.columnCount };
    });
  }

  freezeRows(count?: number): void {
    this.freeze('freezeRows', count, () => ({ rows: count ?? 1, columns: 0 }));
  }

  freezeColumns(count?: number): void {
    this.freeze('freezeColumns', count, () => ({ rows: 0, columns: count ?? 1 }));
  }

  unfreeze(): void {
    this.freeze('unfreeze', undefined, () => ({ rows: 0, columns: 0 }));
  }

  getLocationOrNullObject(): RangeProxy {
    const range = new RangeProxy(this._ctx, `${this._path}.getLocationOrNullObject()`, () => {
      const sheet = this.worksheet._sheetOrNull();
      if (!sheet || (sheet.freeze.rows === 0 && sheet.freeze.columns === 0)) return null;
      const { rows, columns } = sheet.freeze;
      return {
        sheet,
        rect: { row: 0, column: 0, rowCount: Math.max(rows, 1), columnCount: Math.max(columns, 1) },
      };
    });
    range._resolveAtNextSync();
    return range;
  }

  private freeze(member: string, args: unknown, compute: () => { rows: number; columns: number }): void {
    this._enqueue(member, args, '1.7', () => {
      const model = this._ctx._model;
      requireFocus(model.excel, `WorksheetFreezePanes.${member}`);
      if (
        member === 'unfreeze' &&
        model.excel.unfreezeFailsOnHiddenSheet &&
        this.worksheet._sheet().visibility !== 'Visible'
      )
        throw officeError('GeneralException', 'unfreeze() failed on a hidden worksheet.');
      const freeze = compute();
      if (
        !Number.isInteger(freeze.rows) ||
        !Number.isInteger(freeze.columns) ||
        freeze.rows < 0 ||
        freeze.columns < 0
      ) {
        throw officeError('InvalidArgument', 'Frozen row and column counts must be non-negative integers.');
      }
      this.worksheet._sheet().freeze = freeze;
    });
  }
}
