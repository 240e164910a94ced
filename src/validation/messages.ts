// Full bilingual messages for findings: they name the indicator (code and short name), the value
// as entered and what is expected. Built only for violated checks.
import { formulaComponents, shortNameOf } from '../catalog/lookup';
import { formedFrom, MERGER_YEAR } from '../catalog/provinces';
import type { Catalog, CellValue, Component, Indicator, Text } from '../catalog';
import { both, rangeText, showNumber, showValue } from './format';
import { EXCEL_ERROR, textHint, thousandsDotHint } from './hints';
import { LABELS } from './labels';
import type { CellCheck, Finding } from './types';

export interface MessageContext {
  catalog: Catalog;
  components: Map<string, Component>;
  indicators: Map<string, Indicator>;
  usedBy: Map<string, Indicator[]>;
  /** componentSubject per id, filled on first use. */
  subjects: Map<string, Text>;
}

export function messageContext(catalog: Catalog): MessageContext {
  const usedBy = new Map<string, Indicator[]>();
  for (const ind of catalog.indicators) {
    for (const id of formulaComponents(ind.formula)) usedBy.set(id, [...(usedBy.get(id) ?? []), ind]);
  }
  return {
    catalog,
    components: new Map(catalog.components.map((c) => [c.id, c])),
    indicators: new Map(catalog.indicators.map((i) => [i.code, i])),
    usedBy,
    subjects: new Map(),
  };
}

export const indicatorTitle = (ind: Indicator): Text => both((l) => `${ind.code} ${shortNameOf(ind)[l]}`);

/**
 * Why a figure may jump from last year with no slip, or null: the catalog's own reason (the 2025
 * commune merger), or, in the first year after the 2025 mergers, an additive figure of a province
 * formed from several (last year's may be one former province's only, not their sum).
 */
export function mergerReason(catalog: Catalog, comp: Component, province: string | undefined): Text | null {
  if (comp.jumpReason) return comp.jumpReason;
  if (!province || !comp.additive || Number.parseInt(catalog.edition, 10) !== MERGER_YEAR) return null;
  const from = formedFrom(province.normalize('NFC').trim());
  if (from.length < 2) return null;
  const list = from.join(', ');
  return {
    vi: `${province} được hợp nhất năm ${MERGER_YEAR} từ ${list}: nếu số năm trước chỉ là của một tỉnh cũ, biến động là do sáp nhập; hãy nhập tổng của các tỉnh cũ (hoặc dùng pii template --previous với sổ tính của từng tỉnh).`,
    en: `${province} was formed in ${MERGER_YEAR} from ${list}: if last year's figure is one former province's only, the change comes from the merger; enter the former provinces' sum (or use pii template --previous with each one's workbook).`,
  };
}

/** "Population (persons) [2.2.4 S&T organisations per 10,000 people]". */
export function componentSubject(ctx: MessageContext, id: string): Text {
  const known = ctx.subjects.get(id);
  if (known) return known;
  const subject = buildSubject(ctx, id);
  ctx.subjects.set(id, subject);
  return subject;
}

function buildSubject(ctx: MessageContext, id: string): Text {
  const c = ctx.components.get(id);
  const users = ctx.usedBy.get(id) ?? [];
  return both((l) => {
    const name = c ? c.name[l] : id;
    const unit = c && c.unit[l] ? ` (${c.unit[l]})` : '';
    const word = l === 'vi' ? 'chỉ số' : users.length > 1 ? 'indicators' : 'indicator';
    const list = users.map((u) => indicatorTitle(u)[l]).join('; ');
    return users.length ? `${name}${unit} [${word} ${list}]` : `${name}${unit}`;
  });
}

const namesOf = (ctx: MessageContext, ids: string[]): Text =>
  both((l) => ids.map((id) => ctx.components.get(id)?.name[l] ?? id).join(' + '));

const sumOf = (ids: string[], lookup: (id: string) => CellValue): number =>
  ids.reduce((s, id) => {
    const v = lookup(id);
    return typeof v === 'number' ? s + v : s;
  }, 0);

export interface MessageInput {
  check: CellCheck;
  value: CellValue; // the target cell
  cell: (ref: CellCheck['target']) => CellValue;
  /** The province the figures are for, when known (see ValidateOptions.province). */
  province?: string;
}

export function checkMessage(ctx: MessageContext, { check, value, cell, province }: MessageInput): Text {
  const id = check.component ?? '';
  const comp = ctx.components.get(id);
  const subj = componentSubject(ctx, id);
  const v = showValue(value);
  const unit = both((l) =>
    comp?.unit[l] ? (l === 'vi' ? ` (đơn vị: ${comp.unit.vi})` : ` (unit: ${comp.unit.en})`) : '',
  );
  const kind = check.ruleId.startsWith('partOfWhole:') ? 'partOfWhole' : check.ruleId;
  const ind = check.indicator ? ctx.indicators.get(check.indicator) : undefined;
  const indTitle = ind ? indicatorTitle(ind) : { vi: check.indicator ?? '', en: check.indicator ?? '' };
  const valueOf = (cid: string) => cell({ ref: 'value', component: cid });

  switch (kind) {
    case 'missing':
      return both((l) =>
        l === 'vi'
          ? `${subj.vi}: chưa nhập giá trị. Cần một số${unit.vi}.`
          : `${subj.en}: no value entered. Expected a number${unit.en}.`,
      );
    case 'notNumber': {
      const hint = typeof value === 'string' ? textHint(value) : textHint(String(value));
      // An error value was not typed: a formula in the cell produced it.
      if (typeof value === 'string' && EXCEL_ERROR.test(value.trim()))
        return both((l) => `${subj[l]}: ${hint[l]}`);
      return both((l) =>
        l === 'vi'
          ? `${subj.vi}: đã nhập ${v.vi}, không phải là số. ${hint.vi}`
          : `${subj.en}: ${v.en} was entered, which is not a number. ${hint.en}`,
      );
    }
    case 'notInteger': {
      const dot = typeof value === 'number' ? thousandsDotHint(value) : undefined;
      return both((l) =>
        l === 'vi'
          ? `${subj.vi}: đã nhập ${v.vi}, cần một số nguyên (đếm được).${dot ? ` ${dot.vi}` : ''}`
          : `${subj.en}: ${v.en} was entered; expected a whole number (a count).${dot ? ` ${dot.en}` : ''}`,
      );
    }
    case 'negative':
      return both((l) =>
        l === 'vi'
          ? `${subj.vi}: đã nhập ${v.vi}, là số âm; cần một số từ 0 trở lên.`
          : `${subj.en}: ${v.en} is negative; expected 0 or more.`,
      );
    case 'outOfRange': {
      const range = rangeText(comp?.min, comp?.max);
      return both((l) =>
        l === 'vi'
          ? `${subj.vi}: đã nhập ${v.vi}, nằm ngoài khoảng cho phép (${range.vi}).`
          : `${subj.en}: ${v.en} is outside the allowed range (${range.en}).`,
      );
    }
    case 'fractionPercent': {
      const pct = typeof value === 'number' ? String(Math.round(value * 1e6) / 1e4) : '';
      return both((l) =>
        l === 'vi'
          ? `${subj.vi}: đã nhập ${v.vi}, có vẻ là phân số; giá trị tính theo %, ví dụ 0.35 phải nhập là 35 (ở đây: ${pct}).`
          : `${subj.en}: ${v.en} looks like a fraction; the value is in percent, e.g. 0.35 should be 35 (here: ${pct}).`,
      );
    }
    case 'unitSlip': {
      const p = comp?.plausible;
      const range = rangeText(p?.min, p?.max);
      return both((l) =>
        l === 'vi'
          ? `${subj.vi}: đã nhập ${v.vi}, ngoài khoảng hợp lý ${range.vi}. ${p?.message.vi ?? ''}`.trim()
          : `${subj.en}: ${v.en} is outside the plausible range ${range.en}. ${p?.message.en ?? ''}`.trim(),
      );
    }
    case 'zeroDenominator': {
      const f = ind?.formula;
      const den = f && f.kind === 'ratio' ? f.denominator : [id];
      const names = namesOf(ctx, den);
      return both((l) =>
        l === 'vi'
          ? `Chỉ số ${indTitle.vi}: mẫu số (${names.vi}) bằng 0, trống hoặc không phải số (đã nhập ${v.vi}), nên không tính được giá trị. Cần một số lớn hơn 0.`
          : `Indicator ${indTitle.en}: the denominator (${names.en}) is zero, blank or not a number (entered ${v.en}), so no value can be computed. Expected a number above 0.`,
      );
    }
    case 'jump': {
      const prev = showValue(cell({ ref: 'previous', component: id }));
      const factor = comp?.jumpFactor ?? ctx.catalog.settings.jumpFactor;
      const jump = both((l) =>
        l === 'vi'
          ? `${subj.vi}: đã nhập ${v.vi}, năm trước ${prev.vi}: thay đổi quá ${factor} lần.`
          : `${subj.en}: ${v.en} against ${prev.en} last year: a change of more than ${factor}x.`,
      );
      const why = comp ? mergerReason(ctx.catalog, comp, province) : null;
      return both((l) =>
        why
          ? `${jump[l]} ${why[l]}`
          : l === 'vi'
            ? `${jump.vi} Kiểm tra đơn vị và số liệu; nếu đúng, ghi rõ lý do.`
            : `${jump.en} Check the unit and the figure; if it is right, note why.`,
      );
    }
    case 'missingEvidence': {
      const entered = showValue(valueOf(id));
      return both((l) =>
        l === 'vi'
          ? `${subj.vi}: giá trị ${entered.vi} chưa có minh chứng. Cần ghi số, ngày văn bản, cơ quan ban hành và tệp hoặc đường dẫn.`
          : `${subj.en}: the value ${entered.en} has no evidence recorded. Expected document number, date, issuing body and a file or link.`,
      );
    }
    case 'benchmarkMissing': {
      const min = showValue(cell({ ref: 'benchmarkMin', indicator: check.indicator ?? '' }));
      const max = showValue(cell({ ref: 'benchmarkMax', indicator: check.indicator ?? '' }));
      return both((l) =>
        l === 'vi'
          ? `Chỉ số ${indTitle.vi}: chưa có mốc so sánh dạng số (min ${min.vi}, max ${max.vi}), nên không tính được điểm. Nhập min và max quốc gia từ hồ sơ tỉnh đã công bố.`
          : `Indicator ${indTitle.en}: no numeric benchmarks (min ${min.en}, max ${max.en}), so no score can be computed. Enter the national min and max from the published profile.`,
      );
    }
    case 'benchmarkOrder': {
      const min = showValue(cell({ ref: 'benchmarkMin', indicator: check.indicator ?? '' }));
      return both((l) =>
        l === 'vi'
          ? `Chỉ số ${indTitle.vi}: mốc max ${v.vi} phải lớn hơn mốc min ${min.vi}.`
          : `Indicator ${indTitle.en}: benchmark max ${v.en} must be greater than min ${min.en}.`,
      );
    }
    case 'partOfWhole': {
      const rule = ctx.catalog.rules.find((r) => `partOfWhole:${r.id}` === check.ruleId);
      if (!rule) break;
      const part = namesOf(ctx, rule.part);
      const whole = namesOf(ctx, rule.whole);
      const ps = showNumber(sumOf(rule.part, valueOf));
      const ws = showNumber(sumOf(rule.whole, valueOf));
      return both((l) =>
        l === 'vi'
          ? `${subj.vi}: ${rule.message.vi}. Đã nhập ${part.vi} = ${ps.vi}, lớn hơn ${whole.vi} = ${ws.vi}. Cần phần ≤ tổng.`
          : `${subj.en}: ${rule.message.en}. Entered ${part.en} = ${ps.en}, more than ${whole.en} = ${ws.en}. Expected part <= whole.`,
      );
    }
    case 'indicatorPlausible': {
      const p = ind?.plausible;
      if (!ind || !p) break;
      const f = ind.formula;
      const x = showNumber(
        f.kind === 'direct'
          ? sumOf([f.value], valueOf)
          : (sumOf(f.numerator, valueOf) / sumOf(f.denominator, valueOf)) * f.scale,
      );
      const range = rangeText(p.min, p.max);
      const parts = f.kind === 'direct' ? [f.value] : [...f.numerator, ...f.denominator];
      const names = namesOf(ctx, parts);
      return both((l) =>
        l === 'vi'
          ? `Chỉ số ${indTitle.vi} = ${x.vi} ${ind.unit.vi}, ngoài khoảng hợp lý ${range.vi}. ${p.message.vi} Kiểm tra ${names.vi}.`
          : `Indicator ${indTitle.en} = ${x.en} ${ind.unit.en}, outside the plausible range ${range.en}. ${p.message.en} Check ${names.en}.`,
      );
    }
  }
  return both((l) =>
    l === 'vi' ? `${subj.vi}: vi phạm quy tắc ${check.ruleId}.` : `${subj.en}: breaks rule ${check.ruleId}.`,
  );
}

/** Why an indicator has no value although its components are numbers: one carries an error. */
export function withheldMessage(ind: Indicator, err: Finding): Text {
  const t = indicatorTitle(ind);
  const kind = err.ruleId.startsWith('partOfWhole:') ? 'partOfWhole' : err.ruleId;
  const label = kind in LABELS ? LABELS[kind as keyof typeof LABELS] : undefined;
  return both((l) =>
    l === 'vi'
      ? `Chỉ số ${t.vi}: không tính giá trị và điểm vì số liệu thành phần có lỗi chưa sửa${label ? ` (${label.vi})` : ''}: ${err.message.vi}`
      : `Indicator ${t.en}: no value and no score, because a component carries an unfixed error${label ? ` (${label.en})` : ''}: ${err.message.en}`,
  );
}

/** Error-severity findings still standing: any aggregate built while they remain says so. */
export function countErrors(findings: readonly Finding[]): number {
  let n = 0;
  for (const f of findings) if (f.severity === 'error') n++;
  return n;
}

/** "3 lỗi chưa sửa" / "3 errors not fixed", the count formatted per language. */
export function unfixedErrorsText(count: number): Text {
  const vi = new Intl.NumberFormat('vi-VN').format(count);
  const en = new Intl.NumberFormat('en-US').format(count);
  return { vi: `${vi} lỗi chưa sửa`, en: `${en} ${count === 1 ? 'error' : 'errors'} not fixed` };
}
