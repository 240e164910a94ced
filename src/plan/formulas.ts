// The template's arithmetic as en-US Excel formulas over defined names: indicator values, scores,
// means and status texts. Kept together because each mirrors an engine rule (src/scoring,
// src/validation) and the LibreOffice differential proof compares the two.
import type { Indicator } from '../catalog/types';
import { formulaComponents } from '../catalog/lookup';
import { exprToExcel } from '../expr';
import { EVIDENCE_RULES, type CellCheck } from '../validation/types';
import { checkStatusText, excelString, OK, SEVERITY_MARK, statusText } from './excel-text';
import { NAMES, refName } from './names';

/** Excel allows 255 arguments per function; long lists are folded into nested calls. */
export function fn(name: 'COUNT' | 'SUM', args: string[]): string {
  if (args.length <= 255) return `${name}(${args.join(',')})`;
  // COUNT(a..z) = SUM(COUNT(a..m), COUNT(n..z)); SUM likewise.
  const chunks: string[] = [];
  for (let i = 0; i < args.length; i += 250) chunks.push(fn(name, args.slice(i, i + 250)));
  return fn('SUM', chunks);
}

/** Mean of the numbers among `names` ("" when none): AVERAGE ignores the "" of absent items. */
export function meanFormula(names: string[]): string {
  if (names.length === 0) return '=""';
  if (names.length <= 255) return `=IF(COUNT(${names.join(',')})>0,AVERAGE(${names.join(',')}),"")`;
  return `=IF(${fn('COUNT', names)}>0,${fn('SUM', names)}/${fn('COUNT', names)},"")`;
}

/** A number and not a logical (LibreOffice counts TRUE as a number; Excel and the engine do not). */
export const isNum = (ref: string): string => `AND(ISNUMBER(${ref}),NOT(ISLOGICAL(${ref})))`;

/** TRUE when a status cell of one of `ids` shows an error: values built on them are withheld. */
function blockedBy(ids: string[]): string {
  const tests = ids.map((id) => `LEFT(${NAMES.status(id)},1)=${excelString(SEVERITY_MARK.error)}`);
  return tests.length === 1 ? tests[0] : `OR(${tests.join(',')})`;
}

export function indicatorValueFormula(ind: Indicator): string {
  const f = ind.formula;
  if (f.kind === 'direct') {
    const n = NAMES.input(f.value);
    return `=IF(${blockedBy([f.value])},"",IF(COUNT(${n})=1,${n},""))`;
  }
  const ids = formulaComponents(f);
  const all = ids.map(NAMES.input);
  const num = f.numerator.map(NAMES.input);
  const den = f.denominator.map(NAMES.input);
  const scale = f.scale === 1 ? '' : `*${String(f.scale).toUpperCase()}`;
  // IFERROR: figures so large that a sum or the quotient overflows give "" (the engine: no value).
  return `=IFERROR(IF(${blockedBy(ids)},"",IF(AND(${fn('COUNT', all)}=${all.length},${fn('SUM', den)}>0),${fn('SUM', num)}/${fn('SUM', den)}${scale},"")),"")`;
}

export function scoreFormula(ind: Indicator): string {
  const v = NAMES.value(ind.code);
  const lo = NAMES.benchmarkMin(ind.code);
  const hi = NAMES.benchmarkMax(ind.code);
  const raw = ind.direction === 'lower' ? `(${hi}-${v})/(${hi}-${lo})*100` : `(${v}-${lo})/(${hi}-${lo})*100`;
  return `=IFERROR(IF(AND(ISNUMBER(${v}),${isNum(lo)},${isNum(hi)}),IF(${hi}>${lo},MIN(100,MAX(0,${raw})),""),""),"")`;
}

/**
 * The checks a status cell reads from their Checks row (PII_chk_<id> <> "OK") rather than spelling
 * out: the evidence register's, whose expressions name the record's four cells up to three times
 * each, which inline would pass Excel's 8,192-character formula limit for long component ids.
 */
const READ_FROM_ROW: ReadonlySet<string> = new Set(EVIDENCE_RULES);

/**
 * "OK", or the first firing check's label (checks in priority order): nested IF. `rowNames`: the
 * Checks sheet's row name of each check (sheets/checks.ts checkRowNames), for READ_FROM_ROW.
 */
export function statusFormula(checks: CellCheck[], rowNames?: ReadonlyMap<string, string>): string {
  if (checks.length > 63) throw new Error(`too many checks on one status cell (${checks.length} > 63)`);
  let f = excelString(OK);
  for (let i = checks.length - 1; i >= 0; i--) {
    const c = checks[i];
    const row = READ_FROM_ROW.has(c.ruleId) ? rowNames?.get(c.id) : undefined;
    const when = row ? `${row}<>${excelString(OK)}` : exprToExcel(c.when, refName);
    f = `IF(${when},${excelString(statusText(c.severity, c.label))},${f})`;
  }
  return `=${f}`;
}

/** One Kiểm tra row's status: "OK", or the check's severity when it fires. */
export function checkFormula(c: CellCheck): string {
  return `=IF(${exprToExcel(c.when, refName)},${excelString(checkStatusText(c.severity))},${excelString(OK)})`;
}
