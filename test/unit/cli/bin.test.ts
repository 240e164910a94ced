// Once through the real executable: build the node target, then run bin/pii.js as a user would.
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, openSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FIXTURES, tempFile } from './helpers';

const tempDir = () => mkdtempSync(join(tmpdir(), 'pii-bin-'));

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

describe('a reader that closes stdout early (`pii ... | head -1`)', () => {
  /** Spawns bin/pii.js; closes our end of its stdout at once, or after the first chunk arrives. */
  function closedEarly(
    when: 'at once' | 'after the first chunk',
    args: string[],
  ): Promise<{ code: number | null; signal: string | null; stderr: string; received: number }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'pii.js'), ...args], { cwd: ROOT });
      let stderr = '';
      let received = 0;
      child.stderr.on('data', (chunk) => (stderr += chunk));
      if (when === 'at once') child.stdout.destroy();
      else
        child.stdout.on('data', (chunk: Buffer) => {
          received += chunk.length;
          child.stdout.destroy();
        });
      child.on('close', (code, signal) => resolve({ code, signal, stderr, received }));
    });
  }

  let big = '';
  beforeAll(() => {
    // 300 provinces: several MB of --json output, far more than a pipe's buffer (64 KiB), so
    // the writes after our early close fail with EPIPE for sure.
    // Without the sample's own benchmarks (not used when scoring together: a warning) and with a
    // spread in every indicator (each figure + i), so that stderr stays empty.
    const { benchmarks: _unused, ...one } = JSON.parse(
      readFileSync(join(FIXTURES, 'sample-2023.data.json'), 'utf8'),
    );
    const provinces = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [
        `Tỉnh ${i + 1}`,
        {
          ...one,
          values: Object.fromEntries(
            Object.entries(one.values as Record<string, unknown>).map(([k, v]) => [
              k,
              typeof v === 'number' ? v + i : v,
            ]),
          ),
        },
      ]),
    );
    big = tempFile('big.json', JSON.stringify({ provinces }));
  });

  const sample = () => join(FIXTURES, 'sample-2023.data.json');
  test.each([
    ['at once', 'catalog', () => ['catalog']],
    ['at once', 'catalog --json', () => ['catalog', '--json']],
    ['at once', 'score', () => ['score', '--edition', '2023', '--data', sample()]],
    ['at once', '--help', () => ['--help']],
    ['at once', 'template', () => ['template', '--out', join(tempDir(), 't.xlsx')]],
    [
      'after the first chunk',
      'score --json (300 provinces)',
      () => ['score', '--edition', '2023', '--json', '--data', big],
    ],
    ['after the first chunk', 'score (300 provinces)', () => ['score', '--edition', '2023', '--data', big]],
  ] as const)('closed %s: pii %s exits 0 without a stack trace', async (when, _label, args) => {
    const r = await closedEarly(when, args());
    expect({ code: r.code, signal: r.signal }).toEqual({ code: 0, signal: null });
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(r.stderr).toBe('');
    if (when === 'after the first chunk') expect(r.received).toBeGreaterThan(0);
  });

  test('the big output really is larger than what was read', () => {
    const full = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'pii.js'), 'score', '--edition', '2023', '--json', '--data', big],
      {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    expect(full.status).toBe(0);
    expect(full.stdout.length).toBeGreaterThan(1024 * 1024);
  });

  test('a full disk behind stdout is reported, exit 1', () => {
    if (!existsSync('/dev/full')) return; // Linux only
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'pii.js'), 'catalog'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('không ghi được kết quả ra đầu ra chuẩn (ENOSPC)');
    expect(r.stderr).toContain('cannot write the output to standard output (ENOSPC)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

test('bin/pii.js split then merge: exit 0 when the returned figures agree, 1 on a conflict', async () => {
  const dir = tempDir();
  const master = join(dir, 'master.xlsx');
  const made = pii(
    'template',
    '--edition',
    '2023',
    '--data',
    join(FIXTURES, 'sample-2023.data.json'),
    '--province',
    'Bắc Ninh',
    '--year',
    '2023',
    '--out',
    master,
  );
  expect(made.status).toBe(0);
  const split = pii('split', '--workbook', master, '--out-dir', join(dir, 'out'), '--agency', 'doit');
  expect([split.status, split.stderr]).toEqual([0, '']);
  const agency = join(dir, 'out', 'Sở Công Thương.xlsx');
  const same = pii('merge', '--workbook', master, '--from', agency, '--out', join(dir, 'm1.xlsx'), '--json');
  expect([same.status, same.stderr]).toEqual([0, '']);
  expect(JSON.parse(same.stdout)).toMatchObject({ imported: [], conflicts: [], ignored: [] });
  // The agency changes its figure (exceljs, by the defined name) and the master already has one.
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(agency);
  const n = (wb.definedNames.model as { name: string; ranges: string[] }[]).find(
    (x) => x.name === 'PII_in_cluster_projects',
  )!;
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)$/.exec(n.ranges[0])!;
  wb.getWorksheet(m[1])!.getCell(`${m[2]}${m[3]}`).value = 999;
  await wb.xlsx.writeFile(agency);
  const clash = pii('merge', '--workbook', master, '--from', agency, '--out', join(dir, 'm2.xlsx'));
  expect(clash.status).toBe(1);
  expect(clash.stdout).toMatch(/CONFLICT PII_in_cluster_projects .*agency = 999/);
  expect(clash.stderr).toMatch(/1 unresolved conflict:/);
  expect(existsSync(join(dir, 'm2.xlsx'))).toBe(true);
});
