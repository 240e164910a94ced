// Lint: TypeScript's recommended rules everywhere, Office's own rules on the code that talks to
// Office, and the architecture as rules: the pure core imports neither React, Office nor exceljs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const CORE = ['src/catalog/**', 'src/expr/**', 'src/validation/**', 'src/scoring/**', 'src/plan/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'coverage/**', 'test-artifacts/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/excel/**/*.ts', 'src/ui/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
    },
  },
  {
    files: CORE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@fluentui/*'],
              message: 'The pure core has no UI: React lives in src/ui.',
            },
            {
              group: ['exceljs', '**/excel/**', '**/xlsx/**', '**/ui/**'],
              message: 'The pure core depends on no shell.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Office JS lives in src/excel only.' },
        { name: 'Office', message: 'Office JS lives in src/excel only.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The task pane's boot script runs in the page, in any web view (ES5; a unit test parses it).
    files: ['src/boot/boot.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', MESSAGES: 'readonly' },
    },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
);
