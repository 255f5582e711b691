import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** react-admin and its family: the back office's libraries, never the customer side's. */
const REACT_ADMIN = ['react-admin', 'ra-*', '@react-admin/*'];

/**
 * The zones of docs/architecture.md: the app shell over two sections over one core; the demo a
 * plug-in that only the app shell knows; the mock API reached only through the demo.
 */
const zones = [
  { target: 'src/core', from: ['src/app', 'src/backoffice', 'src/customer', 'src/demo'], message: 'The core imports no section, no demo and not the app shell.' },
  { target: 'src/backoffice', from: ['src/customer', 'src/app', 'src/demo'], message: 'The back office imports only the core (the app shell plugs in the rest).' },
  { target: 'src/customer', from: ['src/backoffice', 'src/app', 'src/demo'], message: 'The customer side imports only the core (the app shell plugs in the rest).' },
  { target: 'src/demo', from: ['src/backoffice', 'src/customer', 'src/app'], message: 'The demo plug-in builds on the core only; the app shell places it.' },
  { target: ['src/app', 'src/core', 'src/backoffice', 'src/customer'], from: 'mocks', message: 'Only the demo plug-in loads the mock API.' },
  { target: 'mocks', from: 'src', except: ['./core/api', './core/roles.ts'], message: 'The mock API shares only the contract, its paths and the role rules with the app.' },
];

export default tseslint.config(
  { ignores: ['dist', 'mocks/public/mockServiceWorker.js', 'src/core/api/schema.d.ts', 'mocks/generated', 'test-results', 'playwright-report', 'bench-results'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    // no-cycle follows our own modules only (ignoreExternal), imported without extensions as
    // moduleResolution "bundler" allows: a node resolver that tries .ts and .tsx is all it needs.
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/core/api/ and mocks/ may call fetch.' }],
      // Imports flow one way (docs/architecture.md); a lazy import() closes a cycle too.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Tests may reach across zones: they render the whole app over the mock API.
    files: ['src/**', 'mocks/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    // One translate and one locale for the whole app (core/i18n); react-admin translates through the same provider.
    files: ['src/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{
          name: 'react-admin',
          importNames: ['useTranslate', 'useLocaleState', 'useSetLocale'],
          message: 'Translate and choose the language with useTranslate/useLocale from src/core/i18n/LocaleProvider: one locale for both sections.',
        }],
      }],
    },
  },
  {
    // The customer side is React Router + React Query only: react-admin stays in the back office's chunk.
    files: ['src/customer/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: REACT_ADMIN, message: 'The customer side does not use react-admin.' }] }] },
  },
  {
    // The core serves both sections: react-admin's types describe its providers, its code stays out.
    files: ['src/core/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: REACT_ADMIN, allowTypeImports: true, message: 'The core takes only types from react-admin.' }] }] },
  },
  {
    // Tests may call the API directly, e.g. as a second staff member.
    files: ['src/core/api/**', 'mocks/**', 'test/**', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
