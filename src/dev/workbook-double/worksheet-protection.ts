/// <reference types="office-js" />
import type { RequestContextDouble } from './context';
import { officeError } from './errors';
import { UNPROTECTED_OPTIONS } from './model';
import { ProxyObject } from './proxy';
import type { WorksheetProxy } from './worksheet';

/** worksheet.protection. Protection is enforced on writes to locked cells and on formatting. */
export class WorksheetProtectionProxy extends ProxyObject {
  private readonly worksheet: WorksheetProxy;

  constructor(ctx: RequestContextDouble, worksheet: WorksheetProxy) {
    super(ctx, `${worksheet._path}.protection`);
    this.worksheet = worksheet;
  }

  protected _typeName(): string {
    return 'WorksheetProtection';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { protected: '1.2', options: '1.2' };
  }

  _exists(): boolean {
    return this.worksheet._exists();
  }

  protected _read(property: string): unknown {
    const protection = this.worksheet._sheet().protection;
    return property === 'protected' ? protection.protected : protection.options;
  }

  get protected(): boolean {
    return this._get('protected');
  }

  get options(): Excel.WorksheetProtectionOptions {
    return this._get('options');
  }

  /** Documented to fail on an already protected sheet, so the double does too. */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    const args = { options, password: password === undefined ? undefined : '***' };
    this._enqueue('protect', args, password === undefined ? '1.2' : '1.7', () => {
      const protection = this.worksheet._sheet().protection;
      if (protection.protected) throw officeError('AccessDenied', 'The worksheet is already protected.');
      protection.protected = true;
      protection.options = { ...UNPROTECTED_OPTIONS, ...(options ?? {}) };
      protection.password = password ?? null;
    });
  }

  unprotect(password?: string): void {
    const args = { password: password === undefined ? undefined : '***' };
    this._enqueue('unprotect', args, password === undefined ? '1.2' : '1.7', () => {
      const protection = this.worksheet._sheet().protection;
      if (!protection.protected && this._ctx._model.excel.unprotectFailsWhenUnprotected)
        throw officeError('AccessDenied', 'The worksheet is not protected.');
      if (!protection.protected) return;
      if (protection.password !== null && protection.password !== password) {
        throw officeError('AccessDenied', 'The password you supplied is not correct.');
      }
      protection.protected = false;
      protection.password = null;
      protection.options = { ...UNPROTECTED_OPTIONS };
    });
  }
}
