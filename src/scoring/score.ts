// Public entry points: one province against benchmarks, or many provinces scored together.
import type { Catalog, ProvinceInput } from '../catalog';
import { deriveBenchmarks, suppliedBenchmarks } from './benchmarks';
import { assemble, baseSteps, DEFAULT_STRENGTHS_COUNT, prepare, scoresStage, valuesStage } from './pipeline';
import { rankAll, rankAmong } from './rank';
import { sortDesc } from './sort';
import type { ProvincesResult, ScoreOptions, ScoreResult } from './types';

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
  const v = valuesStage(p, input, options.benchmarks === undefined && input.benchmarks !== undefined);
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
  const valueStages = names.map((n) => valuesStage(p, inputs[n], false));
  const derived = deriveBenchmarks(
    catalog,
    valueStages.map((v) => v.values),
  );
  const benchmarks = { ...derived, ...(options.benchmarks ?? {}) };
  const source = options.benchmarks ? 'supplied' : 'derived';
  const scoreStages = valueStages.map((v) => scoresStage(p, v.values, benchmarks, source === 'derived'));
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
