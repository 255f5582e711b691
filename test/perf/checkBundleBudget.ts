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
 * Gzipped bytes (Node's default gzip level). History of the demo's login budget: 2026-11-28,
 * 365,925 bytes before issue 6; 305,000 after it (entry, its static imports, the mock chunk and
 * worker). 2026-12-02 (issue 14, before the customer pages leave react-admin): today's figures
 * + ~5%: real-API login 235,053, portal 260,093; demo login 299,987, portal 325,584. The same
 * day, the customer pages without react-admin (a React Router + React Query section, the back
 * office's texts with the back office): real-API login 204,100, portal 228,700; demo login 268,600,
 * portal 293,600. Then the app's own translate instead of node-polyglot, the customer's data
 * methods apart from simple-rest: real-API login 195,200, portal 221,000; demo login 259,600,
 * portal 286,000; budgets + ~2%. Then the real-API login page without the demo's panel and a
 * lighter loading indicator: real-API login 191,800 (budget lowered), portal 223,100 (the back
 * office's list preload split shared chunks: +2.1 kB, within its budget); demo login 258,500.
 * Then (the wire is brotli since; these stay gzip, comparable with the history) no query-string,
 * the forgot-password dialog lazy, no demo code in a real-API build, the portal one chunk:
 * real-API login 185,000, portal 215,300 (2 files); demo login 255,400, portal 282,800; + ~2%.
 * Then the preview start without the back office's data provider, and the new-password page one
 * chunk (its route newly budgeted): real-API login 184,900, password 191,100, portal 216,000;
 * demo login 255,600, password 260,000, portal 279,000.
 * Then the demo as a plug-in, a chunk of its own at boot (its login panel out of the entry;
 * real-API figures unchanged): demo login 256,200, password 262,700, portal 285,300 (+1.0 kB,
 * the chunk's own overhead): the demo's portal budget + 1 kB.
 * Lower them as the routes shrink; never raise one without saying why.
 */
const BUDGETS: Record<'realApi' | 'demo', Record<Route, number>> = {
  realApi: { login: 189_000, password: 195_000, portal: 220_000 },
  demo: { login: 260_000, password: 265_000, portal: 286_000 },
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
