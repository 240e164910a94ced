// Step 4, strengthsWeaknesses (pii-domain §3.5, GII 2023 rule): rank each indicator score among
// provinces, turn it into a percentile rank; strengths are the best `count` (ties included, and
// any indicator ranked 3rd or better among provinces), weaknesses the worst `count` that are not
// strengths. Without peers, the province's own scores are ranked instead, and the note says so.
// Neither side takes more than half of the scored indicators, so a catalog of 13 gives 6 and 6,
// not 10 strengths and 3 weaknesses.
import type { Text } from '../catalog';
import type { RankedIndicator, StrengthsBasis } from './types';

const NOTES: Record<StrengthsBasis['basis'], Text> = {
  peers: {
    vi: 'Điểm mạnh/yếu xếp theo thứ hạng của tỉnh trên từng chỉ số so với các tỉnh được tính cùng.',
    en: "Strengths/weaknesses by the province's rank on each indicator among the provinces scored together.",
  },
  own: {
    vi: 'Không có số liệu các tỉnh khác: điểm mạnh/yếu xếp theo chính điểm các chỉ số của tỉnh, không phải thứ hạng so với các tỉnh.',
    en: "No other provinces' data: strengths/weaknesses rank the province's own indicator scores, not its rank among provinces.",
  },
};

const percentile = (rank: number, of: number): number => (of > 1 ? (of - rank) / (of - 1) : 1);

/** How many of `desc` (sorted high to low) are strictly greater than x: binary search. */
function countGreater(desc: number[], x: number): number {
  let lo = 0;
  let hi = desc.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (desc[mid] > x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const sortDesc = (xs: number[]): number[] => [...xs].sort((a, b) => b - a);

/** Items ordered best first; ties at the cut-off are all kept. */
function takeWithTies(sorted: RankedIndicator[], count: number): RankedIndicator[] {
  if (count <= 0) return [];
  if (sorted.length <= count) return sorted;
  const cut = sorted[count - 1].percentile;
  return sorted.filter((x, i) => i < count || x.percentile === cut);
}

/** peerScores: per indicator, every province's score sorted high to low (see sortDesc). */
export function strengthsWeaknesses(
  order: string[],
  own: Record<string, number | null>,
  peerScores: Record<string, number[]> | undefined,
  count: number,
): { strengths: RankedIndicator[]; weaknesses: RankedIndicator[]; basis: StrengthsBasis } {
  const basis: StrengthsBasis['basis'] = peerScores ? 'peers' : 'own';
  const present = order.filter((c) => own[c] !== null && own[c] !== undefined);
  const ownScores = peerScores ? [] : sortDesc(present.map((c) => own[c] as number));
  const items: RankedIndicator[] = present.map((code) => {
    const score = own[code] as number;
    // Peer lists include this province's own score, so `of` counts every province with a score.
    const pool = peerScores ? (peerScores[code] ?? [score]) : ownScores;
    const rank = 1 + countGreater(pool, score);
    return { indicator: code, score, rank, of: pool.length, percentile: percentile(rank, pool.length) };
  });
  // `items` is in catalog order and sort is stable, so ties stay in catalog order.
  const best = [...items].sort((a, b) => b.percentile - a.percentile);
  const perSide = Math.min(count, Math.floor(items.length / 2));
  const strengthSet = new Set(takeWithTies(best, perSide).map((x) => x.indicator));
  if (peerScores) for (const x of items) if (x.rank <= 3) strengthSet.add(x.indicator);
  const strengths = best.filter((x) => strengthSet.has(x.indicator));
  const worst = items
    .filter((x) => !strengthSet.has(x.indicator))
    .sort((a, b) => a.percentile - b.percentile);
  return { strengths, weaknesses: takeWithTies(worst, perSide), basis: { basis, note: NOTES[basis] } };
}
