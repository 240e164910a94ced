export * from './types';
export {
  scoreProvince,
  scoreProvinces,
  scoreProvincesLazily,
  type LazyProvinces,
  type ProvinceSummary,
} from './score';
export { whatIf } from './whatif';
export { blockingErrors, indicatorValue, indicatorValues, type Blocking } from './values';
export { normalise, minMaxScore } from './normalise';
export { aggregate, structure, type Structure, type Aggregates } from './aggregate';
export { strengthsWeaknesses } from './strengths';
export { sortDesc } from './sort';
export { rankAll, rankAmong } from './rank';
export { deriveBenchmarks, suppliedBenchmarks } from './benchmarks';
export { meanOfPresent } from './mean';
export type { CellValue, ProvinceInput } from '../catalog';
