/// <reference types="office-js" />
import { ApplicationProxy } from './application';
import type { RequestContextDouble } from './context';
import { CustomXmlPartCollectionProxy } from './custom-xml';
import { NamedItemCollectionProxy } from './names';
import { ProxyObject } from './proxy';
import { RangeProxy } from './range';
import { WorksheetCollectionProxy } from './worksheet';
import { WorkbookProtectionProxy } from './workbook-protection';

const A1 = { row: 0, column: 0, rowCount: 1, columnCount: 1 };

/** Excel.Workbook: the entry point reached through context.workbook. */
export class WorkbookProxy extends ProxyObject {
  constructor(ctx: RequestContextDouble) {
    super(ctx, 'workbook');
  }

  protected _typeName(): string {
    return 'Workbook';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return {};
  }

  _exists(): boolean {
    return true;
  }

  protected _read(): unknown {
    return undefined;
  }

  get worksheets(): WorksheetCollectionProxy {
    return this._child('worksheets', () => new WorksheetCollectionProxy(this._ctx));
  }

  get names(): NamedItemCollectionProxy {
    return this._child('names', () => new NamedItemCollectionProxy(this._ctx));
  }

  get customXmlParts(): CustomXmlPartCollectionProxy {
    return this._child('customXmlParts', () => new CustomXmlPartCollectionProxy(this._ctx));
  }

  get protection(): WorkbookProtectionProxy {
    return this._child('protection', () => new WorkbookProtectionProxy(this._ctx));
  }

  get application(): ApplicationProxy {
    return this._child('application', () => new ApplicationProxy(this._ctx));
  }

  /** The last range passed to select(), else A1 of the active sheet. */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getSelectedRange()`, () => {
      const model = this._ctx._model;
      const selected = model.selection ? model.sheetById(model.selection.sheetId) : undefined;
      if (selected && model.selection) return { sheet: selected, rect: model.selection.rect };
      return { sheet: model.activeSheet(), rect: A1 };
    });
  }

  getActiveCell(): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getActiveCell()`, () => {
      this._ctx._requireVersion('1.7', 'Workbook.getActiveCell');
      const model = this._ctx._model;
      const selected = model.selection ? model.sheetById(model.selection.sheetId) : undefined;
      if (selected && model.selection)
        return { sheet: selected, rect: { ...model.selection.rect, rowCount: 1, columnCount: 1 } };
      return { sheet: model.activeSheet(), rect: A1 };
    });
  }
}
