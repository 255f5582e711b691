/**
 * The six builds the bench serves, each into its own folder under dist/: the Hub's product
 * (real-API) build and its demo twin, the two limit apps, the stack limit app and the bare
 * react-admin app. Every
 * real-API build talks to the bench's mock API, whose port is therefore fixed: the origin is
 * baked into the build and into its CSP (connect-src, from the build's .deploy.json).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const MOCK_API_PORT = 3021;
export const API_ORIGIN = `http://127.0.0.1:${MOCK_API_PORT}`;

export type App = 'hub' | 'demo' | 'limitLogin' | 'limitContracts' | 'stackLimit' | 'baseline';

interface Build {
  outDir: string;
  /** A Vite config of its own; else the app's (vite.config.ts). */
  config?: string;
  /** The demo build is the one without VITE_API_URL: it starts the mock API in the page. */
  demo?: boolean;
}

export const builds: Record<App, Build> = {
  hub: { outDir: 'dist/perf-real-api' },
  demo: { outDir: 'dist/perf-demo', demo: true },
  limitLogin: { outDir: 'dist/perf-limit-login', config: 'test/perf/limit/login/vite.config.ts' },
  limitContracts: { outDir: 'dist/perf-limit-contracts', config: 'test/perf/limit/contracts/vite.config.ts' },
  stackLimit: { outDir: 'dist/perf-stack-limit', config: 'test/perf/limit/stack/vite.config.ts' },
  baseline: { outDir: 'dist/perf-baseline', config: 'test/perf/baseline/vite.config.ts' },
};

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function viteBuild({ outDir, config, demo }: Build): void {
  const { VITE_API_URL: _ignored, ...withoutApi } = process.env;
  const env = demo ? withoutApi : { ...process.env, VITE_API_URL: API_ORIGIN };
  // An absolute --outDir: Vite resolves a relative one against the config's root.
  const args = ['build', '--outDir', `${repoRoot}${outDir}`, '--emptyOutDir', '--logLevel', 'error', ...(config ? ['--config', config] : [])];
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', ...args], { cwd: repoRoot, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite ${args.join(' ')} failed`);
}

export function buildAll(): void {
  for (const build of Object.values(builds)) viteBuild(build);
}
