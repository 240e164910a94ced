// What-if: the change at every level when one component takes a new value, everything else equal.
import type { Catalog, CellValue, ProvinceInput } from '../catalog';
import { scoreProvince } from './score';
import type { Aggregate, ScoreOptions, WhatIfResult } from './types';

const diff = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : b - a);

function diffMap(
  before: Record<string, Aggregate>,
  after: Record<string, Aggregate>,
): Record<string, number | null> {
  return Object.fromEntries(
    Object.keys(before).map((k) => [k, diff(before[k].score, after[k]?.score ?? null)]),
  );
}

export function whatIf(
  catalog: Catalog,
  input: ProvinceInput,
  componentId: string,
  newValue: CellValue,
  options?: ScoreOptions,
): WhatIfResult {
  const before = scoreProvince(catalog, input, options);
  const after = scoreProvince(
    catalog,
    { ...input, values: { ...input.values, [componentId]: newValue } },
    options,
  );
  return {
    component: componentId,
    before,
    after,
    delta: {
      indicators: Object.fromEntries(
        Object.keys(before.indicators).map((k) => [
          k,
          diff(before.indicators[k].score, after.indicators[k].score),
        ]),
      ),
      subPillars: diffMap(before.subPillars, after.subPillars),
      pillars: diffMap(before.pillars, after.pillars),
      input: diff(before.input.score, after.input.score),
      output: diff(before.output.score, after.output.score),
      pii: diff(before.pii.score, after.pii.score),
    },
  };
}
