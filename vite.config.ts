/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defaultServerConditions, defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { buildRecord, CSP_NONCE_PLACEHOLDER } from './deploy/buildRecord.ts';
import { precompress } from './deploy/precompress.ts';
import { demoServiceWorker } from './mocks/demoBuild.ts';
import { mailStyleAttributeHashes } from './mocks/mail/styleHashes.ts';

export default defineConfig(({ command, mode }) => ({
  plugins: [
    react(),
    demoServiceWorker(),
    buildRecord({ demo: () => ({ styleAttributeHashes: mailStyleAttributeHashes() }) }),
    precompress(),
  ],
  // A demo build has no VITE_API_URL: its API is the mock worker in the page (src/buildConstants.d.ts).
  define: { __DEMO__: JSON.stringify(!loadEnv(mode, process.cwd(), 'VITE_').VITE_API_URL) },
  // The strict CSP (deploy/) allows style elements by a per-response nonce; the dev server has no CSP.
  ...(command === 'build' ? { html: { cspNonce: CSP_NONCE_PLACEHOLDER } } : {}),
  // One react-router for the app and react-admin (which imports react-router-dom, a re-export of
  // react-router in v7). Two copies mean two routers: "[Route] is not a <Route> component".
  resolve: {
    alias: [
      { find: /^react-router-dom$/, replacement: 'react-router' },
      // The demo's MSW worker never stores cookies: a tiny stand-in for tough-cookie (+ tldts)
      // shrinks the mock chunk by more than half (see the shim). Vitest keeps the real one.
      ...(process.env.VITEST ? [] : [{ find: /^tough-cookie$/, replacement: fileURLToPath(new URL('mocks/toughCookieShim.ts', import.meta.url)) }]),
    ],
    // Vitest: react-router-dom's "node" export has its ESM build only under "module-sync";
    // without it the CJS build loads, which brings a second react-router.
    ...(process.env.VITEST ? { conditions: ['module-sync', ...defaultServerConditions] } : {}),
  },
  build: {
    // The manifest maps source modules to chunks: the size budget (test/perf/checkBundleBudget.ts)
    // finds the demo worker's chunk, which the login page loads at boot, through it.
    manifest: true,
    // What the entry imports statically is loaded by every page anyway: one file with it, not the
    // entry plus eight shared pieces. On a slow phone each JS file costs the main thread several ms
    // to request, compile and link (the portal's first page loaded 29 files, then 8).
    // Customer pages beyond the entry are one file each as well: the portal's pages, and the
    // new-password page (the first page of a customer who follows a reset link). Left to automatic
    // splitting, the MUI pieces they share with the back office came as many small files, which on
    // HTTP/1.1 and Slow 4G queue behind six connections. Bench A/B, 2026-12-02, same run, 5 runs:
    // Mijn contracten on the phone 3223 -> 2784 ms (19 -> 3 files), new password 2964 -> 2704 ms
    // (8 -> 2 files); the back office, which now also loads the portal's chunk, 1321 -> 1411 ms
    // (within its noise), 324.0 -> 331.1 kB. Priorities: the entry's modules stay in the entry;
    // what the password page shares with the portal goes with the password page.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'], priority: 2 },
            { name: 'password', test: /[\\/]src[\\/]auth[\\/](ResetPasswordPage|NewPasswordFields|PasswordPolicy)\./, priority: 1 },
            { name: 'portal', test: /[\\/]src[\\/](portal|preview)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true },
  test: {
    environment: './test/jsdomEnvironment.ts',
    // The mocked API base in tests is http://localhost:3000/api (see mocks/node.ts).
    environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
    globals: true,
    setupFiles: ['test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'test/**/*.test.{ts,tsx}', 'deploy/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
  },
}));
