/// <reference types="office-js" />
import type { RequestContextDouble } from './context';
import { officeError } from './errors';
import { ProxyObject } from './proxy';

/** workbook.protection (ExcelApi 1.7): structure protection, which refuses sheet changes. */
export class WorkbookProtectionProxy extends ProxyObject {
  constructor(ctx: RequestContextDouble) {
    super(ctx, 'workbook.protection');
  }

  protected _typeName(): string {
    return 'WorkbookProtection';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { protected: '1.7' };
  }

  _exists(): boolean {
    return true;
  }

  protected _read(): unknown {
    return this._ctx._model.structure.protected;
  }

  get protected(): boolean {
    return this._get('protected');
  }

  /** Fails if the workbook is protected already (API reference). */
  protect(password?: string): void {
    this._enqueue('protect', { password: password === undefined ? undefined : '***' }, '1.7', () => {
      const structure = this._ctx._model.structure;
      if (structure.protected) throw officeError('AccessDenied', 'The workbook is already protected.');
      this._ctx._model.structure = { protected: true, password: password ?? null };
    });
  }

  unprotect(password?: string): void {
    this._enqueue('unprotect', { password: password === undefined ? undefined : '***' }, '1.7', () => {
      const structure = this._ctx._model.structure;
      if (!structure.protected) return;
      if (structure.password !== null && structure.password !== password)
        throw officeError('AccessDenied', 'The password you supplied is not correct.');
      this._ctx._model.structure = { protected: false, password: null };
    });
  }
}
