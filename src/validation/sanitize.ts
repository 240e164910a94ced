// Input from JSON or a caller may hold what no cell can: NaN, Infinity (JSON 1e999), objects,
// arrays. They become blank cells plus a finding, so nothing downstream ever sees them.
import type { Catalog, CellValue, ProvinceInput, Text } from '../catalog';
import type { Ref } from '../expr';
import { FINDINGS } from '../messages/findings';
import { showValue } from './format';
import { componentSubject, indicatorTitle, messageContext, type MessageContext } from './messages';
import type { Finding } from './types';
import { COMPONENT_FIELDS, inputSection, type InputSection } from '../catalog/fields';

type Section = InputSection;

/**
 * Unknown ids listed one finding each, per section; the rest are counted in one more finding. A
 * file with millions of unknown keys must not hold millions of findings (memory) or print them.
 */
export const MAX_UNKNOWN_LISTED = 20;

/** The one finding that stands for `n` unknown ids beyond the listed ones. */
function moreUnknown(
  n: number,
  ruleId: 'unknownComponent' | 'unknownIndicator',
  where: string,
  edition: string,
): Finding {
  return {
    checkId: `${ruleId}:${where}:+${n}`,
    ruleId,
    severity: 'warning',
    target:
      ruleId === 'unknownComponent'
        ? { ref: where === 'values' ? 'value' : (where as Exclude<Section, 'values'>), component: '' }
        : { ref: 'benchmarkMin', indicator: '' },
    value: null,
    message: FINDINGS.text(
      ruleId === 'unknownComponent' ? 'moreUnknownComponents' : 'moreUnknownIndicators',
      {
        count: n,
        section: where,
        edition,
      },
    ),
  };
}
const SECTION_TEXT: Record<Section, Text> = {
  values: FINDINGS.text('sectionValues'),
  previous: FINDINGS.text('sectionPrevious'),
  evidence: FINDINGS.text('sectionEvidence'),
  evidenceDate: FINDINGS.text('sectionEvidenceDate'),
  evidenceIssuer: FINDINGS.text('sectionEvidenceIssuer'),
  evidenceLink: FINDINGS.text('sectionEvidenceLink'),
};

/** What a value no cell can hold is, in words: "an object {...}", "an array [...]", "a function". */
function describe(raw: unknown): Text {
  if (Array.isArray(raw)) return FINDINGS.text('anArray');
  if (raw === undefined) return { vi: 'undefined', en: 'undefined' };
  if (typeof raw === 'object') return FINDINGS.text('anObject');
  return FINDINGS.text('ofType', { type: typeof raw });
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
    message: FINDINGS.text(nonFinite ? (Number.isNaN(raw) ? 'notANumber' : 'beyondRange') : 'noCellHolds', {
      subject: subj,
      what,
      shown: nonFinite ? '' : describe(raw),
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
      message: FINDINGS.text('sectionNotObject', { section }),
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
        message: FINDINGS.text('unknownComponent', { id, section, edition: ctx.catalog.edition }),
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
      message: FINDINGS.text('benchmarksNotObject'),
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
        message: FINDINGS.text('unknownIndicator', { code, edition: ctx.catalog.edition }),
      });
      continue;
    }
    const title = () => indicatorTitle(ind);
    const obj =
      typeof b === 'object' && b !== null && !Array.isArray(b) ? (b as Record<string, unknown>) : {};
    const extra = { indicator: code };
    result[code] = {
      min: cleanCell(obj.min ?? null, title, FINDINGS.text('benchmarkMinWord'), min, out, extra),
      max: cleanCell(
        obj.max ?? null,
        title,
        FINDINGS.text('benchmarkMaxWord'),
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
  const input: ProvinceInput = { values: {} };
  for (const field of COMPONENT_FIELDS) {
    const section = inputSection(field);
    input[section] = cleanSection(ctx, section, o[section], findings);
  }
  const benchmarks = cleanBenchmarks(ctx, o.benchmarks, findings);
  if (benchmarks !== undefined) input.benchmarks = benchmarks;
  return { input, findings };
}

export { showValue };
