// `pii score`: one ProvinceInput, or {"provinces": {name: ProvinceInput}} scored together.
import type { Catalog } from '../catalog';
import { scoreProvince, scoreProvincesLazily, type Benchmarks } from '../scoring';
import { parseFlags } from './args';
import type { Command } from './command';
import { dataOptions, loadDataFile, printWarnings, unusedInProvinces } from './data';
import type { DataFile, DataNote } from './data-file';
import { resolveCatalog } from './files';
import { formatProvinces, formatScore } from './format-score';
import { CliError, EXIT, line, type Sink } from './io';
import { jsonPieces, LazyObject } from './json-out';
import { message } from './messages';

/** How many indicator codes the "no spread" warning lists before "…". */
const LISTED_CODES = 20;

/**
 * Indicators whose benchmarks, derived from the provinces, have no spread (max not above min:
 * one province, or the same value in all), so no province gets a score for them; and whether any
 * indicator has a usable benchmark at all.
 */
function spread(catalog: Catalog, benchmarks: Benchmarks): { flat: string[]; scorable: number } {
  const flat: string[] = [];
  let scorable = 0;
  for (const ind of catalog.indicators) {
    const b = benchmarks[ind.code];
    if (!b) continue;
    if (b.max > b.min) scorable++;
    else flat.push(ind.code);
  }
  return { flat, scorable };
}

/** Scores `data` (one province, or several) and writes the result and the warnings. */
function score(
  catalog: Catalog,
  data: DataFile,
  warnings: DataNote[],
  path: string,
  json: boolean,
  io: { stdout: Sink; stderr: Sink },
): void {
  const out = io.stdout;
  if (data.kind === 'many') {
    // Province by province: the whole document can exceed the longest string V8 can hold, and
    // every province's findings at once can exceed the memory.
    const names = Object.keys(data.provinces);
    const result = scoreProvincesLazily(catalog, data.provinces, { benchmarks: data.shared, source: 'file' });
    // Nothing to derive benchmarks from is said once, first, not in every indicator's findings.
    const { flat, scorable } = spread(catalog, result.benchmarks);
    if (scorable === 0 && flat.length > 0) {
      throw new CliError(message('noSpreadAll', { count: names.length }));
    }
    if (flat.length > 0) {
      const codes = flat.slice(0, LISTED_CODES).join(', ') + (flat.length > LISTED_CODES ? ', …' : '');
      warnings.unshift({ path: '', message: message('noSpreadSome', { count: flat.length, codes }) });
    }
    printWarnings(io.stderr, 'score', path, warnings);
    if (json) {
      const provinces = new LazyObject(names, (name) => result.province(name));
      const { benchmarks, ranking, steps } = result;
      writeJson(out, { provinces, benchmarks, ranking, steps, warnings }, 1);
    } else {
      const supplied = new Set(Object.keys(data.shared ?? {}));
      for (const s of formatProvinces(catalog, result, supplied)) line(out, s);
    }
    return;
  }
  const result = scoreProvince(catalog, data.input, { peers: data.peers, source: 'file' });
  const values = Object.values(result.indicators);
  if (values.some((x) => x.value !== null) && values.every((x) => x.score === null)) {
    const supplied = Object.keys(data.input.benchmarks ?? {}).length > 0;
    if (!supplied) warnings.unshift({ path: '', message: message('noBenchmarks') });
  }
  printWarnings(io.stderr, 'score', path, warnings);
  if (json) writeJson(out, { ...result, warnings }, 0);
  else for (const s of formatScore(catalog, result)) line(out, s);
}

function writeJson(out: Sink, value: unknown, depth: number): void {
  for (const piece of jsonPieces(value, depth)) out.write(piece);
  out.write('\n');
}

export const scoreCommand: Command = {
  name: 'score',
  usage: 'pii score --data D.json [--catalog C.json | --edition 2023] [--json]',
  summary: message('summaryScore'),
  async run(argv, io) {
    const flags = parseFlags(argv, { data: 'string', edition: 'string', catalog: 'string', json: 'boolean' });
    if (typeof flags.data !== 'string') {
      throw new CliError(message('flagRequired', { flag: '--data D.json' }), EXIT.usage);
    }
    const catalog = resolveCatalog(flags);
    const { data, warnings } = loadDataFile(flags.data, catalog, dataOptions(catalog, flags));
    warnings.push(...unusedInProvinces(data, 'score'));
    score(catalog, data, warnings, flags.data, flags.json === true, io);
    return EXIT.ok;
  },
};
