// Competition ranking ("1, 2, 2, 4"): ties share the better position. Higher is better.
import type { Rank } from './types';

export function rankAmong(own: number, others: number[]): Rank {
  return { position: 1 + others.filter((x) => x > own).length, of: others.length + 1 };
}

export function rankAll(scores: Record<string, number | null>): Record<string, Rank | null> {
  const present = Object.values(scores).filter((x): x is number => x !== null);
  const out: Record<string, Rank | null> = {};
  for (const [name, x] of Object.entries(scores)) {
    out[name] = x === null ? null : { position: 1 + present.filter((y) => y > x).length, of: present.length };
  }
  return out;
}
