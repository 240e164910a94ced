// Step 4, strengthsWeaknesses (pii-domain §3.5, GII 2023 rule): rank each indicator score among
// provinces, turn it into a percentile rank; strengths are the best `count` (ties included, and
// any indicator ranked 3rd or better among provinces), weaknesses the worst `count` that are not
// strengths. Without peers, the province's own scores are ranked instead, and the note says so.
// Neither side takes more than half of the scored indicators, so a catalog of 13 gives 6 and 6,
// not 10 strengths and 3 weaknesses.
import type { Text } from '../catalog';
import { FINDINGS } from '../messages/findings';
import { countGreater } from './rank';
import { sortDesc } from './sort';
import type { RankedIndicator, StrengthsBasis } from './types';

const NOTES: Record<StrengthsBasis['basis'], Text> = {
  peers: FINDINGS.text('strengthsPeers'),
  own: FINDINGS.text('strengthsOwn'),
};

const percentile = (rank: number, of: number): number => (of > 1 ? (of - rank) / (of - 1) : 1);

/** Items ordered best first; ties at the cut-off are all kept. */
function takeWithTies(sorted: RankedIndicator[], count: number): RankedIndicator[] {
  if (count <= 0) return [];
  if (sorted.length <= count) return sorted;
  const cut = sorted[count - 1].percentile;
  return sorted.filter((x, i) => i < count || x.percentile === cut);
}

const bestFirst = (a: RankedIndicator, b: RankedIndicator): number => b.percentile - a.percentile;
const worstFirst = (a: RankedIndicator, b: RankedIndicator): number => a.percentile - b.percentile;

/**
 * The start of `items` sorted best (or worst) first, long enough for takeWithTies(_, count): every
 * item at or beyond the count-th percentile. Sorting only those (about 10 of 52) instead of all
 * items is most of the time strengths take. Sort is stable and `items` in catalog order, so ties
 * stay in catalog order, exactly as in the full sort. A count that indexes no item sorts them all.
 */
function sortedHead(items: RankedIndicator[], count: number, best: boolean): RankedIndicator[] {
  const ps = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) ps[i] = items[i].percentile;
  ps.sort(); // percentiles are finite, so this numeric sort is exact
  const cut = best ? ps[ps.length - count] : ps[count - 1];
  const head =
    cut === undefined ? [...items] : items.filter((x) => (best ? x.percentile >= cut : x.percentile <= cut));
  return head.sort(best ? bestFirst : worstFirst);
}

/** peerScores: per indicator, every province's score sorted high to low (see sortDesc). */
export function strengthsWeaknesses(
  order: string[],
  own: Record<string, number | null>,
  peerScores: Record<string, number[]> | undefined,
  count: number,
): { strengths: RankedIndicator[]; weaknesses: RankedIndicator[]; basis: StrengthsBasis } {
  const basis: StrengthsBasis['basis'] = peerScores ? 'peers' : 'own';
  const present: string[] = [];
  const scores: number[] = [];
  for (const code of order) {
    const score = own[code];
    if (score === null || score === undefined) continue;
    present.push(code);
    scores.push(score);
  }
  const ownScores = peerScores ? [] : sortDesc(scores);
  const items: RankedIndicator[] = present.map((code, i) => {
    const score = scores[i];
    // Peer lists include this province's own score, so `of` counts every province with a score.
    const pool = peerScores ? (peerScores[code] ?? [score]) : ownScores;
    const rank = 1 + countGreater(pool, score);
    return { indicator: code, score, rank, of: pool.length, percentile: percentile(rank, pool.length) };
  });
  const perSide = Math.min(count, Math.floor(items.length / 2));
  const strengthSet = new Set(
    takeWithTies(sortedHead(items, perSide, true), perSide).map((x) => x.indicator),
  );
  if (peerScores) for (const x of items) if (x.rank <= 3) strengthSet.add(x.indicator);
  // `items` is in catalog order and sort is stable, so ties stay in catalog order.
  const strengths = items.filter((x) => strengthSet.has(x.indicator)).sort(bestFirst);
  const others = items.filter((x) => !strengthSet.has(x.indicator));
  const weaknesses = takeWithTies(sortedHead(others, perSide, false), perSide);
  return { strengths, weaknesses, basis: { basis, note: NOTES[basis] } };
}
