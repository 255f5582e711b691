/**
 * The servers the bench measures against, as the product runs: the mock Hub API over HTTP
 * (`npm run mock-api`, 10,000 contacts, no delay) and one production server per build
 * (`npm run serve:production`: nginx with deploy/'s CSP, headers and gzip). Each is a child
 * process, up once its URL answers, stopped with SIGTERM (the graceful stop both handle).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { API_ORIGIN, builds, MOCK_API_PORT, repoRoot, type App } from './builds';

export const SEED_CONTACTS = 10_000;
/** The production servers listen on consecutive ports from here, one per build. */
const FIRST_SITE_PORT = 4181;
const START_TIMEOUT_MS = 60_000;

export interface Running {
  origin: string;
  stop(): Promise<void>;
}

/** Polls `url` until it answers at all (the mock API answers 401 without a token). */
async function waitUntilAnswering(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode}):\n${log()}`);
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${START_TIMEOUT_MS} ms:\n${log()}`);
}

async function start(script: string, env: Record<string, string>, origin: string, probePath: string): Promise<Running> {
  // What the npm scripts run, without npm in between (one process to signal, not three).
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitUntilAnswering(`${origin}${probePath}`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}

export function startMockApi(): Promise<Running> {
  return start('mocks/server.ts', { PORT: String(MOCK_API_PORT), HUB_SEED_CONTACTS: String(SEED_CONTACTS) }, API_ORIGIN, '/account/mine');
}

/** The production server for one more build folder, on the port after the builds' own. */
export function startExtraSite(outDir: string): Promise<Running> {
  const port = FIRST_SITE_PORT + Object.keys(builds).length;
  return start('deploy/serve.ts', { PORT: String(port), DIST: outDir }, `http://127.0.0.1:${port}`, '/');
}

/** One production server per build, all at once; stops the ones that started if one fails. */
export async function startSites(apps: readonly App[]): Promise<Record<App, Running>> {
  const started = await Promise.allSettled(
    apps.map((app, index) => {
      const port = FIRST_SITE_PORT + index;
      return start('deploy/serve.ts', { PORT: String(port), DIST: builds[app].outDir }, `http://127.0.0.1:${port}`, '/');
    }),
  );
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((result) => result.status === 'fulfilled' && result.value.stop()));
    throw failed.reason;
  }
  return Object.fromEntries(apps.map((app, index) => [app, (started[index] as PromiseFulfilledResult<Running>).value])) as Record<App, Running>;
}
