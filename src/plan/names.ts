// The defined-name scheme: the template's public contract (documented in NAMES.md). Names are
// workbook-level, ASCII, independent of the language and of cell addresses.
import { EVIDENCE_PARTS } from '../catalog/evidence';
import { COMPONENT_FIELDS, type ComponentField } from '../catalog/fields';

export { COMPONENT_FIELDS, inputSection, type ComponentField, type InputSection } from '../catalog/fields';
import type { Ref } from '../expr/types';
import { CHECK_RULES } from '../validation/types';
import { MAX_NAME_LENGTH } from './limits';

/** "7.1.2" -> "7_1_2"; anything outside [A-Za-z0-9_] becomes "_". */
function codeKey(code: string): string {
  return code.replace(/[^A-Za-z0-9_]/g, '_');
}

/**
 * The stamp and cover fields named PII_meta_<field>. `deadline` and `contact` (the collection's
 * deadline and the Sở's contact, set in the master) and `agency` (an agency workbook's lead agency
 * id) were added with template 1.2.0. `package` marks a submission package (`pii package`): its
 * cell says whether the package is complete.
 */
export type MetaField =
  | 'province'
  | 'year'
  | 'version'
  | 'edition'
  | 'lang'
  | 'framework'
  | 'agency'
  | 'deadline'
  | 'contact'
  | 'package';

export const NAMES = {
  input: (componentId: string) => `PII_in_${componentId}`,
  previous: (componentId: string) => `PII_prev_${componentId}`,
  /** The evidence register's four parts (catalog/evidence.ts); date, issuer, link since 1.4.0. */
  evidence: (componentId: string) => `PII_ev_${componentId}`,
  evidenceDate: (componentId: string) => `PII_evdate_${componentId}`,
  evidenceIssuer: (componentId: string) => `PII_evissuer_${componentId}`,
  evidenceLink: (componentId: string) => `PII_evlink_${componentId}`,
  status: (componentId: string) => `PII_status_${componentId}`,
  benchmarkMin: (code: string) => `PII_min_${codeKey(code)}`,
  benchmarkMax: (code: string) => `PII_max_${codeKey(code)}`,
  benchmarkStatus: (code: string) => `PII_bstatus_${codeKey(code)}`,
  value: (code: string) => `PII_val_${codeKey(code)}`,
  score: (code: string) => `PII_score_${codeKey(code)}`,
  subPillar: (code: string) => `PII_sub_${codeKey(code)}`,
  pillar: (code: string) => `PII_pillar_${codeKey(code)}`,
  input_side: 'PII_input',
  output_side: 'PII_output',
  index: 'PII_index',
  coverageSubPillar: (code: string) => `PII_cov_sub_${codeKey(code)}`,
  coveragePillar: (code: string) => `PII_cov_pillar_${codeKey(code)}`,
  coverageSide: (side: 'input' | 'output') => `PII_cov_${side}`,
  coverageIndex: 'PII_cov_index',
  definedSubPillar: (code: string) => `PII_def_sub_${codeKey(code)}`,
  definedPillar: (code: string) => `PII_def_pillar_${codeKey(code)}`,
  definedSide: (side: 'input' | 'output') => `PII_def_${side}`,
  definedIndex: 'PII_def_index',
  /** Errors still standing: the Checks sheet's error rows that fire (template 1.3.0 on). */
  errorsOpen: 'PII_err_open',
  check: (checkId: string) => `PII_chk_${codeKey(checkId)}`,
  meta: (field: MetaField) => `PII_meta_${field}`,
} as const;

/** The defined name of the cell an expression reference reads. */
export function refName(ref: Ref): string {
  switch (ref.ref) {
    case 'value':
      return NAMES.input(ref.component);
    case 'previous':
      return NAMES.previous(ref.component);
    case 'evidence':
    case 'evidenceDate':
    case 'evidenceIssuer':
    case 'evidenceLink':
      return NAMES[ref.ref](ref.component);
    case 'benchmarkMin':
      return NAMES.benchmarkMin(ref.indicator);
    case 'benchmarkMax':
      return NAMES.benchmarkMax(ref.indicator);
  }
}

/** The defined name of a component's field: fieldName('evidenceDate', 'grdp') = "PII_evdate_grdp". */
export const fieldName = (field: ComponentField, componentId: string): string =>
  refName({ ref: field, component: componentId });

/** Every input name of a component, in the template's column order. */
export const componentInputNames = (componentId: string): string[] =>
  COMPONENT_FIELDS.map((f) => fieldName(f, componentId));

// Longest prefix first, so that no prefix shadows a longer one.
const FIELD_PREFIXES = COMPONENT_FIELDS.map(
  (field) => [field, fieldName(field, '').toUpperCase()] as const,
).sort((a, b) => b[1].length - a[1].length);

/**
 * The field and component id of a component's input name, in any case ("PII_EVDATE_GRDP" ->
 * evidenceDate, "GRDP"; the id keeps the name's case), or null for any other name.
 */
export function parseFieldName(name: string): { field: ComponentField; id: string } | null {
  const upper = name.toUpperCase();
  for (const [field, prefix] of FIELD_PREFIXES)
    if (upper.startsWith(prefix) && upper.length > prefix.length)
      return { field, id: name.slice(prefix.length) };
  return null;
}

/** The kinds of catalog id that become part of defined names. */
export type IdKind = 'component' | 'indicator' | 'subPillar' | 'pillar' | 'rule';

/** Check kinds whose check id is `<kind>:<indicator code>` (see validation/checks.ts); the rest but
 * partOfWhole (`partOfWhole:<rule id>`) are `<kind>:<component id>`. Kept in step by a test. */
// Check ids keyed by an indicator code rather than a component id (see validation/checks.ts).
const INDICATOR_CHECKS: readonly string[] = [
  'zeroDenominator',
  'benchmarkMissing',
  'benchmarkOrder',
  'plausible',
];

/** The defined names the scheme builds from one id of each kind, with the id left empty. */
function namesAround(kind: IdKind): string[] {
  const checks = (rules: readonly string[]) => rules.map((rule) => NAMES.check(`${rule}:`));
  switch (kind) {
    case 'component':
      return [
        NAMES.input(''),
        NAMES.previous(''),
        ...EVIDENCE_PARTS.map((p) => NAMES[p]('')),
        NAMES.status(''),
        ...checks(
          CHECK_RULES.filter(
            (r) => r !== 'partOfWhole' && r !== 'indicatorPlausible' && !INDICATOR_CHECKS.includes(r),
          ),
        ),
      ];
    case 'indicator':
      return [
        NAMES.benchmarkMin(''),
        NAMES.benchmarkMax(''),
        NAMES.benchmarkStatus(''),
        NAMES.value(''),
        NAMES.score(''),
        ...checks(INDICATOR_CHECKS),
      ];
    case 'subPillar':
      return [NAMES.subPillar(''), NAMES.coverageSubPillar(''), NAMES.definedSubPillar('')];
    case 'pillar':
      return [NAMES.pillar(''), NAMES.coveragePillar(''), NAMES.definedPillar('')];
    case 'rule':
      return checks(['partOfWhole']);
  }
}

/**
 * The longest id of a kind whose every defined name stays within Excel's 255 characters, and
 * the longest name it is part of (for messages): 231 for a component id ("PII_chk_missingEvidence_"
 * is 24 characters), 230 for an indicator code ("PII_chk_benchmarkMissing_"). An id's characters map one to one into names.
 */
export function maxIdLength(kind: IdKind): { max: number; longestPrefix: string } {
  const longestPrefix = namesAround(kind).reduce((a, b) => (b.length > a.length ? b : a));
  return { max: MAX_NAME_LENGTH - longestPrefix.length, longestPrefix };
}

/** Excel's rules for a defined name, restricted to what this template uses. */
export function isValidName(name: string): boolean {
  if (name.length > MAX_NAME_LENGTH || !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) return false;
  // Must not read as a cell reference (A1 or R1C1).
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false;
  return true;
}
