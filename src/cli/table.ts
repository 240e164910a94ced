// Plain-text columns for terminal output; numbers are rounded here and only here.

export const fmt = (x: number | null | undefined, digits = 2): string =>
  x === null || x === undefined ? '–' : x.toFixed(digits);

export function table(header: string[], rows: string[][], right: number[] = []): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (s: string, i: number) => (right.includes(i) ? s.padStart(widths[i]) : s.padEnd(widths[i]));
  const render = (r: string[]) => r.map(cell).join('  ').trimEnd();
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(render)];
}
