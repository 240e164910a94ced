// Checks on a data file's province inputs that the scoring pipeline cannot make: every text must
// fit in an Excel cell, because `pii template --data` writes it into one (and the pane reads it
// back from one). A 40,000-character evidence note is refused with its path, never cut silently.
import type { ProvinceInput } from '../catalog';
import { MAX_CELL_TEXT } from '../plan/limits';
import { bi, CliError } from './io';
import { message } from './messages';

export interface OverlongText {
  /** Where, as the officer would look for it: `D.json provinces["Huế"].evidence.population`. */
  where: string;
  length: number;
}

const SECTIONS = ['values', 'previous', 'evidence'] as const;

/** Every string of `input` (values, previous, evidence, benchmarks) longer than a cell holds. */
export function overlongTexts(input: ProvinceInput, where: string): OverlongText[] {
  const out: OverlongText[] = [];
  // The path is built only for a text that is too long: this runs over every value of every province.
  const check = (v: unknown, path: () => string) => {
    if (typeof v === 'string' && v.length > MAX_CELL_TEXT) out.push({ where: path(), length: v.length });
  };
  for (const section of SECTIONS) {
    const values = input[section];
    if (typeof values !== 'object' || values === null) continue;
    for (const id in values) check(values[id], () => `${where} ${section}.${id}`);
  }
  const benchmarks = input.benchmarks;
  if (typeof benchmarks === 'object' && benchmarks !== null) {
    for (const code in benchmarks) {
      const b = benchmarks[code];
      if (typeof b !== 'object' || b === null) continue;
      check(b.min, () => `${where} benchmarks.${code}.min`);
      check(b.max, () => `${where} benchmarks.${code}.max`);
    }
  }
  return out;
}

/** How many overlong texts a message lists in full before the count. */
const LISTED = 10;

/** Throws a bilingual CliError naming the first overlong text (and listing up to ten) if any. */
export function refuseOverlongTexts(found: OverlongText[], path: string): void {
  if (found.length === 0) return;
  const text = (x: OverlongText) =>
    message('textTooLong', { where: x.where, length: x.length, limit: MAX_CELL_TEXT });
  if (found.length === 1) throw new CliError(text(found[0]));
  throw new CliError(
    message('textsTooLong', { path, count: found.length }),
    undefined,
    found.slice(0, LISTED).map((x) => bi(text(x))),
  );
}
