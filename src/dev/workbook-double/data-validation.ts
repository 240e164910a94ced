/// <reference types="office-js" />
import { intersectRects, qualifiedAddress, rectArea, subtractRect, type Rect } from './address';
import type { RequestContextDouble } from './context';
import { assertUnprotected } from './edits';
import { officeError } from './errors';
import type { SheetState, ValidationState } from './model';
import { ProxyObject, clonePlain } from './proxy';
import { RangeProxy } from './range';

const RULE_TYPES: Readonly<Record<string, string>> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

const NEW_VALIDATION: ValidationState = {
  rule: null,
  errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
  prompt: { showPrompt: true, title: '', message: '' },
  ignoreBlanks: true,
};

/**
 * Replaces the validation of every cell in rect with update(previous). Areas are kept
 * non-overlapping by splitting whatever the write partly covers, like Excel's sqref lists.
 */
function updateValidation(
  sheet: SheetState,
  rect: Rect,
  update: (previous: ValidationState | null) => ValidationState | null,
): void {
  const next: Array<{ rect: Rect; state: ValidationState }> = [];
  let uncovered: Rect[] = [rect];
  for (const area of sheet.validations) {
    const overlap = intersectRects(area.rect, rect);
    if (!overlap) {
      next.push(area);
      continue;
    }
    subtractRect(area.rect, rect).forEach((piece) => next.push({ rect: piece, state: area.state }));
    const state = update(area.state);
    if (state) next.push({ rect: overlap, state });
    uncovered = uncovered.flatMap((piece) => subtractRect(piece, overlap));
  }
  const fresh = update(null);
  if (fresh) uncovered.forEach((piece) => next.push({ rect: piece, state: fresh }));
  sheet.validations = next;
}

/** The validation shared by all of rect: a state, "none", or "mixed". */
export function validationOf(sheet: SheetState, rect: Rect): ValidationState | 'none' | 'mixed' {
  let covered = 0;
  let shared: ValidationState | null = null;
  let sharedKey = '';
  for (const area of sheet.validations) {
    const overlap = intersectRects(area.rect, rect);
    if (!overlap) continue;
    covered += rectArea(overlap);
    const key = JSON.stringify(area.state);
    if (shared === null) {
      shared = area.state;
      sharedKey = key;
    } else if (key !== sharedKey) return 'mixed';
  }
  if (shared === null) return 'none';
  return covered === rectArea(rect) ? shared : 'mixed';
}

/** Range references inside a rule become absolute formulas, as Excel stores them. */
function normaliseRule(rule: unknown, ctx: RequestContextDouble): Excel.DataValidationRule {
  if (!rule || typeof rule !== 'object')
    throw officeError('InvalidArgument', 'A data validation rule must be an object.');
  const kinds = Object.entries(rule).filter(([, v]) => v !== undefined && v !== null);
  const [kind] = kinds;
  if (kinds.length !== 1 || !kind || !(kind[0] in RULE_TYPES)) {
    throw officeError(
      'InvalidArgument',
      'A data validation rule needs exactly one criterion (list, wholeNumber, decimal, ...).',
    );
  }
  const [name, criterion] = kind;
  const resolved = resolveRanges(criterion, ctx) as { [key: string]: unknown };
  if (name === 'list' && (resolved['source'] === undefined || resolved['source'] === '')) {
    throw officeError('InvalidArgument', 'A list validation needs a source.');
  }
  if (name === 'custom' && typeof resolved['formula'] !== 'string') {
    throw officeError('InvalidArgument', 'A custom validation needs a formula.');
  }
  if (
    ['wholeNumber', 'decimal', 'date', 'time', 'textLength'].includes(name) &&
    (resolved['formula1'] === undefined || !resolved['operator'])
  ) {
    throw officeError('InvalidArgument', `A ${name} validation needs formula1 and an operator.`);
  }
  return { [name]: resolved } as Excel.DataValidationRule;
}

function resolveRanges(value: unknown, ctx: RequestContextDouble): unknown {
  if (value instanceof RangeProxy) {
    if (value._ctx !== ctx) throw officeError('InvalidRequestContext');
    const { sheet, rect } = value._target();
    return `=${qualifiedAddress(sheet.name, rect, true)}`;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => resolveRanges(v, ctx));
  if (value && typeof value === 'object') {
    const out: { [key: string]: unknown } = {};
    for (const [k, v] of Object.entries(value)) out[k] = resolveRanges(v, ctx);
    return out;
  }
  return value;
}

function ruleType(rule: Excel.DataValidationRule | null): string {
  const key = rule ? Object.keys(rule)[0] : undefined;
  return key ? (RULE_TYPES[key] ?? 'None') : 'None';
}

/** Excel.DataValidation (ExcelApi 1.8). Rules are recorded, not enforced on input. */
export class DataValidationProxy extends ProxyObject {
  private readonly range: RangeProxy;

  constructor(ctx: RequestContextDouble, range: RangeProxy) {
    super(ctx, `${range._path}.dataValidation`);
    this.range = range;
  }

  protected _typeName(): string {
    return 'DataValidation';
  }

  protected _scalars(): Readonly<Record<string, string>> {
    return { type: '1.8', rule: '1.8', errorAlert: '1.8', prompt: '1.8', ignoreBlanks: '1.8' };
  }

  _exists(): boolean {
    return this.range._exists();
  }

  protected _read(property: string): unknown {
    const { sheet, rect } = this.range._target();
    const state = validationOf(sheet, rect);
    if (state === 'mixed') return property === 'type' ? 'Inconsistent' : null;
    const effective = state === 'none' ? NEW_VALIDATION : state;
    switch (property) {
      case 'type':
        return ruleType(effective.rule);
      case 'rule':
        return effective.rule ?? {};
      case 'errorAlert':
        return effective.errorAlert;
      case 'prompt':
        return effective.prompt;
      default:
        return effective.ignoreBlanks;
    }
  }

  get type(): Excel.DataValidationType | string {
    return this._get('type');
  }

  get rule(): Excel.DataValidationRule {
    return this._get('rule');
  }
  set rule(rule: Excel.DataValidationRule) {
    this.write('rule', rule, (state) => ({ ...state, rule: normaliseRule(rule, this._ctx) }));
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this._get('errorAlert');
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.write('errorAlert', alert, (state) => ({
      ...state,
      errorAlert: { ...state.errorAlert, ...clonePlain(alert) },
    }));
  }

  get prompt(): Excel.DataValidationPrompt {
    return this._get('prompt');
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.write('prompt', prompt, (state) => ({
      ...state,
      prompt: { ...state.prompt, ...clonePlain(prompt) },
    }));
  }

  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks');
  }
  set ignoreBlanks(ignore: boolean) {
    this.write('ignoreBlanks', ignore, (state) => ({ ...state, ignoreBlanks: Boolean(ignore) }));
  }

  clear(): void {
    this._enqueue('clear', undefined, '1.8', () => {
      const { sheet, rect } = this.range._target();
      assertUnprotected(sheet);
      updateValidation(sheet, rect, () => null);
    });
  }

  private write(member: string, value: unknown, change: (state: ValidationState) => ValidationState): void {
    this._setLocal(member, value);
    this._enqueue(member, value, '1.8', () => {
      const { sheet, rect } = this.range._target();
      assertUnprotected(sheet);
      const memo = new Map<ValidationState | null, ValidationState>();
      updateValidation(sheet, rect, (previous) => {
        let next = memo.get(previous);
        if (!next) {
          next = change(previous ?? NEW_VALIDATION);
          memo.set(previous, next);
        }
        return next;
      });
    });
  }
}
