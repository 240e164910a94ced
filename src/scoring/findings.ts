// Findings raised by the scoring steps (not by cell checks): why an indicator has no value or no
// score, or was clamped.
import type { Indicator, Text } from '../catalog';
import type { ComponentRef, Ref } from '../expr';
import type { Finding } from '../validation';
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

export function noValueFinding(ind: Indicator, reason: 'components' | 'denominator', bad: string[]): Finding {
  const t = indicatorTitle(ind);
  const ids = bad.join(', ');
  return finding(
    'noValue',
    'info',
    ind,
    { ref: 'value', component: bad[0] ?? firstComponent(ind).component },
    null,
    reason === 'components'
      ? {
          vi: `Chỉ số ${t.vi}: chưa tính được giá trị vì thành phần chưa có số hợp lệ: ${ids}.`,
          en: `Indicator ${t.en}: no value, because these components hold no valid number: ${ids}.`,
        }
      : {
          vi: `Chỉ số ${t.vi}: chưa tính được giá trị vì tổng mẫu số (${ids}) không lớn hơn 0.`,
          en: `Indicator ${t.en}: no value, because the denominator (${ids}) does not add up to more than 0.`,
        },
  );
}

/** The indicator's value is withheld: `err`, an error finding on one of its components, is not fixed. */
export function withheldFinding(ind: Indicator, err: Finding): Finding {
  return finding('withheld', 'info', ind, err.target, null, withheldMessage(ind, err));
}

export function overflowFinding(ind: Indicator, stage: 'value' | 'score'): Finding {
  const t = indicatorTitle(ind);
  return finding('overflow', 'error', ind, firstComponent(ind), null, {
    vi: `Chỉ số ${t.vi}: ${stage === 'value' ? 'giá trị' : 'điểm'} vượt quá giới hạn số của máy tính (số liệu quá lớn); bỏ qua. Kiểm tra đơn vị.`,
    en: `Indicator ${t.en}: the ${stage} overflows the computer's number range (figures too large); left out. Check the units.`,
  });
}

/**
 * Why `ind`, with `value`, has no score: its benchmark is missing or has max not above min
 * (`why`), in the words of where the benchmark came from (`derived` from the provinces scored
 * together, or supplied). A warning on the indicator's benchmark min.
 */
export function noScoreFinding(
  ind: Indicator,
  value: number,
  why: 'missing' | 'degenerate',
  derived: boolean,
): Finding {
  const t = indicatorTitle(ind);
  const x = showNumber(value);
  // Said as what is missing and where it would come from: "benchmarks (supplied) are missing"
  // read as a contradiction.
  const texts: Record<'missing' | 'degenerate', Record<'derived' | 'supplied', Text>> = {
    missing: {
      derived: {
        vi: `Chỉ số ${t.vi}: giá trị ${x.vi} chưa có điểm vì không tính được mốc min/max từ các tỉnh cho chỉ số này.`,
        en: `Indicator ${t.en}: value ${x.en} has no score: no min/max could be derived from the provinces for this indicator.`,
      },
      supplied: {
        vi: `Chỉ số ${t.vi}: giá trị ${x.vi} chưa có điểm vì chưa nhập mốc min/max cho chỉ số này.`,
        en: `Indicator ${t.en}: value ${x.en} has no score: no benchmark min/max was given for this indicator.`,
      },
    },
    degenerate: {
      derived: {
        vi: `Chỉ số ${t.vi}: giá trị ${x.vi} chưa có điểm vì các tỉnh đều có cùng giá trị (mốc max bằng min); hãy nhập mốc cho chỉ số này.`,
        en: `Indicator ${t.en}: value ${x.en} has no score: every province has the same value (max equals min); supply benchmarks for it.`,
      },
      supplied: {
        vi: `Chỉ số ${t.vi}: giá trị ${x.vi} chưa có điểm vì mốc max đã nhập không lớn hơn min.`,
        en: `Indicator ${t.en}: value ${x.en} has no score: the benchmark max given is not above the min.`,
      },
    },
  };
  return finding(
    'noScore',
    'warning',
    ind,
    { ref: 'benchmarkMin', indicator: ind.code },
    value,
    texts[why][derived ? 'derived' : 'supplied'],
  );
}

export function clampedFinding(
  ind: Indicator,
  value: number,
  min: number,
  max: number,
  score: number,
): Finding {
  const t = indicatorTitle(ind);
  const to = score <= 0 ? 0 : 100;
  const [x, lo, hi] = [value, min, max].map(showNumber);
  return finding('clamped', 'info', ind, firstComponent(ind), value, {
    vi: `Chỉ số ${t.vi}: giá trị ${x.vi} nằm ngoài mốc [${lo.vi}; ${hi.vi}], điểm được giới hạn về ${to}.`,
    en: `Indicator ${t.en}: value ${x.en} lies outside the benchmarks [${lo.en}, ${hi.en}]; the score is clamped to ${to}.`,
  });
}
