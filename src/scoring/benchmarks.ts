// Where benchmarks come from: a province's own input (the national min/max printed in its
// published profile), or derived as min/max over a set of provinces scored together (the
// Ministry's method).
import type { Catalog, ProvinceInput } from '../catalog';
import type { Benchmarks } from './types';

export function suppliedBenchmarks(catalog: Catalog, input: ProvinceInput): Benchmarks {
  const out: Benchmarks = {};
  for (const ind of catalog.indicators) {
    const b = input.benchmarks?.[ind.code];
    out[ind.code] =
      b && typeof b.min === 'number' && typeof b.max === 'number' ? { min: b.min, max: b.max } : null;
  }
  return out;
}

export function deriveBenchmarks(catalog: Catalog, valueSets: Record<string, number | null>[]): Benchmarks {
  const out: Benchmarks = {};
  for (const ind of catalog.indicators) {
    let min = Infinity;
    let max = -Infinity;
    for (const vs of valueSets) {
      const v = vs[ind.code];
      if (v === null || v === undefined) continue;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    out[ind.code] = min <= max ? { min, max } : null;
  }
  return out;
}
