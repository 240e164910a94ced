// Shared by the validation and scoring tests: sample input and a deep NaN/Infinity scan.
import type { ProvinceInput } from '../../../src/catalog';
import sample from '../../fixtures/sample-2023.data.json';

export function sampleInput(): ProvinceInput {
  return JSON.parse(JSON.stringify(sample)) as ProvinceInput;
}

/** Paths of every number in a value that is NaN or +-Infinity. */
export function nonFinitePaths(x: unknown, path = '$'): string[] {
  if (typeof x === 'number') return Number.isFinite(x) ? [] : [path];
  if (Array.isArray(x)) return x.flatMap((v, i) => nonFinitePaths(v, `${path}[${i}]`));
  if (typeof x === 'object' && x !== null)
    return Object.entries(x).flatMap(([k, v]) => nonFinitePaths(v, `${path}.${k}`));
  return [];
}
