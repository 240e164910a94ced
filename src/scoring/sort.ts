// Numbers sorted high to low, fast: used per indicator (peer scores) and for the PII ranking.

/**
 * `xs` sorted from highest to lowest, as a new array. NaN sorts last; -0 and 0 count as equal.
 * O(n log n).
 */
export function sortDesc(xs: number[]): number[] {
  // A typed array sorts numbers natively, several times faster than a comparator (this runs for
  // every indicator). It orders -0 before 0 and NaN last, where the comparator sees ties, so lists
  // holding either keep the comparator.
  for (const x of xs) if (Number.isNaN(x) || Object.is(x, -0)) return [...xs].sort((a, b) => b - a);
  const n = xs.length;
  const asc = new Float64Array(n); // copied by hand: Float64Array.from and Array.from are slower
  for (let i = 0; i < n; i++) asc[i] = xs[i];
  asc.sort();
  const out: number[] = [];
  for (let i = n - 1; i >= 0; i--) out.push(asc[i]);
  return out;
}
