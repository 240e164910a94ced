// Once through the real executable: build the node target, then run bin/pii.js as a user would.
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { FIXTURES } from './helpers';

const ROOT = join(__dirname, '..', '..', '..');

beforeAll(() => {
  const build = spawnSync('npm', ['run', 'build:node'], {
    cwd: ROOT,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  expect([build.status, build.stdout + build.stderr]).toEqual([0, expect.any(String)]);
  expect(existsSync(join(ROOT, 'lib', 'src', 'cli', 'main.js'))).toBe(true);
});

const pii = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'pii.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

test('bin/pii.js score --json reproduces Bắc Ninh 2025', () => {
  const r = pii(
    'score',
    '--data',
    join(FIXTURES, 'bac-ninh-2025.data.json'),
    '--catalog',
    join(FIXTURES, 'bac-ninh-2025.catalog.json'),
    '--json',
  );
  expect(r.status).toBe(0);
  const j = JSON.parse(r.stdout);
  expect([j.input.score, j.output.score, j.pii.score].map((x: number) => x.toFixed(2))).toEqual([
    '53.06',
    '44.47',
    '48.76',
  ]);
});

test('bin/pii.js exits non-zero with a bilingual message on bad input', () => {
  const r = pii('score', '--data', join(FIXTURES, 'does-not-exist.json'));
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('Không đọc được tệp');
  expect(r.stderr).toContain('Cannot read the data file');
});
