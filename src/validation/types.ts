import type { CellValue, Severity, Text } from '../catalog';
import type { Expr, Ref } from '../expr';

/** Rule kinds of the cell checks, in the priority order they take on one target cell. */
export const CHECK_RULES = [
  'missing',
  'notNumber',
  'notInteger',
  'negative',
  'outOfRange',
  'fractionPercent',
  'unitSlip',
  'partOfWhole',
  'zeroDenominator',
  'indicatorPlausible',
  'jump',
  'missingEvidence',
  'evidencePart',
  'evidenceDate',
  'benchmarkMissing',
  'benchmarkOrder',
] as const;
export type CheckRule = (typeof CHECK_RULES)[number];

/**
 * The evidence register's rules (checks.ts evidenceChecks): no evidence, a record with a part
 * missing, a date that is no day. The package counts them as evidence problems; the sheet's status
 * cells read them from their Checks rows.
 */
export const EVIDENCE_RULES: readonly CheckRule[] = ['missingEvidence', 'evidencePart', 'evidenceDate'];
/** Of EVIDENCE_RULES, those of a started record: incomplete, or its date no day. */
export const RECORD_RULES: readonly CheckRule[] = ['evidencePart', 'evidenceDate'];

/** Findings that do not come from a cell check: bad JSON values and scoring outcomes. */
export type OtherRule =
  | 'invalidNumber'
  | 'invalidValue'
  | 'unknownComponent'
  | 'unknownIndicator'
  | 'noValue'
  | 'withheld'
  | 'noScore'
  | 'clamped'
  | 'overflow';

/** "partOfWhole:<catalog rule id>" for catalog rules, the bare kind otherwise. */
export type RuleId = Exclude<CheckRule, 'partOfWhole'> | `partOfWhole:${string}` | OtherRule;

/** One check on one cell: the sheet renders `when` as a formula, the engine evaluates it. */
export interface CellCheck {
  id: string; // unique, e.g. "negative:population"
  ruleId: RuleId;
  severity: Severity;
  target: Ref;
  indicator?: string;
  component?: string;
  /** TRUE = violated. Total in Excel: never an error for any cell content. */
  when: Expr;
  /** Short static text for the in-sheet status cell. */
  label: Text;
}

export interface Finding {
  checkId: string;
  ruleId: RuleId;
  severity: Severity;
  indicator?: string;
  component?: string;
  target: Ref;
  /** The target cell's content as entered (sanitised: never NaN/Infinity). */
  value: CellValue;
  message: Text;
}
