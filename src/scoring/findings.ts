// Findings raised by the scoring steps (not by cell checks): why an indicator has no value or no
// score, or was clamped.
import type { Indicator, Text } from '../catalog';
import type { ComponentRef, Ref } from '../expr';
import type { Finding } from '../validation';
import { FINDINGS, type FindingKey } from '../messages/findings';
import { showNumber } from '../validation/format';
import { indicatorTitle, withheldMessage } from '../validation/messages';

const firstComponent = (ind: Indicator): ComponentRef => ({
  ref: 'value',
  component: ind.formula.kind === 'direct' ? ind.formula.value : ind.formula.numerator[0],
});

function finding(
  ruleId: Finding['ruleId'],
  severity: Finding['severity'],
  ind: Indicator,
  target: Ref,
  value: number | null,
  message: Text,
): Finding {
  return { checkId: `${ruleId}:${ind.code}`, ruleId, severity, indicator: ind.code, target, value, message };
}

export function noValueFinding(
  ind: Indicator,
  reason: 'components' | 'denominator',
  bad: string[],
  names?: ReadonlyMap<string, Text>,
): Finding {
  const list: Text = {
    vi: bad.map((id) => names?.get(id)?.vi ?? id).join(', '),
    en: bad.map((id) => names?.get(id)?.en ?? id).join(', '),
  };
  const indicator = indicatorTitle(ind);
  return finding(
    'noValue',
    'info',
    ind,
    { ref: 'value', component: bad[0] ?? firstComponent(ind).component },
    null,
    reason === 'components'
      ? FINDINGS.text('noValueComponents', { indicator, names: list, count: bad.length })
      : FINDINGS.text('noValueDenominator', { indicator, names: list }),
  );
}

/** The indicator's value is withheld: `err`, an error finding on one of its components, is not fixed. */
export function withheldFinding(ind: Indicator, err: Finding): Finding {
  return finding('withheld', 'info', ind, err.target, null, withheldMessage(ind, err));
}

export function overflowFinding(ind: Indicator, stage: 'value' | 'score'): Finding {
  const indicator = indicatorTitle(ind);
  return finding(
    'overflow',
    'error',
    ind,
    firstComponent(ind),
    null,
    FINDINGS.text(stage === 'value' ? 'overflowValue' : 'overflowScore', { indicator }),
  );
}

const NO_SCORE: Record<'missing' | 'degenerate', Record<'derived' | 'supplied', FindingKey>> = {
  missing: { derived: 'noScoreMissingDerived', supplied: 'noScoreMissingSupplied' },
  degenerate: { derived: 'noScoreDegenerateDerived', supplied: 'noScoreDegenerateSupplied' },
};

/**
 * Why `ind`, with `value`, has no score: its benchmark is missing or has max not above min
 * (`why`), in the words of where the benchmark came from (`derived` from the provinces scored
 * together, or supplied: "benchmarks (supplied) are missing" read as a contradiction). A warning
 * on the indicator's benchmark min.
 */
export function noScoreFinding(
  ind: Indicator,
  value: number,
  why: 'missing' | 'degenerate',
  derived: boolean,
): Finding {
  const text = FINDINGS.text(NO_SCORE[why][derived ? 'derived' : 'supplied'], {
    indicator: indicatorTitle(ind),
    value: showNumber(value),
  });
  return finding('noScore', 'warning', ind, { ref: 'benchmarkMin', indicator: ind.code }, value, text);
}

export function clampedFinding(
  ind: Indicator,
  value: number,
  min: number,
  max: number,
  score: number,
): Finding {
  const [x, lo, hi] = [value, min, max].map(showNumber);
  return finding(
    'clamped',
    'info',
    ind,
    firstComponent(ind),
    value,
    FINDINGS.text('clamped', {
      indicator: indicatorTitle(ind),
      value: x,
      min: lo,
      max: hi,
      to: score <= 0 ? 0 : 100,
    }),
  );
}
