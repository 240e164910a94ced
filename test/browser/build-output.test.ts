import * as fs from 'fs';
import * as path from 'path';
import { PROD_DIST } from '../support/browser';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TEST_BASE_URL } = require('../support/build-for-browser.js');

const manifest = () => fs.readFileSync(path.join(PROD_DIST, 'manifest.xml'), 'utf8');

test('the production manifest has every URL on ADDIN_BASE_URL', () => {
  const urls = [...manifest().matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
  const ownUrls = urls.filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
  expect(ownUrls.length).toBeGreaterThan(8);
  for (const url of ownUrls) expect(url.startsWith(TEST_BASE_URL)).toBe(true);
  expect(manifest()).not.toContain('localhost');
});

test('the production build holds the pages and every icon the manifest names', () => {
  for (const file of ['taskpane.html', 'commands.html', 'help.html', 'assets/icon-16.png', 'assets/icon-80.png']) {
    expect(fs.existsSync(path.join(PROD_DIST, file))).toBe(true);
  }
  expect(fs.existsSync(path.join(PROD_DIST, 'preview.html'))).toBe(false);
});
