// Kiểm tra (validation report): one row per check instance with its own status cell and a link to
// the cell it is about, so an officer can work down the list.
import type { CellCheck } from '../../validation';
import { columnLetters, quoteSheet } from '../a1';
import { bilingual, excelString, SEVERITY_MARK, SEVERITY_TEXT } from '../excel-text';
import { checkFormula } from '../formulas';
import { NAMES, refName } from '../names';
import { fx, val } from '../sheet';
import { T } from '../../messages/sheet';
import type { PlanCell, PlanCheckRow, SheetPlan } from '../types';
import { addStatusFormats, COL, FIRST_BLOCK_ROW, tableSheet, type SheetContext } from './layout';

/**
 * Each check's row name on the Checks sheet, by check id: PII_chk_<id>, with a _2, _3... suffix
 * when ids fold to the same name (case and punctuation). Known before the sheet is built, so that
 * the entry sheet's status cells can read a row (statusFormula).
 */
export function checkRowNames(checks: CellCheck[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const c of checks) {
    let name = NAMES.check(c.id);
    for (let k = 2; used.has(name.toUpperCase()); k++) name = `${NAMES.check(c.id)}_${k}`;
    used.add(name.toUpperCase());
    out.set(c.id, name);
  }
  return out;
}

/** Built after the sheets its checks point at: a check's target must already have its name. */
export function checkSheet(
  ctx: SheetContext,
  checks: CellCheck[],
): { plan: SheetPlan; rows: PlanCheckRow[] } {
  const { lang, names } = ctx;
  const report = tableSheet('checks', lang, '#C00000', T.checksTitle[lang], T.checksHint[lang], [
    [T.colNo, 7],
    [T.colRule, 26],
    [T.colSeverity, 16],
    [T.colCode, 10],
    [T.colCell, 24],
    [T.colMessage, 90],
    [T.colStatus, 24],
    [T.colLink, 14],
  ]);
  const nameIndex = new Map(names.names.map((n) => [n.name, n]));
  const rows: PlanCheckRow[] = [];
  const first = FIRST_BLOCK_ROW;
  const cells: PlanCell[][] = [];
  const rowNames = checkRowNames(checks);
  checks.forEach((c, i) => {
    const r = first + i;
    const targetName = refName(c.target);
    const target = nameIndex.get(targetName);
    if (!target) throw new Error(`check ${c.id} targets ${targetName}, which the template does not have`);
    const statusName = rowNames.get(c.id)!;
    const link = `#${quoteSheet(target.sheetName)}!${target.address}`;
    cells.push([
      val(i + 1),
      // The rule in words, in the sheet's language (the id "notNumber" means nothing to an officer).
      val(c.label[lang]),
      val(bilingual(SEVERITY_TEXT[c.severity])),
      val(c.indicator ?? ''),
      val(`${targetName}`),
      val(bilingual(c.label)),
      fx(checkFormula(c)),
      fx(`=HYPERLINK(${excelString(link)},${excelString(`→ ${target.address.replace(/\$/g, '')}`)})`),
    ]);
    names.add(statusName, 'check', c.id, report, r, COL.status, false);
    rows.push({ checkId: c.id, ruleId: c.ruleId, severity: c.severity, statusName, targetName });
  });
  // Row 3 (between the headers and the rows): how many error rows fire, for the cover's line
  // beside the provisional PII. LEFT(…,1) on the status' mark, not COUNTIF with a wildcard, so
  // LibreOffice counts the same whatever its wildcard setting; SUMPRODUCT is not volatile.
  const statusCol = columnLetters(COL.status);
  const count =
    cells.length > 0
      ? `=SUMPRODUCT(--(LEFT(${statusCol}${first + 1}:${statusCol}${first + cells.length},1)=${excelString(SEVERITY_MARK.error)}))`
      : '=0';
  report.block('checks:errors', first - 1, [[null, val(bilingual(T.errorsOpen)), fx(count)]]);
  report.style(first - 1, 1, 1, 1, 'label');
  names.add(NAMES.errorsOpen, 'errors', 'errors', report, first - 1, 2, false);
  if (cells.length > 0) {
    report.block('checks:rows', first, cells);
    report.style(first, COL.status, cells.length, 1, 'status');
    addStatusFormats(report, first, cells.length, COL.status, COL.status, COL.status, 1);
  }
  return { plan: report.plan, rows };
}
