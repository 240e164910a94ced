// Plain-text columns for terminal output; numbers are rounded here and only here.
import { formatNumber } from '../messages/format';

/**
 * A number in a bilingual table: fixed decimals; beyond a trillion in short scientific notation
 * ("7.194e+305"), so an absurd value keeps its column; "–" for none.
 */
export const fmt = (x: number | null | undefined, digits = 2): string =>
  x === null || x === undefined
    ? '–'
    : !Number.isFinite(x) || Math.abs(x) >= 1e12
      ? formatNumber('en', x)
      : x.toFixed(digits);

/** Columns are aligned up to this width; a longer cell runs past its column. */
const MAX_WIDTH = 48;

/**
 * Rows as aligned text columns: a header line, a rule, one line per row. Columns listed in `right`
 * are right-aligned (numbers). Linear in the number of rows, for any number of rows (no spread of
 * the rows into a call, which overflows the stack past about 100,000).
 */
export function table(header: string[], rows: string[][], right: number[] = []): string[] {
  const widths = header.map((h) => h.length);
  for (const r of rows) {
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], (r[i] ?? '').length);
  }
  // One very long cell (a 5,000-character province name) must not pad every other row to its width.
  for (let i = 0; i < widths.length; i++)
    widths[i] = Math.min(widths[i], Math.max(MAX_WIDTH, header[i].length));
  const alignRight = widths.map((_, i) => right.includes(i));
  const cell = (s: string, i: number) => (alignRight[i] ? s.padStart(widths[i]) : s.padEnd(widths[i]));
  const render = (r: string[]) => r.map(cell).join('  ').trimEnd();
  const out = [render(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(render(r));
  return out;
}
