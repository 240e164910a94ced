// `pii score`: one ProvinceInput, or {"provinces": {name: ProvinceInput}} scored together.
import type { Catalog, ProvinceInput } from '../catalog';
import { scoreProvince, scoreProvinces } from '../scoring';
import { parseFlags } from './args';
import type { Command } from './command';
import { readJsonFile, resolveCatalog } from './files';
import { formatProvinces, formatScore } from './format-score';
import { CliError, EXIT, line } from './io';
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

function score(catalog: Catalog, data: unknown, path: string, json: boolean): string[] {
  if (isObject(data) && data.provinces !== undefined) {
    if (!isObject(data.provinces) || Object.keys(data.provinces).length === 0) {
      throw new CliError(message('provincesShape', { where: path }));
    }
    const inputs = Object.fromEntries(
      Object.entries(data.provinces).map(([name, v]) => [name, asInput(v, `${path} provinces["${name}"]`)]),
    );
    const result = scoreProvinces(catalog, inputs);
    return json ? [JSON.stringify(result, null, 2)] : formatProvinces(catalog, result);
  }
  const result = scoreProvince(catalog, asInput(data, path), { peers: peerScores(data, path) });
  return json ? [JSON.stringify(result, null, 2)] : formatScore(catalog, result);
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
    score(catalog, data, flags.data, flags.json === true).forEach((s) => line(io.stdout, s));
    return EXIT.ok;
  },
};
