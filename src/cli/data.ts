// Loading a data file for a command: the one reader (data-file.ts) and the checks on its province
// inputs that the scoring pipeline cannot make: every text must fit in an Excel cell, because
// `pii template --data` writes it into one (and the pane reads it back from one). A
// 40,000-character evidence note is refused with its path, never cut silently.
import { provincesFor, type Catalog, type ProvinceInput } from '../catalog';
import type { Flags } from './args';
import { MAX_CELL_TEXT } from '../plan/limits';
import { COMPONENT_FIELDS, inputSection } from '../catalog/fields';
import { readData, type DataFile, type DataNote, type ReadDataOptions } from './data-file';
import { readJsonFile } from './files';
import { jsonPath } from './json-text';
import { bi, CliError, EXIT, line, type Sink } from './io';
import { message } from './messages';

export interface OverlongText {
  /** Where, as the officer would look for it: `D.json provinces["Huế"].evidence.population`. */
  where: string;
  length: number;
}

const SECTIONS = COMPONENT_FIELDS.map(inputSection);

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

/** How many problems of a data file a message lists before the count. */
const LISTED_PROBLEMS = 20;

/** A data note as two lines, Vietnamese then English: `provinces["Huế"].values.x: …` (no path for the whole file). */
export function noteLines(note: DataNote): string[] {
  const at = note.path === '' ? '' : `${note.path}: `;
  return note.message.vi === note.message.en
    ? [`${at}${note.message.vi}`]
    : [`${at}${note.message.vi}`, `${at}${note.message.en}`];
}

/**
 * The data file at `path`, read for `catalog` by the one reader every command uses (readData,
 * with `options`: the edition's province names for a built-in edition):
 * its errors and its overlong texts are thrown as one CliError listing them with their paths (up
 * to 20, each in Vietnamese then English); what remains is the data and its warnings, for the command to print (printWarnings) and
 * put in its --json output.
 */
export function loadDataFile(
  path: string,
  catalog: Catalog,
  options: ReadDataOptions = {},
): { data: DataFile; warnings: DataNote[] } {
  const reading = readData(readJsonFile(path, message('fileData')), catalog, options);
  if (reading.data === undefined) {
    const errors = reading.errors;
    throw new CliError(
      message('dataInvalid', { path, count: errors.length }),
      EXIT.failure,
      errors.slice(0, LISTED_PROBLEMS).flatMap(noteLines),
    );
  }
  const data = reading.data;
  if (data.kind === 'one') refuseOverlongTexts(overlongTexts(data.input, path), path);
  else {
    const overlong: OverlongText[] = [];
    for (const [name, input] of Object.entries(data.provinces))
      for (const x of overlongTexts(input, `${path} provinces["${name}"]`)) overlong.push(x);
    if (data.benchmarks) overlong.push(...overlongTexts({ values: {}, benchmarks: data.benchmarks }, path));
    refuseOverlongTexts(overlong, path);
  }
  return { data, warnings: reading.warnings };
}

/** Each warning on `sink`, once per language: `pii score: cảnh báo: path: …` then `… warning: …`. */
export function printWarnings(sink: Sink, command: string, file: string, warnings: DataNote[]): void {
  const label = message('dataWarning');
  for (const w of warnings) {
    const where = w.path === '' ? file : `${file} ${w.path}`;
    line(sink, `pii ${command}: ${label.vi}: ${where}: ${w.message.vi}`);
    line(sink, `pii ${command}: ${label.en}: ${where}: ${w.message.en}`);
  }
}

/**
 * Warnings for what a multi-province file carries that `command` does not use: each province's own
 * "peers" (no command), and for `pii score` each province's own "benchmarks" (one shared scale).
 * Said once each, with the count and the first province's path.
 */
export function unusedInProvinces(data: DataFile, command: 'score' | 'template'): DataNote[] {
  if (data.kind !== 'many') return [];
  const out: DataNote[] = [];
  const first = (names: string[], key: string) => jsonPath(['provinces', names[0], key]);
  if (command === 'score' && data.ownBenchmarks.length > 0) {
    const names = data.ownBenchmarks;
    out.push({
      path: '',
      message: message('scoreOwnBenchmarksIgnored', {
        count: names.length,
        first: first(names, 'benchmarks'),
      }),
    });
  }
  if (data.ownPeers.length > 0) {
    const names = data.ownPeers;
    out.push({
      path: '',
      message: message('ownPeersIgnored', { count: names.length, first: first(names, 'peers') }),
    });
  }
  return out;
}

/** readData's options for a command's flags: a built-in edition's province names (none for --catalog). */
export function dataOptions(catalog: Catalog, flags: Flags): ReadDataOptions {
  return typeof flags.catalog === 'string' ? {} : { provinces: provincesFor(catalog.edition) };
}
