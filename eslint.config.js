// ESLint flat config: typescript-eslint, react-hooks, and the layer rules of
// DESIGN.md (what shared/ and renderer/ may import), as GitHub Desktop's lint
// rules enforce its layers. `npm run lint` runs it; `npm test` runs that.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const electronOnly = {
  name: 'electron',
  message: 'electron 只能在 electron/ 中使用 / electron belongs in electron/main and electron/preload.',
};

/** Globals of the few plain-JavaScript files (browser bridge, Node scripts). */
const scriptGlobals = Object.fromEntries(
  [
    'window',
    'document',
    'fetch',
    'EventSource',
    'console',
    'process',
    'require',
    'module',
    '__dirname',
    'URL',
    'setTimeout',
    'clearTimeout',
  ].map((g) => [g, 'readonly']),
);

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/artifacts/**',
      'tests/fixtures/**',
      'seeds/**',
      'resources/**',
      '.cache/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    // relative imports name TypeScript files without their extension
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // Chinese text carries the ideographic space (U+3000) in strings, patterns and comments
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipComments: true, skipRegExps: true, skipTemplates: true, skipJSXText: true },
      ],
      // `odd ? a++ : b++` and `map.get(k)?.push(x) ?? map.set(k, [x])` are idioms of this codebase
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true, allowShortCircuit: true }],
      // Playwright fixtures take `({}, use)`
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: scriptGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // shared/ is pure TypeScript: no electron, node:*, react or lowdb, and nothing from the layers above it
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnly,
            { name: 'react', message: 'shared/ 不引用 react / shared/ is pure: React belongs in renderer/.' },
            { name: 'react-dom', message: 'shared/ 不引用 react-dom / shared/ is pure: React belongs in renderer/.' },
            { name: 'lowdb', message: 'shared/ 不引用 lowdb / shared/ is pure: the store belongs in electron/main/store.' },
          ],
          patterns: [{ group: ['lowdb/*', 'react/*', 'electron/*'], message: 'shared/ 保持纯净 / shared/ is pure TypeScript.' }],
        },
      ],
      // node:fs and fs alike
      'import-x/no-nodejs-modules': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared',
              from: ['./electron', './renderer'],
              message: 'shared/ 不依赖上层 / shared/ may not import electron/ or renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    // the renderer runs in a sandboxed page: no electron, no node:*; it reaches the main process through window.api
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnly] }],
      // node:fs and fs alike
      'import-x/no-nodejs-modules': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './renderer',
              from: './electron',
              message: 'renderer/ 通过 window.api 调用主进程 / renderer/ reaches electron/ only through window.api.',
            },
          ],
        },
      ],
    },
  },
);
