// Tham chiếu (benchmarks): one row per indicator for the national minimum and maximum the scores
// are scaled between, typed in from the province's published PII profile.
import type { CellCheck } from '../../validation';
import { cellAddress } from '../a1';
import { clip } from '../excel-text';
import { statusFormula } from '../formulas';
import { NAMES } from '../names';
import { fx, GENERAL, val } from '../sheet';
import { T } from '../../messages/sheet';
import type { PlanCell, SheetPlan, ValidationRule } from '../types';
import {
  addContentFormat,
  addStatusFormats,
  COL,
  FIRST_BLOCK_ROW,
  tableSheet,
  type SheetContext,
} from './layout';

/** `checksOf`: each indicator's benchmark checks, in priority order. */
export function benchmarkSheet(ctx: SheetContext, checksOf: Map<string, CellCheck[]>): SheetPlan {
  const { catalog, lang, names } = ctx;
  const bench = tableSheet('benchmarks', lang, '#2E75B6', T.benchTitle[lang], T.benchHint[lang], [
    [T.colCode, 10],
    [T.colIndicator, 58],
    [T.colMin, 16],
    [T.colMax, 16],
    [T.colDirection, 20],
    [T.colUnit, 16],
    [T.colStatus, 52],
    [T.colNote, 30],
  ]);
  // Min and max sit in the entry sheet's "this year" and "last year" columns.
  const first = FIRST_BLOCK_ROW;
  const cells: PlanCell[][] = [];
  const formats: string[][] = [];
  catalog.indicators.forEach((ind, i) => {
    const r = first + i;
    cells.push([
      val(ind.code),
      val(ind.name[lang]),
      null,
      null,
      val((ind.direction === 'lower' ? T.lower : T.higher)[lang]),
      val(ind.unit[lang]),
      fx(statusFormula(checksOf.get(ind.code) ?? [])),
      null,
    ]);
    formats.push([GENERAL, GENERAL, GENERAL, GENERAL]);
    names.add(NAMES.benchmarkMin(ind.code), 'benchmarkMin', ind.code, bench, r, COL.in, true);
    names.add(NAMES.benchmarkMax(ind.code), 'benchmarkMax', ind.code, bench, r, COL.prev, true);
    names.add(NAMES.benchmarkStatus(ind.code), 'benchmarkStatus', ind.code, bench, r, COL.status, false);
    const rule = (col: number, prompt: string): ValidationRule => ({
      address: cellAddress(r, col),
      type: 'decimal',
      operator: 'between',
      formula1: -1e15,
      formula2: 1e15,
      alert: 'warning',
      allowBlank: true,
      prompt: {
        title: clip(`${ind.code} ${col === COL.in ? T.colMin[lang] : T.colMax[lang]}`, 32),
        message: clip(`${prompt} ${ind.unit[lang]}.`, 255),
      },
      error: { title: clip(T.warnTitle[lang], 32), message: clip(T.errNotNumber[lang], 255) },
    });
    bench.plan.validations.push(rule(COL.in, T.promptBenchMin[lang]), rule(COL.prev, T.promptBenchMax[lang]));
  });
  const n = catalog.indicators.length;
  if (n > 0) {
    bench.block('benchmarks:indicators', first, cells, formats);
    bench.style(first, COL.in, n, 2, 'input');
    bench.style(first, COL.status, n, 1, 'status');
    bench.unlock(first, COL.in, n, 2);
    addStatusFormats(bench, first, n, COL.in, COL.status, COL.status, 1);
    addContentFormat(bench, 'missing', first, n, COL.in, 2, 3);
  }
  return bench.plan;
}
