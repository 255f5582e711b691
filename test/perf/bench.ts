/**
 * `npm run bench [-- --runs 5 --warmup 1 --skip-build]`: builds the Hub Portal demo and the bare
 * react-admin baseline, serves both from one static server, measures them alternately in
 * Chromium, measures the mock API in Node, prints the table and writes bench-results/latest.json.
 * Timings are noisy on a busy machine: compare runs on the same machine, and read the load average.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { benchMockApi } from './mockApiBench';
import { absoluteTarget, figure, formatFigures, formatTargets, ratioTarget } from './report';
import { baselineScenarios, CHROMIUM_FLAGS, hubScenarios, type ListFigures, type LoadFigures } from './scenarios';
import { serveStatic } from './staticServer';

const repo = new URL('../../', import.meta.url);
const dist = { hub: 'dist/perf-hub', baseline: 'dist/perf-baseline' };

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const runs = Number(options.runs);
const warmup = Number(options.warmup);

function viteBuild(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--emptyOutDir', '--logLevel', 'error', ...args], { cwd: repo, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

function buildBoth(): void {
  // The demo build: without VITE_API_URL the app starts its MSW worker.
  const { VITE_API_URL: _ignored, ...demoEnv } = process.env;
  console.log('Building the Hub Portal demo and the baseline…');
  viteBuild(['--outDir', dist.hub], demoEnv);
  viteBuild(['--config', 'test/perf/baseline/vite.config.ts'], process.env);
}

interface Samples {
  hubLogin: LoadFigures[];
  hubContacts: ListFigures[];
  hubPortal: LoadFigures[];
  baseList: ListFigures[];
  baseThrottled: LoadFigures[];
}

async function measureBrowsers(): Promise<{ samples: Samples; chromiumVersion: string }> {
  const hub = await serveStatic(new URL(dist.hub, repo).pathname);
  const baseline = await serveStatic(new URL(dist.baseline, repo).pathname);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  const samples: Samples = { hubLogin: [], hubContacts: [], hubPortal: [], baseList: [], baseThrottled: [] };
  try {
    for (let round = 0; round < warmup + runs; round++) {
      const keep = round >= warmup;
      const label = keep ? `run ${round - warmup + 1}/${runs}` : `warm-up ${round + 1}/${warmup}`;
      // Each step pairs a Hub figure with its baseline counterpart; the baseline list serves
      // figures 1, 2 and 4. Alternate which app goes first, so neither always meets a calmer machine.
      const steps: (() => Promise<unknown>)[][] = [
        [() => hubScenarios.login(browser, hub).then((f) => keep && samples.hubLogin.push(f)), () => baselineScenarios.list(browser, baseline).then((f) => keep && samples.baseList.push(f))],
        [() => hubScenarios.contacts(browser, hub).then((f) => keep && samples.hubContacts.push(f))],
        [() => hubScenarios.portal(browser, hub).then((f) => keep && samples.hubPortal.push(f)), () => baselineScenarios.throttledList(browser, baseline).then((f) => keep && samples.baseThrottled.push(f))],
      ];
      for (const pair of steps) {
        for (const step of round % 2 === 0 ? pair : [...pair].reverse()) await step();
      }
      console.log(`  ${label} done (load ${loadavg()[0].toFixed(2)})`);
    }
    return { samples, chromiumVersion: browser.version() };
  } finally {
    await browser.close();
    await Promise.all([hub.close(), baseline.close()]);
  }
}

async function main(): Promise<void> {
  const loadBefore = loadavg();
  if (!options['skip-build']) buildBoth();
  console.log(`Measuring in Chromium: ${warmup} warm-up round(s), ${runs} run(s) per app…`);
  const { samples, chromiumVersion } = await measureBrowsers();
  console.log('Measuring the mock API in Node…');
  const mockApi = await benchMockApi();

  const pick = <T, K extends keyof T>(list: T[], key: K) => list.map((item) => item[key] as number);
  const figures = {
    loginJs: figure('1. login page usable: gzipped JS (baseline: its list)', 'kB', pick(samples.hubLogin, 'jsBytes'), pick(samples.baseList, 'jsBytes')),
    loginTime: figure('1. login page usable: time (baseline: its list)', 'ms', pick(samples.hubLogin, 'readyMs'), pick(samples.baseList, 'readyMs')),
    contactsTime: figure('2. contacts list, 10,000 (baseline 100), mockLatency=0: first rows', 'ms', pick(samples.hubContacts, 'readyMs'), pick(samples.baseList, 'readyMs')),
    contactsJs: figure('2. contacts list: gzipped JS until first rows', 'kB', pick(samples.hubContacts, 'jsBytes'), pick(samples.baseList, 'jsBytes')),
    portalTime: figure('3. Mijn contracten, 375 px, 4× CPU, mockLatency=0 (baseline: list)', 'ms', pick(samples.hubPortal, 'readyMs'), pick(samples.baseThrottled, 'readyMs')),
    portalJs: figure('3. Mijn contracten: gzipped JS until visible', 'kB', pick(samples.hubPortal, 'jsBytes'), pick(samples.baseThrottled, 'jsBytes')),
    heap: figure('4. JS heap after GC, 10 list pages viewed', 'MB', pick(samples.hubContacts, 'heapBytes'), pick(samples.baseList, 'heapBytes')),
    mockP50: figure('5. mock list query p50 (10,000 contacts)', 'ms', [mockApi.p50Ms]),
    mockP95: figure('5. mock list query p95 (10,000 contacts)', 'ms', [mockApi.p95Ms]),
  };
  const targets = [
    ratioTarget('Login page JS vs baseline initial JS', figures.loginJs, 1.0),
    ratioTarget('Contacts list (10,000) ready vs baseline list (100)', figures.contactsTime, 1.5),
    ratioTarget('Portal contracts (375 px, 4× CPU) vs baseline list, same throttling', figures.portalTime, 1.0),
    ratioTarget('Heap vs baseline', figures.heap, 1.5),
    absoluteTarget('Mock list query p95', mockApi.p95Ms, 5, 'ms'),
  ];

  const rows = Object.values(figures);
  console.log(`\n${formatFigures(rows)}\n\n${formatTargets(targets)}`);
  console.log(`\nMock API: cold first query ${mockApi.coldMs.toFixed(1)} ms, max ${mockApi.maxMs.toFixed(1)} ms over ${mockApi.queries} queries.`);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, chromium: chromiumVersion, loadBefore, loadAfter: loadavg() };
  console.log(`Machine: ${machine.cpus}× ${machine.cpuModel}, Node ${machine.node}, Chromium ${machine.chromium}, load ${loadBefore[0].toFixed(2)} → ${machine.loadAfter[0].toFixed(2)}`);

  const out = new URL('bench-results/', repo);
  mkdirSync(out, { recursive: true });
  const json = { date: new Date().toISOString(), command: 'npm run bench', runs, warmup, machine, figures: rows, targets, mockApi };
  writeFileSync(new URL('latest.json', out), `${JSON.stringify(json, null, 2)}\n`);
  console.log('Written to bench-results/latest.json');
}

await main();
