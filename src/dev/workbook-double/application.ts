/// <reference types="office-js" />
import type { RequestContextDouble } from './context';
import { officeError } from './errors';
import { ProxyObject } from './proxy';

const CALCULATION_MODES = ['Automatic', 'AutomaticExceptTables', 'Manual'];

/** Excel.Application: calculation settings. Calculation itself is the evaluator's business. */
export class ApplicationProxy extends ProxyObject {
  constructor(ctx: RequestContextDouble) {
    super(ctx, 'application');
  }

  protected _typeName(): string {
    return 'Application';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { calculationMode: '1.1' };
  }

  _exists(): boolean {
    return true;
  }

  protected _read(): unknown {
    return this._ctx._model.calculationMode;
  }

  get calculationMode(): Excel.CalculationMode | 'Automatic' | 'AutomaticExceptTables' | 'Manual' {
    return this._get('calculationMode');
  }

  set calculationMode(mode: Excel.CalculationMode | 'Automatic' | 'AutomaticExceptTables' | 'Manual') {
    this._setLocal('calculationMode', mode);
    this._enqueue('calculationMode', mode, '1.8', () => {
      if (!CALCULATION_MODES.includes(mode))
        throw officeError('InvalidArgument', `'${String(mode)}' is not a calculation mode.`);
      this._ctx._model.calculationMode = mode;
    });
  }

  calculate(calculationType: Excel.CalculationType | 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this._enqueue('calculate', calculationType, '1.1', () => (this._ctx._model.recalcPending = false));
  }

  /**
   * Formulas are evaluated lazily on read here, but Excel leaves recalculating to the add-in once
   * this was called (API reference): the double notes that a calculate() is owed.
   */
  suspendApiCalculationUntilNextSync(): void {
    this._enqueue(
      'suspendApiCalculationUntilNextSync',
      undefined,
      '1.6',
      () => (this._ctx._model.recalcPending = true),
    );
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._enqueue('suspendScreenUpdatingUntilNextSync', undefined, '1.9', () => undefined);
  }
}

/** Excel.Runtime: `enableEvents` switches WorksheetChanged delivery off for the whole workbook. */
export class RuntimeProxy extends ProxyObject {
  constructor(ctx: RequestContextDouble) {
    super(ctx, 'runtime');
  }

  protected _typeName(): string {
    return 'Runtime';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { enableEvents: '1.8' };
  }

  _exists(): boolean {
    return true;
  }

  protected _read(): unknown {
    return this._ctx._model.events.enabled;
  }

  get enableEvents(): boolean {
    return this._get('enableEvents');
  }

  set enableEvents(enabled: boolean) {
    this._setLocal('enableEvents', enabled);
    this._enqueue('enableEvents', enabled, '1.8', () => {
      this._ctx._model.events.enabled = Boolean(enabled);
    });
  }
}
