import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../../src/cli/main';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

/** Writes a temporary file and returns its path. */
export function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pii-cli-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * A 2025 master of `province` for 2025 from `data` (written beside `out` as JSON) by `pii template`,
 * with `extra` flags; returns the command's outcome.
 */
export async function master2025(
  out: string,
  province: string,
  data: unknown,
  extra: string[] = [],
): Promise<{ code: number; out: string; err: string }> {
  const json = out.replace(/\.xlsx$/, '.json');
  writeFileSync(json, JSON.stringify(data));
  return run(
    'template',
    '--edition',
    '2025',
    '--province',
    province,
    '--year',
    '2025',
    '--data',
    json,
    '--out',
    out,
    ...extra,
  );
}
