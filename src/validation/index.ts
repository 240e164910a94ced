export * from './types';
export { cellChecks } from './checks';
export { validate, runChecks, type ValidateOptions } from './validate';
export { validateJsonValues } from './sanitize';
export { cellLookup } from './lookup';
export { RULE_LABELS as LABELS } from '../messages/findings';
export { textHint, thousandsDotHint } from './hints';
export { countErrors, messageContext, unfixedErrorsText, type MessageContext } from './messages';
export {
  coverProblems,
  coverText,
  coverYear,
  countFigures,
  FIRST_COVER_YEAR,
  type CoverProblem,
} from './cover';
