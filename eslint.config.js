import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine stays pure: no DOM, no extension APIs, no React.
    files: ['lib/analysis/**/*.ts', 'lib/goals/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '#imports',
            'wxt/*',
            'react',
            'react-dom',
            'idb',
            '**/hints/**',
            '**/drafts/**',
          ],
        },
      ],
      // V8 optimises a function as a whole: extract() at 800 lines took 300–660 ms to compile,
      // was often aborted, and ran unoptimised for seconds of analysis (docs/engine.md).
      'max-lines-per-function': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'browser',
        'chrome',
        'navigator',
        'indexedDB',
      ],
    },
  },
);
