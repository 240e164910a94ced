/// <reference types="office-js" />
// The objects under a conditional format: custom / cellValue rules and their formats.
import { normaliseColor } from './colors';
import type { RequestContextDouble } from './context';
import { assertCanFormat } from './edits';
import { officeError } from './errors';
import type { ConditionalFormatState, SheetState } from './model';
import { ProxyObject } from './proxy';

/** Where a conditional-format proxy finds its state during sync. */
export interface CfHandle {
  exists(): boolean;
  sheet(): SheetState;
  state(): ConditionalFormatState;
}

abstract class CfPartProxy extends ProxyObject {
  protected readonly handle: CfHandle;

  constructor(ctx: RequestContextDouble, path: string, handle: CfHandle) {
    super(ctx, path);
    this.handle = handle;
  }

  _exists(): boolean {
    return this.handle.exists();
  }

  protected _change(member: string, value: unknown, apply: (cf: ConditionalFormatState) => void): void {
    this._setLocal(member, value);
    this._enqueue(member, value, '1.6', () => {
      assertCanFormat(this.handle.sheet(), 'allowFormatCells');
      apply(this.handle.state());
    });
  }
}

export class CustomConditionalFormatProxy extends CfPartProxy {
  protected _typeName(): string {
    return 'CustomConditionalFormat';
  }
  protected _scalars(): Readonly<Record<string, string>> {
    return {};
  }
  protected _read(): unknown {
    return undefined;
  }
  get rule(): ConditionalFormatRuleProxy {
    return this._child(
      'rule',
      () => new ConditionalFormatRuleProxy(this._ctx, `${this._path}.rule`, this.handle),
    );
  }
  get format(): ConditionalRangeFormatProxy {
    return this._child(
      'format',
      () => new ConditionalRangeFormatProxy(this._ctx, `${this._path}.format`, this.handle),
    );
  }
}

export class CellValueConditionalFormatProxy extends CfPartProxy {
  protected _typeName(): string {
    return 'CellValueConditionalFormat';
  }
  protected _scalars(): Readonly<Record<string, string>> {
    return { rule: '1.6' };
  }
  protected _read(): unknown {
    const { formula1, formula2, operator } = this.handle.state().rule;
    return { formula1, formula2, operator };
  }
  get rule(): Excel.ConditionalCellValueRule {
    return this._get('rule');
  }
  set rule(rule: Excel.ConditionalCellValueRule) {
    this._change('rule', rule, (cf) => {
      if (!rule || typeof rule.formula1 !== 'string' || typeof rule.operator !== 'string') {
        throw officeError('InvalidArgument', 'A cell value rule needs formula1 and an operator.');
      }
      cf.rule = { formula1: rule.formula1, operator: rule.operator };
      if (rule.formula2 !== undefined) cf.rule.formula2 = rule.formula2;
    });
  }
  get format(): ConditionalRangeFormatProxy {
    return this._child(
      'format',
      () => new ConditionalRangeFormatProxy(this._ctx, `${this._path}.format`, this.handle),
    );
  }
}

export class ConditionalFormatRuleProxy extends CfPartProxy {
  protected _typeName(): string {
    return 'ConditionalFormatRule';
  }
  protected _scalars(): Readonly<Record<string, string>> {
    return { formula: '1.6', formulaLocal: '1.6' };
  }
  protected _read(): unknown {
    return this.handle.state().rule.formula ?? '';
  }
  get formula(): string {
    return this._get('formula');
  }
  set formula(formula: string) {
    this._change('formula', formula, (cf) => (cf.rule = { ...cf.rule, formula: requireFormula(formula) }));
  }
  get formulaLocal(): string {
    return this._get('formulaLocal');
  }
  set formulaLocal(formula: string) {
    this._change(
      'formulaLocal',
      formula,
      (cf) => (cf.rule = { ...cf.rule, formula: requireFormula(formula) }),
    );
  }
}

function requireFormula(formula: unknown): string {
  if (typeof formula !== 'string' || formula === '')
    throw officeError('InvalidArgument', 'A conditional format rule needs a formula.');
  return formula;
}

export class ConditionalRangeFormatProxy extends CfPartProxy {
  protected _typeName(): string {
    return 'ConditionalRangeFormat';
  }
  protected _scalars(): Readonly<Record<string, string>> {
    return { numberFormat: '1.6' };
  }
  protected _read(): unknown {
    return this.handle.state().format.numberFormat;
  }
  get numberFormat(): unknown {
    return this._get('numberFormat');
  }
  set numberFormat(format: unknown) {
    this._change('numberFormat', format, (cf) => (cf.format.numberFormat = String(format)));
  }
  get fill(): ConditionalRangeFillProxy {
    return this._child(
      'fill',
      () => new ConditionalRangeFillProxy(this._ctx, `${this._path}.fill`, this.handle),
    );
  }
  get font(): ConditionalRangeFontProxy {
    return this._child(
      'font',
      () => new ConditionalRangeFontProxy(this._ctx, `${this._path}.font`, this.handle),
    );
  }
}

export class ConditionalRangeFillProxy extends CfPartProxy {
  protected _typeName(): string {
    return 'ConditionalRangeFill';
  }
  protected _scalars(): Readonly<Record<string, string>> {
    return { color: '1.6' };
  }
  protected _read(): unknown {
    return this.handle.state().format.fill;
  }
  get color(): string {
    return this._get('color');
  }
  set color(color: string) {
    this._change('color', color, (cf) => (cf.format.fill = normaliseColor(color)));
  }
  clear(): void {
    this._enqueue('clear', undefined, '1.6', () => (this.handle.state().format.fill = null));
  }
}

export class ConditionalRangeFontProxy extends CfPartProxy {
  protected _typeName(): string {
    return 'ConditionalRangeFont';
  }
  protected _scalars(): Readonly<Record<string, string>> {
    return { color: '1.6', bold: '1.6', italic: '1.6' };
  }
  protected _read(property: string): unknown {
    const format = this.handle.state().format;
    if (property === 'color') return format.fontColor;
    return property === 'bold' ? format.bold : format.italic;
  }
  get color(): string {
    return this._get('color');
  }
  set color(color: string) {
    this._change('color', color, (cf) => (cf.format.fontColor = normaliseColor(color)));
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(bold: boolean) {
    this._change('bold', bold, (cf) => (cf.format.bold = Boolean(bold)));
  }
  get italic(): boolean {
    return this._get('italic');
  }
  set italic(italic: boolean) {
    this._change('italic', italic, (cf) => (cf.format.italic = Boolean(italic)));
  }
  clear(): void {
    this._enqueue('clear', undefined, '1.6', () => {
      const format = this.handle.state().format;
      format.fontColor = null;
      format.bold = null;
      format.italic = null;
    });
  }
}
