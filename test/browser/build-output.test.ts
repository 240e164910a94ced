import * as fs from 'fs';
import * as path from 'path';
import { PROD_DIST } from '../support/browser';
import { INLINE_SCRIPTS, paneSizes } from '../../scripts/bench/pane';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TEST_BASE_URL } = require('../support/build-for-browser.js');

const manifest = () => fs.readFileSync(path.join(PROD_DIST, 'manifest.xml'), 'utf8');

test('the production manifest has every URL on ADDIN_BASE_URL', () => {
  const urls = [...manifest().matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
  const ownUrls = urls.filter(
    (u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'),
  );
  expect(ownUrls.length).toBeGreaterThan(8);
  for (const url of ownUrls) expect(url.startsWith(TEST_BASE_URL)).toBe(true);
  expect(manifest()).not.toContain('localhost');
});

test('the production build holds the pages and every icon the manifest names', () => {
  for (const file of [
    'taskpane.html',
    'commands.html',
    'help.html',
    'assets/icon-16.png',
    'assets/icon-80.png',
  ]) {
    expect(fs.existsSync(path.join(PROD_DIST, file))).toBe(true);
  }
  expect(fs.existsSync(path.join(PROD_DIST, 'preview.html'))).toBe(false);
});

test('production JS holds neither the preview, the workbook double nor a formula engine', () => {
  const js = fs.readdirSync(PROD_DIST).filter((f) => f.endsWith('.js'));
  expect(js.length).toBeGreaterThan(1);
  // Strings that survive minification (class names do not).
  const banned = [
    'call the load method on the containing object', // the double's load-before-read error
    'gpl-v3', // HyperFormula's licence key, set by the preview
    'hyperformula',
    'HyperFormula',
    '__piiPreview',
  ];
  for (const file of js) {
    const text = fs.readFileSync(path.join(PROD_DIST, file), 'utf8');
    for (const marker of banned) expect([file, marker, text.includes(marker)]).toEqual([file, marker, false]);
  }
});

test('the task pane fits its budget, with the scores part loaded lazily', () => {
  // The budget: the task pane's initial JS (what loads with the page, the inline boot script
  // included) <= 150 KB gzip; rarely used parts (scores) load lazily and are reported by the bench.
  const sizes = paneSizes(PROD_DIST);
  expect(sizes.initial.length).toBeGreaterThan(0);
  expect(sizes.initial.some((f) => f.file === INLINE_SCRIPTS)).toBe(true); // the boot script counts too
  expect(sizes.lazy.some((f) => f.file.startsWith('scores.'))).toBe(true);
  const initial = sizes.initial.reduce((sum, f) => sum + f.gzip, 0);
  expect(initial / 1024).toBeLessThanOrEqual(150);
  expect(sizes.totalGzip).toBeGreaterThan(initial); // the lazy chunks are not in the initial load
});
