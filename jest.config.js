// Three projects so each suite gets its environment and its system check:
// unit (pure core, adapters against the workbook double, React components),
// libreoffice (formulas recalculated by a real spreadsheet engine),
// browser (built pages in Debian's headless Chromium).
const tsJest = ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx' } }];
const base = {
  transform: { '^.+\\.tsx?$': tsJest },
  setupFiles: ['<rootDir>/test/support/editions.ts'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

module.exports = {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      ...base,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      // jsdom resolves packages by their "browser" export; uuid's is ESM, which Jest cannot run
      // (exceljs needs uuid, in the pane's lazy chunks): its CommonJS build instead.
      moduleNameMapper: { '^uuid$': require.resolve('uuid') },
      testMatch: ['<rootDir>/test/unit/**/*.test.tsx'],
    },
    {
      ...base,
      displayName: 'libreoffice',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/libreoffice/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/require-libreoffice.js',
    },
    {
      ...base,
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/build-for-browser.js',
    },
  ],
  // A guard against a hung test (a LibreOffice or Chromium that never answers), not a speed
  // limit: the differential suites recalculate 500+ workbooks and take minutes on a busy 2-core machine.
  testTimeout: 900000,
};
