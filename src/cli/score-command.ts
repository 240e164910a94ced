// `pii score`: one ProvinceInput, or {"provinces": {name: ProvinceInput}} scored together.
import type { Catalog, ProvinceInput } from '../catalog';
import { scoreProvince, scoreProvincesLazily } from '../scoring';
import { parseFlags } from './args';
import type { Command } from './command';
import { overlongTexts, refuseOverlongTexts, type OverlongText } from './data';
import { readJsonFile, resolveCatalog } from './files';
import { formatProvinces, formatScore } from './format-score';
import { CliError, EXIT, line, type Sink } from './io';
import { jsonPieces, LazyObject } from './json-out';
import { message } from './messages';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function asInput(v: unknown, where: string): ProvinceInput {
  if (!isObject(v) || !isObject(v.values)) {
    throw new CliError(message('dataValuesShape', { where }));
  }
  // Individual values are checked (and NaN/objects reported as findings) by the scoring pipeline.
  return v as unknown as ProvinceInput;
}

/** Optional "peers": other provinces' published PII scores, {name: score}, to rank this one among. */
function peerScores(data: unknown, path: string): Record<string, number> | undefined {
  if (!isObject(data) || data.peers === undefined) return undefined;
  const peers = data.peers;
  if (!isObject(peers) || !Object.values(peers).every((x) => typeof x === 'number' && Number.isFinite(x))) {
    throw new CliError(message('peersShape', { where: path }));
  }
  return peers as Record<string, number>;
}

/** Scores `data` (one province, or {"provinces": ...}) and writes the result to `out`. */
function score(catalog: Catalog, data: unknown, path: string, json: boolean, out: Sink): void {
  if (isObject(data) && data.provinces !== undefined) {
    if (!isObject(data.provinces) || Object.keys(data.provinces).length === 0) {
      throw new CliError(message('provincesShape', { where: path }));
    }
    const inputs: Record<string, ProvinceInput> = {};
    const overlong: OverlongText[] = [];
    for (const [name, v] of Object.entries(data.provinces)) {
      const where = `${path} provinces["${name}"]`;
      inputs[name] = asInput(v, where);
      for (const x of overlongTexts(inputs[name], where)) overlong.push(x);
    }
    refuseOverlongTexts(overlong, path);
    // Province by province: the whole document can exceed the longest string V8 can hold, and
    // every province's findings at once can exceed the memory.
    const result = scoreProvincesLazily(catalog, inputs);
    if (json) {
      const provinces = new LazyObject(Object.keys(inputs), (name) => result.province(name));
      const { benchmarks, ranking, steps } = result;
      writeJson(out, { provinces, benchmarks, ranking, steps }, 1);
    } else for (const s of formatProvinces(catalog, result)) line(out, s);
    return;
  }
  const input = asInput(data, path);
  refuseOverlongTexts(overlongTexts(input, path), path);
  const result = scoreProvince(catalog, input, { peers: peerScores(data, path) });
  if (json) writeJson(out, result, 0);
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
    const data = readJsonFile(flags.data, message('fileData'));
    score(catalog, data, flags.data, flags.json === true, io.stdout);
    return EXIT.ok;
  },
};
