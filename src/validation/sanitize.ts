// Input from JSON or a caller may hold what no cell can: NaN, Infinity (JSON 1e999), objects,
// arrays. They become blank cells plus a finding, so nothing downstream ever sees them.
import type { Catalog, CellValue, ProvinceInput, Text } from '../catalog';
import type { Ref } from '../expr';
import { both, showValue } from './format';
import { componentSubject, indicatorTitle, messageContext, type MessageContext } from './messages';
import type { Finding } from './types';

type Section = 'values' | 'previous' | 'evidence';

/**
 * Unknown ids listed one finding each, per section; the rest are counted in one more finding. A
 * file with millions of unknown keys must not hold millions of findings (memory) or print them.
 */
export const MAX_UNKNOWN_LISTED = 20;

const count = (x: number, lang: 'vi' | 'en'): string =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en').format(x);

/** The one finding that stands for `n` unknown ids beyond the listed ones. */
function moreUnknown(
  n: number,
  ruleId: 'unknownComponent' | 'unknownIndicator',
  where: string,
  edition: string,
): Finding {
  const kind =
    ruleId === 'unknownComponent'
      ? { vi: 'mã thành phần', en: 'component ids' }
      : { vi: 'mã chỉ số', en: 'indicator codes' };
  return {
    checkId: `${ruleId}:${where}:+${n}`,
    ruleId,
    severity: 'warning',
    target:
      ruleId === 'unknownComponent'
        ? { ref: where === 'values' ? 'value' : (where as 'previous' | 'evidence'), component: '' }
        : { ref: 'benchmarkMin', indicator: '' },
    value: null,
    message: {
      vi: `Còn ${count(n, 'vi')} ${kind.vi} khác (mục ${where}) không có trong danh mục ấn bản ${edition}; đã bỏ qua.`,
      en: `${count(n, 'en')} more ${kind.en} (section ${where}) are not in the ${edition} catalog; ignored.`,
    },
  };
}
const SECTION_TEXT: Record<Section, Text> = {
  values: { vi: 'giá trị', en: 'value' },
  previous: { vi: 'giá trị năm trước', en: "last year's value" },
  evidence: { vi: 'minh chứng', en: 'evidence' },
};

/** What a value no cell can hold is, in words: "an object {...}", "an array [...]", "a function". */
function describe(raw: unknown): Text {
  if (Array.isArray(raw)) return { vi: 'một mảng [...]', en: 'an array [...]' };
  if (raw === undefined) return { vi: 'undefined', en: 'undefined' };
  if (typeof raw === 'object') return { vi: 'một đối tượng {...}', en: 'an object {...}' };
  return { vi: `kiểu ${typeof raw}`, en: `of type ${typeof raw}` };
}

function cleanCell(
  raw: unknown,
  subject: () => Text,
  what: Text,
  target: Ref,
  out: Finding[],
  extra: Partial<Finding>,
): CellValue {
  if (raw === null || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  const nonFinite = typeof raw === 'number';
  const subj = subject();
  out.push({
    checkId: `${nonFinite ? 'invalidNumber' : 'invalidValue'}:${target.ref}:${'component' in target ? target.component : target.indicator}`,
    ruleId: nonFinite ? 'invalidNumber' : 'invalidValue',
    severity: 'error',
    target,
    value: null,
    ...extra,
    // Never "Infinity" or "NaN" in a message: the officer typed 1e309, or a program wrote NaN.
    message: nonFinite
      ? both((l) =>
          Number.isNaN(raw)
            ? l === 'vi'
              ? `${subj.vi}: ${what.vi} không phải là số (NaN, do chương trình tạo tệp ghi ra); coi như ô trống. Cần một số.`
              : `${subj.en}: the ${what.en} is not a number (NaN, written by the program that made the file); treated as blank. Expected a number.`
            : l === 'vi'
              ? `${subj.vi}: ${what.vi} là một số lớn hơn mức máy tính biểu diễn được (khoảng 1,8 × 10^308, như 1e309); coi như ô trống. Kiểm tra lại số và đơn vị.`
              : `${subj.en}: the ${what.en} is a number beyond what a computer can hold (about 1.8 × 10^308, as 1e309 is); treated as blank. Check the figure and its unit.`,
        )
      : both((l) => {
          const shown = describe(raw);
          return l === 'vi'
            ? `${subj.vi}: ${what.vi} là ${shown.vi}, không ô nào chứa được; coi như ô trống. Hãy ghi một số, một đoạn chữ hoặc để trống.`
            : `${subj.en}: the ${what.en} is ${shown.en}, which no cell can hold; treated as blank. Write a number, a text, or nothing.`;
        }),
  });
  return null;
}

function cleanSection(
  ctx: MessageContext,
  section: Section,
  raw: unknown,
  out: Finding[],
): Record<string, CellValue> {
  const result: Record<string, CellValue> = {};
  if (raw === undefined || raw === null) return result;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    out.push({
      checkId: `invalidValue:${section}`,
      ruleId: 'invalidValue',
      severity: 'error',
      target: { ref: section === 'values' ? 'value' : section, component: '' },
      value: null,
      message: {
        vi: `Mục "${section}" phải là một đối tượng {mã thành phần: giá trị}; đã bỏ qua.`,
        en: `Section "${section}" must be an object {component id: value}; ignored.`,
      },
    });
    return result;
  }
  const entries = raw as Record<string, unknown>;
  // Fast path: every key known and every value a proper cell value (the common case) -> the
  // caller's object is used as is (it is never mutated), saving a copy per province.
  let clean = true;
  for (const id in entries) {
    const v = entries[id];
    if (
      !ctx.components.has(id) ||
      !(
        v === null ||
        typeof v === 'string' ||
        typeof v === 'boolean' ||
        (typeof v === 'number' && Number.isFinite(v))
      )
    ) {
      clean = false;
      break;
    }
  }
  if (clean) return entries as Record<string, CellValue>;
  let unknown = 0;
  for (const id of Object.keys(entries)) {
    const v = entries[id];
    // Fast path: a known component holding a proper cell value (the common case) is copied as is.
    if (
      ctx.components.has(id) &&
      (v === null ||
        typeof v === 'string' ||
        typeof v === 'boolean' ||
        (typeof v === 'number' && Number.isFinite(v)))
    ) {
      result[id] = v;
      continue;
    }
    const target: Ref = { ref: section === 'values' ? 'value' : section, component: id };
    const subject = () => componentSubject(ctx, id); // built only when a message needs it
    if (!ctx.components.has(id)) {
      if (++unknown > MAX_UNKNOWN_LISTED) continue;
      out.push({
        checkId: `unknownComponent:${section}:${id}`,
        ruleId: 'unknownComponent',
        severity: 'warning',
        target,
        component: id,
        value: null,
        message: {
          vi: `Mã thành phần "${id}" (mục ${section}) không có trong danh mục ấn bản ${ctx.catalog.edition}; đã bỏ qua.`,
          en: `Component id "${id}" (section ${section}) is not in the ${ctx.catalog.edition} catalog; ignored.`,
        },
      });
      continue;
    }
    result[id] = cleanCell(v, subject, SECTION_TEXT[section], target, out, { component: id });
  }
  if (unknown > MAX_UNKNOWN_LISTED) {
    out.push(moreUnknown(unknown - MAX_UNKNOWN_LISTED, 'unknownComponent', section, ctx.catalog.edition));
  }
  return result;
}

function cleanBenchmarks(ctx: MessageContext, raw: unknown, out: Finding[]): ProvinceInput['benchmarks'] {
  if (raw === undefined) return undefined;
  const result: NonNullable<ProvinceInput['benchmarks']> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    out.push({
      checkId: 'invalidValue:benchmarks',
      ruleId: 'invalidValue',
      severity: 'error',
      target: { ref: 'benchmarkMin', indicator: '' },
      value: null,
      message: {
        vi: 'Mục "benchmarks" phải là đối tượng {mã chỉ số: {min, max}}; đã bỏ qua.',
        en: 'Section "benchmarks" must be an object {indicator code: {min, max}}; ignored.',
      },
    });
    return result;
  }
  let unknown = 0;
  for (const [code, b] of Object.entries(raw as Record<string, unknown>)) {
    const ind = ctx.indicators.get(code);
    const min: Ref = { ref: 'benchmarkMin', indicator: code };
    if (!ind) {
      if (++unknown > MAX_UNKNOWN_LISTED) continue;
      out.push({
        checkId: `unknownIndicator:${code}`,
        ruleId: 'unknownIndicator',
        severity: 'warning',
        target: min,
        indicator: code,
        value: null,
        message: {
          vi: `Mã chỉ số "${code}" (mục benchmarks) không có trong danh mục ấn bản ${ctx.catalog.edition}; đã bỏ qua.`,
          en: `Indicator code "${code}" (benchmarks) is not in the ${ctx.catalog.edition} catalog; ignored.`,
        },
      });
      continue;
    }
    const title = () => indicatorTitle(ind);
    const obj =
      typeof b === 'object' && b !== null && !Array.isArray(b) ? (b as Record<string, unknown>) : {};
    const extra = { indicator: code };
    result[code] = {
      min: cleanCell(obj.min ?? null, title, { vi: 'mốc min', en: 'benchmark min' }, min, out, extra),
      max: cleanCell(
        obj.max ?? null,
        title,
        { vi: 'mốc max', en: 'benchmark max' },
        { ref: 'benchmarkMax', indicator: code },
        out,
        extra,
      ),
    };
  }
  if (unknown > MAX_UNKNOWN_LISTED) {
    out.push(
      moreUnknown(unknown - MAX_UNKNOWN_LISTED, 'unknownIndicator', 'benchmarks', ctx.catalog.edition),
    );
  }
  return result;
}

/**
 * A ProvinceInput whose every cell is a CellValue (finite numbers only), plus a finding for each
 * value that had to be blanked or ignored. Accepts anything: use it on parsed JSON.
 */
export function validateJsonValues(
  catalog: Catalog,
  raw: unknown,
  ctx: MessageContext = messageContext(catalog),
): { input: ProvinceInput; findings: Finding[] } {
  const findings: Finding[] = [];
  const o =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const input: ProvinceInput = {
    values: cleanSection(ctx, 'values', o.values, findings),
    previous: cleanSection(ctx, 'previous', o.previous, findings),
    evidence: cleanSection(ctx, 'evidence', o.evidence, findings),
  };
  const benchmarks = cleanBenchmarks(ctx, o.benchmarks, findings);
  if (benchmarks !== undefined) input.benchmarks = benchmarks;
  return { input, findings };
}

export { showValue };
