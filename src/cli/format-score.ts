// `pii score` as readable bilingual tables. Rounding to 2 decimals happens only here.
import type { Catalog } from '../catalog';
import type { LazyProvinces, ScoreResult } from '../scoring';
import { OTHER_LABELS } from '../messages/findings';
import { LABELS, unfixedErrorsText, type CheckRule, type Finding, type OtherRule } from '../validation';
import { bi } from './io';
import { message } from './messages';
import { fmt, table } from './table';

const SEVERITY: Record<Finding['severity'], string> = {
  error: short(message('severityError')),
  warning: short(message('severityWarning')),
  info: short(message('severityInfo')),
};

/** "lỗi/error": both languages without spaces, for the findings' tags. */
function short(t: { vi: string; en: string }): string {
  return `${t.vi}/${t.en}`;
}

function formatFindings(findings: Finding[]): string[] {
  if (findings.length === 0) return [bi(message('noFindings'))];
  const out = [`${bi(message('labelFindings'))} (${findings.length}):`];
  for (const f of findings) {
    // The rule in words (its id stays in --json, for tools).
    const kind = f.ruleId.startsWith('partOfWhole:') ? 'partOfWhole' : f.ruleId;
    const text = kind in LABELS ? LABELS[kind as CheckRule] : OTHER_LABELS[kind as OtherRule];
    const label = text ? ` ${bi(text)}` : '';
    out.push(`  [${SEVERITY[f.severity]}]${label}`, `      ${f.message.vi}`, `      ${f.message.en}`);
  }
  return out;
}

/** Appends `lines` one by one (a spread into push overflows the stack past ~100,000 lines). */
function append(out: string[], lines: string[]): void {
  for (const s of lines) out.push(s);
}

export function formatScore(c: Catalog, r: ScoreResult): string[] {
  const out: string[] = [bi(c.name), ''];
  const short = (code: string) => {
    const i = c.indicators.find((x) => x.code === code);
    return i ? (i.shortName ?? i.name).vi : code;
  };
  out.push(
    ...table(
      [bi(message('labelIndicator')), bi(message('labelValue')), bi(message('labelScore'))],
      c.indicators.map((i) => [
        `${i.code} ${short(i.code)}`,
        fmt(r.indicators[i.code].value),
        `${fmt(r.indicators[i.code].score)}${r.indicators[i.code].clamped ? '*' : ''}`,
      ]),
      [1, 2],
    ),
    '',
  );
  out.push(
    ...table(
      [bi(message('labelPillar')), bi(message('labelScore')), bi(message('labelIndicators'))],
      c.pillars.map((p) => [
        `${p.code} ${bi(p.name)}`,
        fmt(r.pillars[p.code].score),
        `${r.pillars[p.code].present}/${r.pillars[p.code].defined}`,
      ]),
      [1, 2],
    ),
    '',
  );
  // An aggregate built while errors remain says so beside it (their figures were left out).
  const errors = r.unfixedErrors;
  const unfixed = (score: number | null) =>
    score !== null && errors > 0 ? `  ⛔ ${bi(unfixedErrorsText(errors))}` : '';
  out.push(
    `${bi(message('labelInput'))}:  ${fmt(r.input.score)}  (${r.input.present}/${r.input.defined})${unfixed(r.input.score)}`,
    `${bi(message('labelOutput'))}:  ${fmt(r.output.score)}  (${r.output.present}/${r.output.defined})${unfixed(r.output.score)}`,
    `PII:              ${fmt(r.pii.score)}  (${r.pii.present}/${r.pii.defined})${unfixed(r.pii.score)}`,
  );
  if (r.rank) out.push(`${bi(message('labelRank'))}:  ${r.rank.position}/${r.rank.of}`);
  out.push(`  ${r.coverage.note.vi}`, `  ${r.coverage.note.en}`, '');
  const list = (xs: ScoreResult['strengths']) =>
    xs.length ? xs.map((x) => `${x.indicator} (${fmt(x.score)})`).join(', ') : '–';
  out.push(
    `${bi(message('labelStrengths'))}:   ${list(r.strengths)}`,
    `${bi(message('labelWeaknesses'))}:   ${list(r.weaknesses)}`,
  );
  out.push(`  ${r.strengthsBasis.note.vi}`, `  ${r.strengthsBasis.note.en}`, '');
  append(out, formatFindings(r.findings));
  return out;
}

/**
 * Several provinces' results as text: ranking table, benchmarks (derived, or from the file for the
 * indicator codes in `supplied`, marked *), each province's findings.
 * Lines come one at a time and each province's full result is computed for its own section only,
 * so tens of thousands of provinces never sit in memory at once.
 */
export function* formatProvinces(
  c: Catalog,
  r: LazyProvinces,
  supplied: ReadonlySet<string> = new Set(),
): Generator<string> {
  yield bi(c.name);
  yield '';
  yield* table(
    [
      bi(message('labelRankShort')),
      bi(message('labelProvince')),
      bi(message('labelInput')),
      bi(message('labelOutput')),
      'PII',
      bi(message('labelFindings')),
    ],
    r.ranking.map((x) => {
      const p = r.summaries[x.province];
      return [
        x.rank ? String(x.rank.position) : '–',
        x.province,
        fmt(p.input.score),
        fmt(p.output.score),
        fmt(p.pii.score),
        String(p.findings),
      ];
    }),
    [0, 2, 3, 4, 5],
  );
  yield '';
  yield supplied.size === 0
    ? `${bi(message('benchmarksDerived'))}:`
    : bi(message('benchmarksPartlySupplied'));
  yield* table(
    [bi(message('labelIndicator')), 'Min', 'Max'],
    c.indicators.map((i) => [
      `${i.code}${supplied.has(i.code) ? '*' : ''}`,
      fmt(r.benchmarks[i.code]?.min),
      fmt(r.benchmarks[i.code]?.max),
    ]),
    [1, 2],
  );
  for (const x of r.ranking) {
    yield '';
    yield `== ${x.province} ==`;
    yield* formatFindings(r.province(x.province).findings);
  }
}
