import { defineConfig } from '@playwright/test';
import { findLocalChromium } from './test/browser/findChromium';

/**
 * Two ways the same app is tested end to end, both on production builds:
 * - demo: MSW in the browser (the build without VITE_API_URL), a fresh seeded store per test;
 * - real-api: the build with VITE_API_URL pointed at `npm run mock-api` over real HTTP.
 * `npm run test:e2e` builds both (`npm run build:e2e`) before Playwright starts them, each behind
 * `npm run serve:production`. test/e2e/fixtures.ts fails a test on any CSP violation or console error.
 */
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ports = { demo: 4173, realApi: 4174, mockApi: 3011 } as const;

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    // npm run test:e2e made sure there is one (test/browser/ensureChromium.ts).
    launchOptions: { executablePath: findLocalChromium() ?? undefined, args: chromiumFlags },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'demo',
      testIgnore: /\.api\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${ports.demo}` },
    },
    {
      name: 'real-api',
      testMatch: /\.api\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${ports.realApi}` },
    },
  ],
  // Both builds behind the production server (deploy/: nginx, its CSP and headers), as deployed.
  webServer: [
    ...(['demo', 'realApi'] as const).map((build) => ({
      command: 'npm run serve:production',
      env: { PORT: String(ports[build]), DIST: build === 'demo' ? 'dist/demo' : 'dist/real-api' },
      url: `http://127.0.0.1:${ports[build]}/`,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
    })),
    {
      command: `npx tsx mocks/server.ts`,
      // Mails link to the real-API build, the portal this mock serves in the run.
      env: { PORT: String(ports.mockApi), PORTAL_URL: `http://localhost:${ports.realApi}/` },
      // 401 counts as "up" for Playwright: the server answers, and needs a token.
      url: `http://127.0.0.1:${ports.mockApi}/account/mine`,
      reuseExistingServer: false,
    },
  ],
});
