// Public entry points: one province against benchmarks, or many provinces scored together.
import type { Catalog, ProvinceInput } from '../catalog';
import { deriveBenchmarks, suppliedBenchmarks } from './benchmarks';
import type { DerivedBenchmarks } from './normalise';
import {
  assemble,
  baseSteps,
  DEFAULT_STRENGTHS_COUNT,
  prepare,
  scoresStage,
  valuesStage,
  type Prepared,
} from './pipeline';
import { rankAll, rankAmong } from './rank';
import { sortDesc } from './sort';
import type { Aggregate, Benchmarks, ProvincesResult, Rank, ScoreOptions, ScoreResult, Step } from './types';

/** Vietnamese alphabetical order (Ă after A, Đ after D), for provinces that share a rank. One
 * collator for the whole sort: `localeCompare(b, 'vi')` builds one per comparison. */
const VI_ORDER = new Intl.Collator('vi');

export function scoreProvince(
  catalog: Catalog,
  input: ProvinceInput,
  options: ScoreOptions = {},
): ScoreResult {
  const p = prepare(catalog);
  const count = options.strengthsCount ?? DEFAULT_STRENGTHS_COUNT;
  const v = valuesStage(
    p,
    input,
    options.benchmarks === undefined && input.benchmarks !== undefined,
    options.province,
    options.source,
  );
  const benchmarks = options.benchmarks ?? suppliedBenchmarks(catalog, v.input);
  const s = scoresStage(p, v.values, benchmarks, false);
  const peers = options.peers ? Object.values(options.peers).filter((x) => Number.isFinite(x)) : undefined;
  const rank = peers && s.pii.score !== null ? rankAmong(s.pii.score, peers) : null;
  const steps = [
    ...baseSteps(p, 'supplied', count),
    { name: 'rank', params: { among: peers ? 'published peer scores' : 'none', peers: peers?.length ?? 0 } },
  ];
  return assemble(p, v, s, benchmarks, undefined, count, rank, steps);
}

/** The indicator codes whose benchmarks are derived: those `supplied` does not give (all without it). */
function derivedCodes(p: Prepared, supplied: Benchmarks | undefined): DerivedBenchmarks {
  if (!supplied) return true;
  return new Set(p.order.filter((code) => !Object.prototype.hasOwnProperty.call(supplied, code)));
}

/**
 * Every province of an edition at once: benchmarks are min/max over the set (unless given in
 * options; a province's own benchmarks are ignored so all share one scale), strengths rank each
 * indicator among the provinces, and the PII is ranked.
 */
export function scoreProvinces(
  catalog: Catalog,
  inputs: Record<string, ProvinceInput>,
  options: ScoreOptions = {},
): ProvincesResult {
  const p = prepare(catalog);
  const count = options.strengthsCount ?? DEFAULT_STRENGTHS_COUNT;
  const names = Object.keys(inputs);
  const valueStages = names.map((n) => valuesStage(p, inputs[n], false, n, options.source));
  const derived = deriveBenchmarks(
    catalog,
    valueStages.map((v) => v.values),
  );
  const benchmarks = { ...derived, ...(options.benchmarks ?? {}) };
  const source = options.benchmarks ? 'supplied' : 'derived';
  const fromProvinces = derivedCodes(p, options.benchmarks);
  const scoreStages = valueStages.map((v) => scoresStage(p, v.values, benchmarks, fromProvinces));
  const peerScores: Record<string, number[]> = {};
  for (const code of p.order) {
    peerScores[code] = sortDesc(
      scoreStages.map((s) => s.indicators[code].score).filter((x): x is number => x !== null),
    );
  }
  const ranks = rankAll(Object.fromEntries(names.map((n, i) => [n, scoreStages[i].pii.score])));
  const steps = [
    ...baseSteps(p, source, count),
    { name: 'rank', params: { among: 'provinces scored together', provinces: names.length } },
  ];
  const provinces: Record<string, ScoreResult> = {};
  names.forEach((n, i) => {
    provinces[n] = assemble(
      p,
      valueStages[i],
      scoreStages[i],
      benchmarks,
      peerScores,
      count,
      ranks[n],
      steps,
    );
  });
  const ranking = names
    .map((n) => ({ province: n, pii: provinces[n].pii.score, rank: ranks[n] }))
    .sort(
      (a, b) =>
        (a.rank?.position ?? Infinity) - (b.rank?.position ?? Infinity) ||
        VI_ORDER.compare(a.province, b.province),
    );
  return { provinces, benchmarks, ranking, steps };
}

/** What a province's line in a ranking table needs, kept for every province by the lazy form. */
export interface ProvinceSummary {
  input: Aggregate;
  output: Aggregate;
  pii: Aggregate;
  /** How many findings its full result holds. */
  findings: number;
}

/**
 * scoreProvinces without holding every province's full result: the shared parts (benchmarks,
 * ranking, steps, a summary per province) are computed at once, each province's full result when
 * asked for (and again if asked again). Results are identical to scoreProvinces' (tested). Memory is
 * the inputs plus numbers per province and indicator, instead of every finding of every province:
 * a file of 4,000 provinces whose every value is text ("12,5") held 590 MB of findings.
 */
export interface LazyProvinces {
  benchmarks: Benchmarks;
  ranking: ProvincesResult['ranking'];
  steps: Step[];
  summaries: Record<string, ProvinceSummary>;
  /** One province's full result, as scoreProvinces(...).provinces[name]. */
  province(name: string): ScoreResult;
}

/** See LazyProvinces. Same arguments and options as scoreProvinces. */
export function scoreProvincesLazily(
  catalog: Catalog,
  inputs: Record<string, ProvinceInput>,
  options: ScoreOptions = {},
): LazyProvinces {
  const p = prepare(catalog);
  const count = options.strengthsCount ?? DEFAULT_STRENGTHS_COUNT;
  const names = Object.keys(inputs);
  // Pass 1: values only; each province's findings are dropped as soon as they are counted.
  const values: Record<string, number | null>[] = [];
  const valueFindings: number[] = [];
  for (const n of names) {
    const v = valuesStage(p, inputs[n], false, n, options.source);
    values.push(v.values);
    valueFindings.push(v.findings.length);
  }
  const derived = deriveBenchmarks(catalog, values);
  const benchmarks = { ...derived, ...(options.benchmarks ?? {}) };
  const source = options.benchmarks ? 'supplied' : 'derived';
  const fromProvinces = derivedCodes(p, options.benchmarks);
  // Pass 2: scores, kept as numbers per indicator, and the aggregates of each province.
  const scores: Record<string, number | null>[] = [];
  const summaries: Record<string, ProvinceSummary> = {};
  names.forEach((n, i) => {
    const s = scoresStage(p, values[i], benchmarks, fromProvinces);
    scores.push(s.scores);
    summaries[n] = {
      input: s.input,
      output: s.output,
      pii: s.pii,
      findings: valueFindings[i] + s.findings.length,
    };
  });
  const peerScores: Record<string, number[]> = {};
  for (const code of p.order) {
    const present: number[] = [];
    for (const sc of scores) {
      const x = sc[code];
      if (x !== null) present.push(x);
    }
    peerScores[code] = sortDesc(present);
  }
  const ranks: Record<string, Rank | null> = rankAll(
    Object.fromEntries(names.map((n) => [n, summaries[n].pii.score])),
  );
  const steps = [
    ...baseSteps(p, source, count),
    { name: 'rank', params: { among: 'provinces scored together', provinces: names.length } },
  ];
  const ranking = names
    .map((n) => ({ province: n, pii: summaries[n].pii.score, rank: ranks[n] }))
    .sort(
      (a, b) =>
        (a.rank?.position ?? Infinity) - (b.rank?.position ?? Infinity) ||
        VI_ORDER.compare(a.province, b.province),
    );
  const index = new Map(names.map((n, i) => [n, i]));
  return {
    benchmarks,
    ranking,
    steps,
    summaries,
    province(name) {
      const i = index.get(name);
      if (i === undefined) throw new Error(`no province ${JSON.stringify(name)} in this set`);
      const v = valuesStage(p, inputs[name], false, name, options.source);
      const s = scoresStage(p, v.values, benchmarks, fromProvinces);
      return assemble(p, v, s, benchmarks, peerScores, count, ranks[name], steps);
    },
  };
}
