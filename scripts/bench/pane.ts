// Task-pane figures for `npm run bench`: the gzip size of the production task pane's JavaScript
// (the entry the page loads plus every lazy chunk it can load; the ribbon's function file is
// separate) and the time from navigation to the pane being interactive in headless Chromium,
// served locally. Builds production with webpack's Node API into a temporary folder.
// Budgets (issue 5): <= 150 KB gzip, interactive within 1 s.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { CHROMIUM, launchChromium, serveFolder, serveOfficeJsOffline } from '../../src/dev/headless';

const BUDGET_KB = 150;
const BUDGET_MS = 1000;
const RUNS = 7;
const BENCH_BASE_URL = 'https://pii.example.gov.vn';

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'webpack.config.js'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('webpack.config.js not found above ' + __dirname);
    dir = up;
  }
  return dir;
}

async function buildProduction(root: string, outDir: string): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const webpack = require(path.join(root, 'node_modules/webpack'));
  const makeConfig = require(path.join(root, 'webpack.config.js'));
  /* eslint-enable @typescript-eslint/no-require-imports */
  // A production build needs an https ADDIN_BASE_URL (webpack.config.js refuses one without);
  // the bench measures sizes and load time only, so any https address does.
  const saved = process.env.ADDIN_BASE_URL;
  process.env.ADDIN_BASE_URL = BENCH_BASE_URL;
  let config;
  try {
    config = makeConfig({}, { mode: 'production' });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
  config.mode = 'production';
  config.context = root;
  config.output.path = outDir;
  config.infrastructureLogging = { level: 'error' };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

export interface PaneSizes {
  initial: { file: string; gzip: number }[];
  lazy: { file: string; gzip: number }[];
  totalGzip: number;
}

/** Label of the scripts inlined into taskpane.html (the boot script) in PaneSizes.initial. */
export const INLINE_SCRIPTS = 'taskpane.html inline scripts';

/**
 * The scripts taskpane.html names and inlines (the boot script), plus the chunks they can load
 * (everything but other entries).
 */
export function paneSizes(dist: string): PaneSizes {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('\n');
  const initialFiles = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ''));
  const otherEntries = ['commands', 'preview'];
  const lazyFiles = fs
    .readdirSync(dist)
    .filter(
      (f) =>
        f.endsWith('.js') && !initialFiles.includes(f) && !otherEntries.some((e) => f.startsWith(`${e}.`)),
    );
  const initial = initialFiles.map((file) => ({ file, gzip: gzipSize(path.join(dist, file)) }));
  if (inline) initial.push({ file: INLINE_SCRIPTS, gzip: zlib.gzipSync(inline, { level: 9 }).length });
  const lazy = lazyFiles.map((file) => ({ file, gzip: gzipSize(path.join(dist, file)) }));
  const totalGzip = [...initial, ...lazy].reduce((sum, f) => sum + f.gzip, 0);
  return { initial, lazy, totalGzip };
}

/** Milliseconds from navigation start to the pane's first committed render (its controls work). */
export async function timeToInteractive(root: string, dist: string, runs = RUNS): Promise<number[]> {
  const server = await serveFolder(dist);
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await serveOfficeJsOffline(page, root);
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByTestId('lang-switch').waitFor({ state: 'visible' });
      const ms = await page.evaluate(
        () => (window as unknown as { __piiInteractive?: number }).__piiInteractive ?? NaN,
      );
      times.push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export async function run(): Promise<string[]> {
  const root = repoRoot();
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-bench-pane-'));
  try {
    await buildProduction(root, dist);
    const sizes = paneSizes(dist);
    const initialGzip = sizes.initial.reduce((s, f) => s + f.gzip, 0);
    const lines = [
      `task pane JS, gzip: ${kb(sizes.totalGzip)} KB in all`,
      `  loaded with the page: ${kb(initialGzip)} KB (budget ${BUDGET_KB} KB: ${initialGzip / 1024 <= BUDGET_KB ? 'OK' : 'OVER'}; ${sizes.initial.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')})`,
      `  lazy chunks: ${sizes.lazy.map((f) => `${f.file} ${kb(f.gzip)} KB`).join(', ') || 'none'}`,
    ];
    if (!fs.existsSync(CHROMIUM)) {
      lines.push(
        'time to interactive: skipped, /usr/bin/chromium missing (apt-get install -y --no-install-recommends chromium)',
      );
      return lines;
    }
    const times = await timeToInteractive(root, dist);
    const m = median(times);
    lines.push(
      `time to interactive (navigation start -> pane rendered, headless Chromium, served locally, median of ${times.length}): ${m.toFixed(0)} ms (budget ${BUDGET_MS} ms: ${m <= BUDGET_MS ? 'OK' : 'OVER'}); runs: ${times.map((t) => t.toFixed(0)).join(', ')}`,
    );
    return lines;
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().then(
    (lines) => console.log(lines.join('\n')),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
