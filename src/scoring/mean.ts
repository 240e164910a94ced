/** Arithmetic mean of the present (non-null) items; null when none is present (no imputation). */
export function meanOfPresent(xs: (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const x of xs) {
    if (x === null) continue;
    sum += x;
    n += 1;
  }
  return n === 0 ? null : sum / n;
}
