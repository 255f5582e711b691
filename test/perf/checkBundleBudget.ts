/**
 * Byte budgets: `tsx test/perf/checkBundleBudget.ts dist/real-api dist/demo` fails (exit 1) when
 * the JS a route loads (gzipped) exceeds its budget, for each build given. Whether a build is the
 * demo comes from its own record (.deploy.json, deploy/buildRecord.ts). Bytes are deterministic,
 * so this is safe to run in `npm test`, right after the build.
 */
import { readBuildRecord } from '../../deploy/buildRecord';
import { initialJs, totalGzipBytes, type RouteJs } from './initialJs';

/**
 * The lazy chunks each route loads beside the entry (a source module, a key of Vite's manifest,
 * or a chunk group's name). Update them when the routes move: one that is no chunk fails the check.
 * Login: the login page is in the entry. Password (`#/reset-password`, a reset link) and portal
 * (`#/portal/contracts`): their chunk groups.
 */
const ROUTE_MODULES = {
  login: [],
  password: ['password'],
  portal: ['customer'],
} satisfies Record<string, string[]>;

type Route = keyof typeof ROUTE_MODULES;

/** What a demo build loads at boot on every route: the demo plug-in, the mock API's chunk and MSW's worker script. */
const DEMO_AT_BOOT: Required<RouteJs> = { lazyModules: ['demo', 'mocks/browser.ts'], files: ['mockServiceWorker.js'] };

/**
 * Gzipped bytes (Node's default gzip level): each route's figure plus a small margin. Lower them as
 * the routes shrink; never raise one without its reason in docs/performance.md ("Size budgets").
 */
const BUDGETS: Record<'realApi' | 'demo', Record<Route, number>> = {
  realApi: { login: 176_800, password: 189_900, portal: 219_300 },
  demo: { login: 265_800, password: 277_000, portal: 297_800 },
};

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function check(distDir: string): boolean {
  const demo = readBuildRecord(distDir).apiOrigin === null;
  let withinBudget = true;
  for (const route of Object.keys(ROUTE_MODULES) as Route[]) {
    const chunks = initialJs(distDir, demo ? { lazyModules: [...ROUTE_MODULES[route], ...DEMO_AT_BOOT.lazyModules], files: DEMO_AT_BOOT.files } : { lazyModules: ROUTE_MODULES[route] });
    const total = totalGzipBytes(chunks);
    const budget = BUDGETS[demo ? 'demo' : 'realApi'][route];
    const verdict = total > budget ? 'OVER the budget' : 'within the budget';
    console.log(`${distDir} (${demo ? 'demo' : 'real API'}), ${route} route: ${kB(total)} in ${chunks.length} files, ${verdict} of ${kB(budget)}`);
    if (total > budget) {
      for (const chunk of chunks) console.error(`  ${chunk.path}  ${kB(chunk.gzipBytes)}`);
      withinBudget = false;
    }
  }
  return withinBudget;
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('Usage: tsx test/perf/checkBundleBudget.ts DIST_DIR...');
  process.exit(2);
}
// Every build is checked and reported before the exit code says whether all were within budget.
const results = dirs.map(check);
if (results.includes(false)) process.exit(1);
