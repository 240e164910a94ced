// A production build needs an https ADDIN_BASE_URL (issue 9 C.13): without one the manifest would
// point officers' Excel at localhost, silently.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../../webpack.config.js');
const { productionBaseUrl } = makeConfig;

test.each([
  ['https://pii.example.gov.vn', 'https://pii.example.gov.vn'],
  ['https://ten-mien-cua-tinh.gov.vn/pii/', 'https://ten-mien-cua-tinh.gov.vn/pii'],
  ['  https://Intranet.local:8443/addin ', 'https://intranet.local:8443/addin'],
])('accepted: %j -> %j', (raw, base) => {
  expect(productionBaseUrl(raw)).toBe(base);
});

test.each([
  [undefined, 'cần biến ADDIN_BASE_URL', 'needs ADDIN_BASE_URL'],
  ['', 'cần biến ADDIN_BASE_URL', 'needs ADDIN_BASE_URL'],
  ['http://pii.example.gov.vn', 'không dùng https', 'is not https'],
  ['pii.example.gov.vn', 'không phải một địa chỉ web hợp lệ', 'is not a valid web address'],
  ['https://pii.example.gov.vn/?v=1', 'không phải một địa chỉ web hợp lệ', 'is not a valid web address'],
  ['https://localhost:3000', 'trỏ tới chính máy này', 'points at this machine'],
  ['https://127.0.0.1/pii', 'trỏ tới chính máy này', 'points at this machine'],
])('refused: %j, in both languages', (raw, vi, en) => {
  expect(() => productionBaseUrl(raw)).toThrow(vi);
  expect(() => productionBaseUrl(raw)).toThrow(en);
});

test('makeConfig for production throws without ADDIN_BASE_URL (tests and the bench must pass one)', () => {
  const saved = process.env.ADDIN_BASE_URL;
  delete process.env.ADDIN_BASE_URL;
  try {
    expect(() => makeConfig({}, { mode: 'production' })).toThrow('ADDIN_BASE_URL');
    expect(() => makeConfig({}, { mode: 'development' })).not.toThrow();
  } finally {
    if (saved !== undefined) process.env.ADDIN_BASE_URL = saved;
  }
});

test('npm run build without ADDIN_BASE_URL: exit 1, the reason in both languages, nothing written', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'pii-build-')), 'dist');
  const env = { ...process.env };
  delete env.ADDIN_BASE_URL;
  const r = spawnSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('npm run build: bản chính thức cần biến ADDIN_BASE_URL');
  expect(r.stderr).toContain('npm run build: a production build needs ADDIN_BASE_URL');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(out)).toBe(false);
});
