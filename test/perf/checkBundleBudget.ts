/**
 * Size budget: `tsx test/perf/checkBundleBudget.ts [dist/demo]` fails (exit 1) when the initial JS
 * of the login route (the entry chunk and its static imports, gzipped) exceeds the budget.
 * Bytes are deterministic, so this is safe to run in `npm test`, right after the build.
 */
import { initialJs, totalGzipBytes } from './initialJs';

/**
 * Measured 365,925 bytes on 2026-11-28 (before any optimisation), plus ~10% headroom.
 * Lower it as the optimisations of issue 6 land; never raise it without saying why.
 */
export const LOGIN_ROUTE_JS_BUDGET = 403_000;

const distDir = process.argv[2] ?? 'dist/demo';
const chunks = initialJs(distDir);
const total = totalGzipBytes(chunks);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

for (const chunk of chunks) console.log(`  ${chunk.path}  ${kB(chunk.gzipBytes)}`);
if (total > LOGIN_ROUTE_JS_BUDGET) {
  console.error(`Initial JS of ${distDir}: ${kB(total)} gzipped, over the budget of ${kB(LOGIN_ROUTE_JS_BUDGET)}.`);
  process.exit(1);
}
console.log(`Initial JS of ${distDir}: ${kB(total)} gzipped, within the budget of ${kB(LOGIN_ROUTE_JS_BUDGET)}.`);
