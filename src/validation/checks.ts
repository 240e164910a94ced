// The complete, ordered list of cell checks for a catalog. The sheet's status formulas and
// validate() both come from this list, so they cannot disagree.
import { formulaComponents } from '../catalog/lookup';
import type { Catalog, Component, Indicator } from '../catalog';
import { build as b, type Expr, type Ref } from '../expr';
import { RULE_LABELS as LABELS } from '../messages/findings';
import { EVIDENCE_DATE_MAX, EVIDENCE_DATE_MIN, EVIDENCE_PARTS, type EvidencePart } from '../catalog/evidence';
import type { CellCheck } from './types';

const SEVERITY_RANK: Record<CellCheck['severity'], number> = { error: 0, warning: 1, info: 2 };

const value = (component: string): Ref => ({ ref: 'value', component });

/** The indicator a component belongs to, when exactly one (shared ones name several in messages). */
function soleIndicator(catalog: Catalog, id: string): string | undefined {
  const users = catalog.indicators.filter((i) => formulaComponents(i.formula).includes(id));
  return users.length === 1 ? users[0].code : undefined;
}

function rangeExpr(v: Ref, min: number | undefined, max: number | undefined): Expr | undefined {
  const x = b.cell(v);
  const sides = [
    ...(min !== undefined ? [b.cmp('lt', x, b.num(min))] : []),
    ...(max !== undefined ? [b.cmp('gt', x, b.num(max))] : []),
  ];
  return sides.length === 0 ? undefined : b.whenNumbers([v], b.or(...sides));
}

/** The cell an implausible indicator value is shown on: its first numerator, or its value. */
export const plausibleTarget = (ind: Indicator): string =>
  ind.formula.kind === 'direct' ? ind.formula.value : ind.formula.numerator[0];

/** No sum of cells below this can overflow (Excel's largest number is about 1.8e308). */
const HUGE = 1e307;

/**
 * The indicator's value is outside its plausible range. For a ratio N / D * scale against a bound
 * m, with k = m / scale: N / k against D when k >= 1, N against D * k otherwise, so nothing is
 * ever divided by a small number or multiplied by a large one (no overflow, no #NUM! in the
 * sheet). A cell of 1e307 or more is skipped in a denominator (its sum could overflow) and counts
 * as implausibly large in a numerator. IF, not AND: Excel evaluates every argument of AND.
 */
function indicatorPlausibleExpr(ind: Indicator): Expr {
  const p = ind.plausible!;
  const f = ind.formula;
  if (f.kind === 'direct') return rangeExpr(value(f.value), p.min, p.max) ?? b.bool(false);
  const nums = f.numerator.map(value);
  const dens = f.denominator.map(value);
  const total = (refs: Ref[]) => (refs.length === 1 ? b.cell(refs[0]) : b.sum(refs));
  const huge = (refs: Ref[]) => b.or(...refs.map((r) => b.cmp('ge', b.cell(r), b.num(HUGE))));
  const n = total(nums);
  const d = total(dens);
  const beyond = (op: 'gt' | 'lt', bound: number) => {
    const k = bound / f.scale;
    return k >= 1 ? b.cmp(op, b.div(n, b.num(k)), d) : b.cmp(op, n, b.mul(d, b.num(k)));
  };
  const sides = [
    ...(p.max !== undefined ? [beyond('gt', p.max)] : []),
    ...(p.min !== undefined ? [beyond('lt', p.min)] : []),
  ];
  return b.whenNumbers(
    [...nums, ...dens],
    b.ifElse(
      huge(dens),
      b.bool(false),
      b.ifElse(
        b.cmp('le', d, b.num(0)),
        b.bool(false),
        b.ifElse(huge(nums), b.bool(p.max !== undefined), b.or(...sides)),
      ),
    ),
  );
}

function componentChecks(catalog: Catalog, c: Component): CellCheck[] {
  const v = value(c.id);
  const x = b.cell(v);
  const base = { target: v, component: c.id, indicator: soleIndicator(catalog, c.id) };
  const out: CellCheck[] = [];
  const add = (
    ruleId: Exclude<keyof typeof LABELS, 'partOfWhole'>,
    severity: CellCheck['severity'],
    when: Expr,
  ) => out.push({ id: `${ruleId}:${c.id}`, ruleId, severity, when, label: LABELS[ruleId], ...base });

  if (c.required) add('missing', 'error', b.isEmpty(v));
  add('notNumber', 'error', b.and(b.not(b.isEmpty(v)), b.not(b.isNumber(v))));
  if (c.kind === 'integer') add('notInteger', 'error', b.whenNumbers([v], b.cmp('ne', x, b.int(x))));
  // An explicit negative minimum is the catalog's way of allowing negatives.
  if ((c.min ?? 0) >= 0) add('negative', 'error', b.whenNumbers([v], b.cmp('lt', x, b.num(0))));
  const range = rangeExpr(v, c.min !== undefined && c.min !== 0 ? c.min : undefined, c.max);
  if (range) add('outOfRange', 'error', range);
  if (c.kind === 'percent')
    add(
      'fractionPercent',
      'warning',
      b.whenNumbers([v], b.and(b.cmp('gt', x, b.num(0)), b.cmp('lt', x, b.num(1)))),
    );
  const slip = c.plausible && rangeExpr(v, c.plausible.min, c.plausible.max);
  if (slip) add('unitSlip', 'warning', slip);

  for (const r of catalog.rules) {
    if (r.part[0] !== c.id) continue;
    const refs = [...r.part, ...r.whole].map(value);
    out.push({
      id: `partOfWhole:${r.id}`,
      ruleId: `partOfWhole:${r.id}`,
      severity: r.severity,
      when: b.whenSummable(refs, b.cmp('gt', b.sum(r.part.map(value)), b.sum(r.whole.map(value)))),
      label: LABELS.partOfWhole,
      ...base,
    });
  }
  for (const ind of catalog.indicators) {
    const f = ind.formula;
    if (f.kind !== 'ratio' || f.denominator[0] !== c.id) continue;
    // No denominator cell holds a positive number: blank, text, 0 (a negative one is flagged by
    // its own check). Written without SUM so it cannot overflow.
    const positive = f.denominator.map((id) =>
      b.whenNumbers([value(id)], b.cmp('gt', b.cell(value(id)), b.num(0))),
    );
    out.push({
      id: `zeroDenominator:${ind.code}`,
      ruleId: 'zeroDenominator',
      severity: 'error',
      when: b.not(b.or(...positive)),
      label: LABELS.zeroDenominator,
      ...base,
      indicator: ind.code,
    });
  }
  for (const ind of catalog.indicators) {
    if (!ind.plausible || plausibleTarget(ind) !== c.id) continue;
    out.push({
      id: `plausible:${ind.code}`,
      ruleId: 'indicatorPlausible',
      severity: 'warning',
      when: indicatorPlausibleExpr(ind),
      label: LABELS.indicatorPlausible,
      ...base,
      indicator: ind.code,
    });
  }
  const f = c.jumpFactor ?? catalog.settings.jumpFactor;
  const p: Ref = { ref: 'previous', component: c.id };
  const prev = b.cell(p);
  // Dividing by the constant factor (> 1) can neither overflow nor hit #DIV/0!; a year with
  // 0 or less last year is skipped (no factor to speak of).
  add(
    'jump',
    'warning',
    b.whenNumbers(
      [v, p],
      b.ifElse(
        b.cmp('gt', prev, b.num(0)),
        b.or(b.cmp('gt', b.div(x, b.num(f)), prev), b.cmp('lt', x, b.div(prev, b.num(f)))),
        b.bool(false),
      ),
    ),
  );
  // Errors first (stable within a severity): the status cell shows the first check that fires,
  // so it shows an error exactly when the value cell has one, which is what withholds the
  // indicator values built on it (the engine's blockingErrors, the sheet's value formulas).
  return out.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/**
 * The evidence register's checks on a component that needs evidence: none recorded for a value;
 * a record with some of its four parts (catalog/evidence.ts) but not all; a date that is not a day
 * of the reporting years (a pasted text, a number typed in the date column).
 */
function evidenceChecks(catalog: Catalog, c: Component): CellCheck[] {
  const part = (p: EvidencePart): Ref => ({ ref: p, component: c.id });
  const parts = EVIDENCE_PARTS.map(part);
  const date = part('evidenceDate');
  const common = { severity: 'warning', component: c.id, indicator: soleIndicator(catalog, c.id) } as const;
  return [
    {
      ...common,
      id: `missingEvidence:${c.id}`,
      ruleId: 'missingEvidence',
      target: part('evidence'),
      when: b.and(b.not(b.isEmpty(value(c.id))), ...parts.map(b.isEmpty)),
      label: LABELS.missingEvidence,
    },
    {
      ...common,
      id: `evidencePart:${c.id}`,
      ruleId: 'evidencePart',
      target: part('evidence'),
      when: b.and(b.or(...parts.map((r) => b.not(b.isEmpty(r)))), b.or(...parts.map(b.isEmpty))),
      label: LABELS.evidencePart,
    },
    {
      ...common,
      id: `evidenceDate:${c.id}`,
      ruleId: 'evidenceDate',
      target: date,
      when: b.and(
        b.not(b.isEmpty(date)),
        b.not(
          b.whenNumbers(
            [date],
            b.and(
              b.cmp('ge', b.cell(date), b.num(EVIDENCE_DATE_MIN)),
              b.cmp('le', b.cell(date), b.num(EVIDENCE_DATE_MAX)),
            ),
          ),
        ),
      ),
      label: LABELS.evidenceDate,
    },
  ];
}

function benchmarkChecks(ind: Indicator): CellCheck[] {
  const min: Ref = { ref: 'benchmarkMin', indicator: ind.code };
  const max: Ref = { ref: 'benchmarkMax', indicator: ind.code };
  return [
    {
      id: `benchmarkMissing:${ind.code}`,
      ruleId: 'benchmarkMissing',
      severity: 'warning',
      target: min,
      indicator: ind.code,
      when: b.not(b.and(b.isNumber(min), b.isNumber(max))),
      label: LABELS.benchmarkMissing,
    },
    {
      id: `benchmarkOrder:${ind.code}`,
      ruleId: 'benchmarkOrder',
      severity: 'error',
      target: max,
      indicator: ind.code,
      when: b.whenNumbers([min, max], b.cmp('le', b.cell(max), b.cell(min))),
      label: LABELS.benchmarkOrder,
    },
  ];
}

/**
 * Every check instance, grouped by target cell and in priority order within a target: the value
 * cells of components in catalog order, then their evidence cells, then benchmark cells.
 */
export function cellChecks(catalog: Catalog): CellCheck[] {
  return [
    ...catalog.components.flatMap((c) => componentChecks(catalog, c)),
    ...catalog.components.filter((c) => c.evidenceRequired).flatMap((c) => evidenceChecks(catalog, c)),
    ...catalog.indicators.flatMap(benchmarkChecks),
  ];
}
