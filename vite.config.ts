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
    // Minified kB of the entry, the largest file, at its gzipped login budget in test/perf/checkBundleBudget.ts.
    chunkSizeWarningLimit: 616,
    // Chunks follow the folder roots (docs/architecture.md): the entry with what it imports
    // statically; the new-password pages (a reset link's first page); the rest of the customer
    // side as one file; the back office as one file. Fewer, larger files load faster on a slow
    // phone over HTTP/1.1 and compress better (docs/performance.md, "Chunk groups", "The back
    // office's first rows").
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'], priority: 2 },
            // The English of the shared and customer texts: one chunk, loaded when chosen.
            { name: 'en', test: /[\\/]src[\\/](core|customer)[\\/]i18n[\\/]en[\\/]/, priority: 1 },
            // The demo plug-in's root folder, loaded at boot in a demo build (its sub-folders load when
            // used); above the customer group, which would otherwise take the MUI parts they share.
            { name: 'demo', test: /[\\/]src[\\/]demo[\\/][^\\/]+$/, priority: 1 },
            // The forced change's logout warning (MUI's Dialog) goes with the customer group.
            { name: 'password', test: /[\\/]src[\\/]customer[\\/]password[\\/](?!LogoutWarningDialog)/, priority: 1 },
            { name: 'customer', test: /[\\/]src[\\/]customer[\\/](?!security[\\/]|login[\\/]secondStep[\\/])/ },
            // The login's second step and its passkey calls (with @simplewebauthn/browser, which the
            // security pages take from here too) load after the login page has rendered (its passkey
            // autofill) or with a second step; no portal page waits for them.
            { name: 'second-step', test: /[\\/]src[\\/]customer[\\/]login[\\/]secondStep[\\/]/ },
            // The security pages (and their texts) load when opened, after the customer group has
            // taken what the portal shares with them: no portal page waits for this chunk.
            { name: 'security', test: /[\\/]src[\\/]customer[\\/]security[\\/]/ },
            { name: 'backoffice', test: /[\\/]src[\\/]backoffice[\\/]/ },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true },
  // The dev server scans only the app's page: the API reference and the bench pages are other HTML.
  optimizeDeps: { entries: ['index.html'] },
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
