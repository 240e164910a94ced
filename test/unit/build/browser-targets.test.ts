// The build's declared browsers (package.json "browserslist", read by webpack's 'browserslist'
// target) must all run what the build emits: ts-loader compiles to tsconfig's target (ES2020), and
// webpack's runtime follows the list. The production bundle itself is parsed in
// test/browser/boot-message.test.ts.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/* eslint-disable @typescript-eslint/no-require-imports */
const webpack = require('webpack');
const makeConfig = require('../../../webpack.config.js');
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

/** The language features webpack assumes for a target (output.environment), from a config folder. */
/** The production config, with the https base URL a production build requires. */
function productionConfig(): Record<string, unknown> {
  const saved = process.env.ADDIN_BASE_URL;
  process.env.ADDIN_BASE_URL = 'https://pii.example.gov.vn';
  try {
    return makeConfig({}, { mode: 'production' });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
}

function environment(target: string | string[], context = ROOT): Record<string, boolean | undefined> {
  const config = { ...productionConfig(), mode: 'production', target, context };
  const options = webpack.config.getNormalizedWebpackOptions(config);
  webpack.config.applyWebpackOptionsDefaults(options);
  return options.output.environment;
}

/** The same for another browserslist, declared in a throwaway package.json. */
function environmentOf(browserslist: string[]) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-browserslist-'));
  try {
    fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ browserslist }));
    return environment('browserslist', folder);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

test('the build targets the browserslist that package.json declares', () => {
  expect(productionConfig().target).toBe('browserslist');
  expect(makeConfig({}, { mode: 'development' }).target).toBe('browserslist');
  expect(readJson('package.json').browserslist.length).toBeGreaterThan(0);
});

/** What ES2020 code may use, in webpack's names (its 'es2020' target claims each of them). */
const ES2020 = [
  'const',
  'let',
  'arrowFunction',
  'methodShorthand',
  'templateLiteral',
  'destructuring',
  'forOf',
  'spread',
  'generator',
  'symbol',
  'asyncFunction',
  'dynamicImport',
  'bigIntLiteral',
  'globalThis',
  'optionalChaining',
];

test('TypeScript emits ES2020, and every declared browser runs all of ES2020', () => {
  expect(readJson('tsconfig.json').compilerOptions.target).toBe('ES2020');
  const es2020 = environment(['web', 'es2020']);
  expect(ES2020.filter((feature) => es2020[feature] !== true)).toEqual([]);
  const declared = environment('browserslist');
  expect(ES2020.filter((feature) => declared[feature] !== true)).toEqual([]);
});

test('the check would catch a list that names Internet Explorer 11 or Edge Legacy', () => {
  for (const old of ['ie 11', 'edge 18', 'safari 13']) {
    const list = [...readJson('package.json').browserslist, old];
    expect([old, environmentOf(list).optionalChaining]).toEqual([old, false]);
  }
  expect(environmentOf(readJson('package.json').browserslist).optionalChaining).toBe(true);
});
