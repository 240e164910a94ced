// Sheet names the add-in picks for the sheets it adds (snapshots, the progress sheet, sheets moved
// out of a load's way). Its own module: the load (initial JS) and the lazily loaded writers share it.
const INVALID = /[[\]:*?/\\]/g;

/** A legal sheet name not in `taken` (case-insensitive): "Name", "Name (2)", ... */
export function freeSheetName(wanted: string, taken: string[]): string {
  const base =
    wanted
      .replace(INVALID, '-')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'PII';
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
