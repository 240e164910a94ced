// Step 2, normalise: min-max against benchmarks to 0..100 (reversed for lower-is-better),
// clamped with a finding when the value lies outside them.
import type { Catalog, Direction } from '../catalog';
import type { Finding } from '../validation';
import { clampedFinding, noScoreFinding, overflowFinding } from './findings';
import type { Benchmark, Benchmarks, IndicatorResult } from './types';

/** The unclamped min-max score; the caller checks max > min. */
export function minMaxScore(x: number, b: Benchmark, direction: Direction): number {
  return direction === 'lower'
    ? ((b.max - x) / (b.max - b.min)) * 100
    : ((x - b.min) / (b.max - b.min)) * 100;
}

/**
 * Which benchmarks were derived from the provinces scored together (the rest were supplied), for
 * the words of a "no score" finding: all (true), none (false), or the indicator codes in the set.
 */
export type DerivedBenchmarks = boolean | ReadonlySet<string>;

/**
 * Each indicator's value scored 0..100 against its benchmark (see minMaxScore), clamped with a
 * finding; a value without a usable benchmark gets no score and a finding saying why, in the words
 * of where its benchmark came from (`derived`).
 */
export function normalise(
  catalog: Catalog,
  values: Record<string, number | null>,
  benchmarks: Benchmarks,
  derived: DerivedBenchmarks,
): { indicators: Record<string, IndicatorResult>; findings: Finding[] } {
  const indicators: Record<string, IndicatorResult> = {};
  const findings: Finding[] = [];
  for (const ind of catalog.indicators) {
    const value = values[ind.code] ?? null;
    const b = benchmarks[ind.code] ?? null;
    indicators[ind.code] = { value, score: null, clamped: false };
    if (value === null) continue;
    if (b === null || !(b.max > b.min)) {
      const fromProvinces = typeof derived === 'boolean' ? derived : derived.has(ind.code);
      findings.push(noScoreFinding(ind, value, b === null ? 'missing' : 'degenerate', fromProvinces));
      continue;
    }
    // A tiny benchmark span can push the ratio to +-Infinity: that is a value far outside the
    // benchmarks, so it clamps like any other. NaN (Infinity/Infinity from extreme benchmarks)
    // is retried on halved figures before giving up.
    let raw = minMaxScore(value, b, ind.direction);
    if (Number.isNaN(raw)) raw = minMaxScore(value / 2, { min: b.min / 2, max: b.max / 2 }, ind.direction);
    if (Number.isNaN(raw)) {
      findings.push(overflowFinding(ind, 'score'));
      continue;
    }
    const score = Math.min(100, Math.max(0, raw));
    const clamped = score !== raw;
    if (clamped) findings.push(clampedFinding(ind, value, b.min, b.max, raw));
    indicators[ind.code] = { value, score, clamped };
  }
  return { indicators, findings };
}
