// Competition ranking ("1, 2, 2, 4"): ties share the better position. Higher is better.
// Ranking n provinces sorts once and binary-searches each position: O(n log n), never O(n²).
import { sortDesc } from './sort';
import type { Rank } from './types';

/**
 * How many of `desc` (sorted high to low) are strictly greater than x: binary search, O(log n).
 * A NaN x counts nothing as greater (it ranks behind every number).
 */
export function countGreater(desc: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = desc.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (desc[mid] > x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `own`'s position among `others` (published peer scores) and itself: one pass, O(n). */
export function rankAmong(own: number, others: number[]): Rank {
  let above = 0;
  for (const x of others) if (x > own) above++;
  return { position: 1 + above, of: others.length + 1 };
}

/** Every named score's rank among the present (non-null) ones; null stays unranked. O(n log n). */
export function rankAll(scores: Record<string, number | null>): Record<string, Rank | null> {
  const entries = Object.entries(scores);
  const present: number[] = [];
  for (const [, x] of entries) if (x !== null) present.push(x);
  const desc = sortDesc(present);
  const out: Record<string, Rank | null> = {};
  for (const [name, x] of entries) {
    out[name] = x === null ? null : { position: 1 + countGreater(desc, x), of: desc.length };
  }
  return out;
}
