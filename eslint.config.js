// Lint by runtime: the pipeline sees only the language, the browser code the DOM, the build and tests Node.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'public/',
      'test-results/',
      'bench/results/',
      'bench/dist-reference/',
      'dev-dist/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    rules: {
      // Prettier wraps code at 120; strings and patterns it cannot wrap must be split by hand.
      'max-len': ['error', { code: 140, ignoreUrls: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Text cleaning and input checks match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Test names, expected messages and report lines read best whole.
    files: ['tests/**', 'bench/**'],
    rules: { 'max-len': ['error', { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true }] },
  },
  { files: ['src/**'], ignores: ['src/pipeline/**', 'src/cli/**'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/cli/**', 'scripts/**', 'bench/**', 'tests/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  { files: ['tests/e2e/**', 'bench/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
