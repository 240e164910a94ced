// Runs the cell checks on one province's input: the same expressions the sheet shows, evaluated
// by evaluateExpr. A finding never blocks anything; the value is kept.
import { memoByContent, type Catalog, type ProvinceInput } from '../catalog';
import { compileExpr, type ExprValue, type Lookup, type Ref } from '../expr';
import { cellChecks } from './checks';
import { cellLookup } from './lookup';
import type { FigureSource } from './hints';
import { checkMessage, messageContext, type MessageContext } from './messages';
import { validateJsonValues } from './sanitize';
import type { CellCheck, Finding } from './types';

export interface ValidateOptions {
  /**
   * Run the benchmark checks. Default: only when the input carries benchmarks (when provinces are
   * scored together the benchmarks are derived from the set, so none are expected).
   */
  benchmarks?: boolean;
  /**
   * The province the figures are for (the cover's, or the data file's key). In the first year
   * after the 2025 mergers, a jump in an additive figure of a merged province is explained as
   * the merger's (last year's figure may be one former province's only).
   */
  province?: string;
  /**
   * Where the figures were typed: a workbook's cells (default) or a data file (JSON), so that a
   * hint speaks of Excel only where Excel is involved.
   */
  source?: FigureSource;
}

interface Compiled {
  when: ((l: Lookup) => ExprValue)[];
  onBenchmark: boolean[];
}

// One compiled closure per check (and whether it targets a benchmark cell), reused for every
// province validated against the same list.
const compiled = new WeakMap<CellCheck[], Compiled>();
function compiledChecks(checks: CellCheck[]): Compiled {
  let c = compiled.get(checks);
  if (!c) {
    c = {
      when: checks.map((check) => compileExpr(check.when)),
      onBenchmark: checks.map(
        (check) => check.target.ref === 'benchmarkMin' || check.target.ref === 'benchmarkMax',
      ),
    };
    compiled.set(checks, c);
  }
  return c;
}

/** One cell's identity, as a string: `value:population`, `benchmarkMin:1.1.1`. */
const refKey = (r: Ref): string => `${r.ref}:${'component' in r ? r.component : r.indicator}`;

/** validate() with precomputed checks and context, for scoring many provinces of one catalog. */
export function runChecks(
  catalog: Catalog,
  checks: CellCheck[],
  raw: ProvinceInput,
  options: ValidateOptions = {},
  ctx: MessageContext = messageContext(catalog),
): { input: ProvinceInput; findings: Finding[] } {
  const { input, findings } = validateJsonValues(catalog, raw, ctx);
  const withBenchmarks = options.benchmarks ?? raw.benchmarks !== undefined;
  const cell = cellLookup(input);
  const { when, onBenchmark } = compiledChecks(checks);
  // A cell blanked because it held what no cell can (1e309, an object) already has its error: a
  // second finding for the blank it became ("no value entered") would contradict it.
  const blanked = new Set<string>();
  for (const f of findings) {
    if (f.ruleId === 'invalidNumber' || f.ruleId === 'invalidValue') blanked.add(refKey(f.target));
  }
  // Components whose value carries an error: the indicators built on them have no value, so no
  // later message quotes one. Checks run errors first (cellChecks sorts them), so it is complete
  // by the time a warning's message is built.
  const blocked = new Set<string>();
  for (let i = 0; i < checks.length; i++) {
    if (onBenchmark[i] && !withBenchmarks) continue;
    if (when[i](cell) !== true) continue;
    const check = checks[i];
    if (blanked.size > 0 && blanked.has(refKey(check.target))) continue;
    const value = cell(check.target);
    if (check.severity === 'error' && check.target.ref === 'value') blocked.add(check.target.component);
    findings.push({
      checkId: check.id,
      ruleId: check.ruleId,
      severity: check.severity,
      ...(check.indicator !== undefined ? { indicator: check.indicator } : {}),
      ...(check.component !== undefined ? { component: check.component } : {}),
      target: check.target,
      value,
      message: checkMessage(ctx, {
        check,
        value,
        cell,
        province: options.province,
        source: options.source,
        blocked,
      }),
    });
  }
  return { input, findings };
}

// The pane validates on every edit: derive the checks and message maps once per catalog content.
const preparedChecks = memoByContent((catalog) => ({
  checks: cellChecks(catalog),
  ctx: messageContext(catalog),
}));

export function validate(catalog: Catalog, input: ProvinceInput, options?: ValidateOptions): Finding[] {
  const { checks, ctx } = preparedChecks(catalog);
  return runChecks(catalog, checks, input, options, ctx).findings;
}
