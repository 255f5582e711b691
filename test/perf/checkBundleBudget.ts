/**
 * Size budget: `tsx test/perf/checkBundleBudget.ts [dist/demo]` fails (exit 1) when the JS the
 * login route loads (gzipped) exceeds the budget: the entry chunk and its static imports, plus
 * what the demo starts at boot beside it (the mock worker's chunk and mockServiceWorker.js).
 * Bytes are deterministic, so this is safe to run in `npm test`, right after the build.
 */
import { initialJs, totalGzipBytes } from './initialJs';

/**
 * 2026-11-28: 365,925 bytes before any optimisation (entry + static imports only; the 178 kB mock
 * chunk came on top). After issue 6 (no default <Admin> pages, lazy routes, English and worker,
 * tough-cookie stand-in): 291,300 bytes including the mock chunk and worker script, + ~8% headroom
 * (the mock API is still growing). Lower it as the bundle shrinks; never raise it without saying why.
 * Then the entry's static imports went into the entry file itself (one file, not nine): 288,800
 * bytes, budget lowered to 305,000 (~5% headroom for the issue-5 pages still landing).
 */
export const LOGIN_ROUTE_JS_BUDGET = 305_000;

const distDir = process.argv[2] ?? 'dist/demo';
const chunks = initialJs(distDir, { atBoot: ['mocks/browser.ts'], files: ['mockServiceWorker.js'] });
const total = totalGzipBytes(chunks);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

for (const chunk of chunks) console.log(`  ${chunk.path}  ${kB(chunk.gzipBytes)}`);
if (total > LOGIN_ROUTE_JS_BUDGET) {
  console.error(`Initial JS of ${distDir}: ${kB(total)} gzipped, over the budget of ${kB(LOGIN_ROUTE_JS_BUDGET)}.`);
  process.exit(1);
}
console.log(`Initial JS of ${distDir}: ${kB(total)} gzipped, within the budget of ${kB(LOGIN_ROUTE_JS_BUDGET)}.`);
