// The defined-name scheme: the template's public contract (documented in NAMES.md). Names are
// workbook-level, ASCII, independent of the language and of cell addresses.
import type { Ref } from '../expr/types';

/** "7.1.2" -> "7_1_2"; anything outside [A-Za-z0-9_] becomes "_". */
function codeKey(code: string): string {
  return code.replace(/[^A-Za-z0-9_]/g, '_');
}

export const NAMES = {
  input: (componentId: string) => `PII_in_${componentId}`,
  previous: (componentId: string) => `PII_prev_${componentId}`,
  evidence: (componentId: string) => `PII_ev_${componentId}`,
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
  check: (checkId: string) => `PII_chk_${codeKey(checkId)}`,
  meta: (field: 'province' | 'year' | 'version' | 'edition' | 'lang' | 'framework') => `PII_meta_${field}`,
} as const;

/** The defined name of the cell an expression reference reads. */
export function refName(ref: Ref): string {
  switch (ref.ref) {
    case 'value':
      return NAMES.input(ref.component);
    case 'previous':
      return NAMES.previous(ref.component);
    case 'evidence':
      return NAMES.evidence(ref.component);
    case 'benchmarkMin':
      return NAMES.benchmarkMin(ref.indicator);
    case 'benchmarkMax':
      return NAMES.benchmarkMax(ref.indicator);
  }
}

/** Excel's rules for a defined name, restricted to what this template uses. */
export function isValidName(name: string): boolean {
  if (name.length > 255 || !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) return false;
  // Must not read as a cell reference (A1 or R1C1).
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false;
  return true;
}
