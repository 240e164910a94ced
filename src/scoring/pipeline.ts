// The named steps wired together. Everything catalog-derived (checks, message maps, structure) is
// prepared once, so scoring 63 provinces does not redo it 63 times.
import { memoByContent, type Catalog, type ProvinceInput } from '../catalog';
import {
  cellChecks,
  countErrors,
  messageContext,
  runChecks,
  type CellCheck,
  type Finding,
  type MessageContext,
} from '../validation';
import { FINDINGS } from '../messages/findings';
import type { FigureSource } from '../validation/hints';
import { aggregate, structure, type Aggregates, type Structure } from './aggregate';
import { normalise, type DerivedBenchmarks } from './normalise';
import { strengthsWeaknesses } from './strengths';
import type { Benchmarks, IndicatorResult, Rank, ScoreResult, Step } from './types';
import { blockingErrors, indicatorValues } from './values';

export const DEFAULT_STRENGTHS_COUNT = 10;

export interface Prepared {
  catalog: Catalog;
  checks: CellCheck[];
  ctx: MessageContext;
  structure: Structure;
  order: string[];
}

function build(catalog: Catalog): Prepared {
  return {
    catalog,
    checks: cellChecks(catalog),
    ctx: messageContext(catalog),
    structure: structure(catalog),
    order: catalog.indicators.map((i) => i.code),
  };
}

/** Everything a catalog implies for scoring, built once per catalog content. */
export const prepare = memoByContent(build);

export interface ValuesStage {
  input: ProvinceInput;
  values: Record<string, number | null>;
  findings: Finding[];
}

/** validate (sanitise + cell checks) then indicatorValues; `province`, `source` as in ValidateOptions. */
export function valuesStage(
  p: Prepared,
  raw: ProvinceInput,
  checkBenchmarks: boolean,
  province?: string,
  source?: FigureSource,
): ValuesStage {
  const options = { benchmarks: checkBenchmarks, province, source };
  const { input, findings } = runChecks(p.catalog, p.checks, raw, options, p.ctx);
  const v = indicatorValues(p.catalog, input.values, blockingErrors(findings));
  return { input, values: v.values, findings: [...findings, ...v.findings] };
}

export interface ScoresStage extends Aggregates {
  indicators: Record<string, IndicatorResult>;
  /** Each indicator's score, for aggregate and strengthsWeaknesses. */
  scores: Record<string, number | null>;
  findings: Finding[];
}

/** normalise then aggregate. */
export function scoresStage(
  p: Prepared,
  values: Record<string, number | null>,
  benchmarks: Benchmarks,
  derived: DerivedBenchmarks,
): ScoresStage {
  const n = normalise(p.catalog, values, benchmarks, derived);
  const scores: Record<string, number | null> = {};
  for (const code of p.order) scores[code] = n.indicators[code].score;
  return { indicators: n.indicators, scores, findings: n.findings, ...aggregate(p.structure, scores) };
}

export function baseSteps(p: Prepared, benchmarks: 'supplied' | 'derived', count: number): Step[] {
  return [
    { name: 'validate', params: { checks: p.checks.length, benchmarkChecks: benchmarks === 'supplied' } },
    {
      name: 'indicatorValues',
      params: {
        ratio: 'SUM(numerator)/SUM(denominator)*scale',
        requires: 'every component a number without an error finding, denominator > 0',
      },
    },
    {
      name: 'normalise',
      params: { method: 'min-max', range: [0, 100], lowerIsBetter: 'reversed', clamp: true, benchmarks },
    },
    {
      name: 'aggregate',
      params: {
        method: 'arithmetic mean',
        weights: 'equal',
        missing: 'mean over present, no imputation',
        pii: '(Input + Output) / 2',
      },
    },
    { name: 'strengthsWeaknesses', params: { count, alwaysStrengthIfRankAtMost: 3 } },
  ];
}

export function assemble(
  p: Prepared,
  v: ValuesStage,
  s: ScoresStage,
  benchmarks: Benchmarks,
  peerScores: Record<string, number[]> | undefined,
  count: number,
  rank: Rank | null,
  steps: Step[],
): ScoreResult {
  const sw = strengthsWeaknesses(p.order, s.scores, peerScores, count);
  const framework = p.catalog.frameworkIndicatorCount;
  const present = s.pii.present;
  const defined = s.pii.defined;
  return {
    edition: p.catalog.edition,
    indicators: s.indicators,
    subPillars: s.subPillars,
    pillars: s.pillars,
    input: s.input,
    output: s.output,
    pii: s.pii,
    coverage: {
      present,
      defined,
      ...(framework !== undefined ? { framework } : {}),
      note:
        framework !== undefined
          ? FINDINGS.text('coverageFramework', { present, defined, framework })
          : FINDINGS.text('coverage', { present, defined }),
    },
    benchmarks,
    findings: [...v.findings, ...s.findings],
    unfixedErrors: countErrors(v.findings) + countErrors(s.findings),
    strengths: sw.strengths,
    weaknesses: sw.weaknesses,
    strengthsBasis: sw.basis,
    rank,
    steps,
  };
}
