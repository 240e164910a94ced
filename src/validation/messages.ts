// Full bilingual messages for findings: they name the indicator (code and short name), the value
// as entered and what is expected. Built only for violated checks.
import { formulaComponents, formulaValue, shortNameOf } from '../catalog/lookup';
import { formedFrom, MERGER_YEAR } from '../catalog/provinces';
import type { Catalog, CellValue, Component, Indicator, Text } from '../catalog';
import { both, rangeText, showNumber, showValue } from './format';
import { listText } from '../messages/format';
import { EXCEL_ERROR, textHint, thousandsDotHint, type FigureSource } from './hints';
import { asShown, dateText, EVIDENCE_DATE_MAX, EVIDENCE_DATE_MIN, EVIDENCE_PARTS } from '../catalog/evidence';
import { EVIDENCE_PART_NAMES, FINDINGS, RULE_LABELS } from '../messages/findings';
import { build, evaluateExpr } from '../expr';
import type { CellCheck, CheckRule, Finding } from './types';

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

export const indicatorTitle = (ind: Indicator): Text =>
  FINDINGS.text('indicatorTitle', { code: ind.code, name: shortNameOf(ind) });

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
  return FINDINGS.text('mergerReason', { province, year: String(MERGER_YEAR), list: from.join(', ') });
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
  const name = c ? c.name : { vi: id, en: id };
  const unit = unitSuffix(c);
  if (users.length === 0) return both((l) => `${name[l]}${unit[l]}`);
  const list = both((l) => users.map((u) => indicatorTitle(u)[l]).join('; '));
  return FINDINGS.text('subjectUsedBy', { name, unit, list, count: users.length });
}

const unitSuffix = (c: Component | undefined): Text =>
  both((l) => (c?.unit[l] ? FINDINGS.text('unitSuffix', { unit: c.unit })[l] : ''));

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
  /** Where the figures were typed (see ValidateOptions.source): hints speak of Excel or of the file. */
  source?: FigureSource;
  /** Components whose value carries an error finding: a message never quotes a value built on them. */
  blocked?: ReadonlySet<string>;
}

export function checkMessage(
  ctx: MessageContext,
  { check, value, cell, province, source, blocked }: MessageInput,
): Text {
  const id = check.component ?? '';
  const comp = ctx.components.get(id);
  const subject = componentSubject(ctx, id);
  const v = showValue(value);
  const kind = check.ruleId.startsWith('partOfWhole:') ? 'partOfWhole' : check.ruleId;
  const ind = check.indicator ? ctx.indicators.get(check.indicator) : undefined;
  const indicator = ind ? indicatorTitle(ind) : { vi: check.indicator ?? '', en: check.indicator ?? '' };
  const valueOf = (cid: string) => cell({ ref: 'value', component: cid });
  const benchmark = (ref: 'benchmarkMin' | 'benchmarkMax') =>
    showValue(cell({ ref, indicator: check.indicator ?? '' }));

  switch (kind) {
    case 'missing':
      return FINDINGS.text('missing', { subject, unit: unitSuffix(comp) });
    case 'notNumber': {
      const hint = textHint(typeof value === 'string' ? value : String(value), source);
      // An error value was not typed: a formula in the cell produced it.
      if (typeof value === 'string' && EXCEL_ERROR.test(value.trim()))
        return FINDINGS.text('errorValue', { subject, hint });
      return FINDINGS.text('notNumber', { subject, value: v, hint });
    }
    case 'notInteger': {
      const dot = typeof value === 'number' ? thousandsDotHint(value) : undefined;
      return FINDINGS.text('notInteger', { subject, value: v, hint: dot ? both((l) => ` ${dot[l]}`) : '' });
    }
    case 'negative':
      return FINDINGS.text('negative', { subject, value: v });
    case 'outOfRange':
      return FINDINGS.text('outOfRange', { subject, value: v, range: rangeText(comp?.min, comp?.max) });
    case 'fractionPercent': {
      const percent = typeof value === 'number' ? showNumber(Math.round(value * 1e6) / 1e4) : '';
      return FINDINGS.text('fractionPercent', { subject, value: v, example: showNumber(0.35), percent });
    }
    case 'unitSlip': {
      const p = comp?.plausible;
      const text = FINDINGS.text('unitSlip', {
        subject,
        value: v,
        range: rangeText(p?.min, p?.max),
        why: p?.message ?? '',
      });
      return both((l) => text[l].trim());
    }
    case 'zeroDenominator': {
      const f = ind?.formula;
      const den = f && f.kind === 'ratio' ? f.denominator : [id];
      return FINDINGS.text('zeroDenominator', { indicator, names: namesOf(ctx, den), value: v });
    }
    case 'jump': {
      const previous = showValue(cell({ ref: 'previous', component: id }));
      const factor = comp?.jumpFactor ?? ctx.catalog.settings.jumpFactor;
      const jump = FINDINGS.text('jump', { subject, value: v, previous, factor });
      const why = (comp ? mergerReason(ctx.catalog, comp, province) : null) ?? FINDINGS.text('jumpAdvice');
      return both((l) => `${jump[l]} ${why[l]}`);
    }
    case 'missingEvidence':
      return FINDINGS.text('missingEvidence', { subject, value: showValue(valueOf(id)) });
    case 'evidencePart': {
      // Blank as the check sees it (all-space text too), by the same expression.
      const blank = EVIDENCE_PARTS.filter(
        (p) => evaluateExpr(build.isEmpty({ ref: p, component: id }), cell) === true,
      );
      const missing = both((l) =>
        listText(
          l,
          blank.map((p) => EVIDENCE_PART_NAMES[p][l]),
        ),
      );
      return FINDINGS.text('evidencePart', { subject, missing });
    }
    case 'evidenceDate':
      return FINDINGS.text('evidenceDate', {
        subject,
        // As the cell shows it: a year typed alone shows as 16/07/1905 in a date cell.
        value: showValue(asShown('evidenceDate', value)),
        from: dateText(EVIDENCE_DATE_MIN),
        to: dateText(EVIDENCE_DATE_MAX),
        example: '15/03/2025',
      });
    case 'benchmarkMissing':
      return FINDINGS.text('benchmarkMissing', {
        indicator,
        min: benchmark('benchmarkMin'),
        max: benchmark('benchmarkMax'),
      });
    case 'benchmarkOrder':
      return FINDINGS.text('benchmarkOrder', { indicator, value: v, min: benchmark('benchmarkMin') });
    case 'partOfWhole': {
      const rule = ctx.catalog.rules.find((r) => `partOfWhole:${r.id}` === check.ruleId);
      if (!rule) break;
      return FINDINGS.text('partOfWhole', {
        subject,
        rule: rule.message,
        part: namesOf(ctx, rule.part),
        partSum: showNumber(sumOf(rule.part, valueOf)),
        whole: namesOf(ctx, rule.whole),
        wholeSum: showNumber(sumOf(rule.whole, valueOf)),
      });
    }
    case 'indicatorPlausible': {
      const p = ind?.plausible;
      if (!ind || !p) break;
      const f = ind.formula;
      const x = formulaValue(f, (id) => sumOf([id], valueOf));
      const parts = f.kind === 'direct' ? [f.value] : [...f.numerator, ...f.denominator];
      // Built on a figure with an error: the indicator has no value, so none is quoted.
      if (blocked && parts.some((id) => blocked.has(id))) {
        return FINDINGS.text('indicatorPlausibleWithheld', {
          indicator,
          range: rangeText(p.min, p.max),
          why: p.message,
          names: namesOf(ctx, parts),
        });
      }
      // A value past the number range is said in words, never "+∞".
      return FINDINGS.text(Number.isFinite(x) ? 'indicatorPlausible' : 'indicatorPlausibleHuge', {
        indicator,
        value: showNumber(x),
        unit: ind.unit,
        range: rangeText(p.min, p.max),
        why: p.message,
        names: namesOf(ctx, parts),
      });
    }
  }
  const label = kind in RULE_LABELS ? RULE_LABELS[kind as CheckRule] : { vi: check.ruleId, en: check.ruleId };
  return FINDINGS.text('otherRule', { subject, rule: label });
}

/** Why an indicator has no value although its components are numbers: one carries an error. */
export function withheldMessage(ind: Indicator, err: Finding): Text {
  const kind = err.ruleId.startsWith('partOfWhole:') ? 'partOfWhole' : err.ruleId;
  const label = kind in RULE_LABELS ? RULE_LABELS[kind as CheckRule] : { vi: err.ruleId, en: err.ruleId };
  return FINDINGS.text('withheld', { indicator: indicatorTitle(ind), label, error: err.message });
}

/** Error-severity findings still standing: any aggregate built while they remain says so. */
export function countErrors(findings: readonly Finding[]): number {
  let n = 0;
  for (const f of findings) if (f.severity === 'error') n++;
  return n;
}

/** "3 lỗi chưa sửa" / "3 errors not fixed", the count formatted per language. */
export function unfixedErrorsText(count: number): Text {
  return FINDINGS.text('unfixedErrors', { count });
}
