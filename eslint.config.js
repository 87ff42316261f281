import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // One blank line parts two blocks; a second says nothing more.
      'no-multiple-empty-lines': ['error', { max: 1, maxEOF: 0 }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', Buffer: 'readonly' } },
  },
  {
    // Fixture pages' own scripts run in the page, not in Node.
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', MutationObserver: 'readonly', console: 'readonly' } },
  },
  {
    // The extension's code owns what it shares with the build and the tests, not scripts/.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/scripts/*'] }] },
  },
  {
    // The pure core must not reach for the DOM or the extension APIs.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'location'],
      'no-restricted-imports': ['error', { patterns: ['../platform/*', '../content/*', '../background/*', '**/scripts/*'] }],
    },
  },
);
