/**
 * `npm run bench [-- --runs 5 --warmup 1 --skip-build --only TEXT --versus DIR]`: builds the
 * Hub's real-API and demo builds, the two limit apps and the bare react-admin app; serves each
 * behind the production server, against the mock API over HTTP; loads every scenario's two
 * pages alternately in Chromium; prints the ratios with the issue's targets and writes
 * bench-results/latest.json.
 * Timings are noisy on a busy machine: compare runs on the same machine, and read the load average.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { buildAll, builds, repoRoot, type App } from './builds';
import { measureLoad } from './pageLoad';
import { formatRows, rowsOf, type Samples } from './report';
import { prepareScenarios, type Scenario } from './scenarios';
import { SEED_CONTACTS, startExtraSite, startMockApi, startSites } from './servers';

// As playwright.config.ts launches it.
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    'skip-build': { type: 'boolean', default: false },
    // Only the scenarios whose title contains this text (any case), to iterate on one page.
    only: { type: 'string' },
    // A Hub real-API build of another variant: each Hub page is then compared with its twin there.
    versus: { type: 'string' },
  },
});
const runs = Number(options.runs);
const warmup = Number(options.warmup);

/** A Hub scenario with the same page of the --versus build as its counterpart; others are dropped. */
function versusTwin(scenario: Scenario, hubOrigin: string, versusOrigin: string): Scenario[] {
  const { measured } = scenario;
  if (measured.app !== 'hub') return [];
  const load = { ...measured.load, url: measured.load.url.replace(hubOrigin, versusOrigin) };
  return [{ ...scenario, counterpart: { ...measured, label: `Hub (${options.versus})`, load }, stackLimit: undefined, target: { time: 1, js: 1 } }];
}

async function measureAll(browser: Browser, scenarios: Scenario[]): Promise<Samples[]> {
  const samples = scenarios.map((): Samples => ({ measured: [], counterpart: [], stackLimit: [] }));
  for (let round = 0; round < warmup + runs; round++) {
    const keep = round >= warmup;
    for (const [index, scenario] of scenarios.entries()) {
      // Rotate which side goes first, so none always meets a calmer machine.
      const sides = (['measured', 'counterpart', 'stackLimit'] as const).filter((side) => scenario[side]);
      const order = sides.map((_, at) => sides[(at + round) % sides.length]);
      for (const side of order) {
        const figures = await measureLoad(browser, scenario.profile, scenario[side]!.load);
        if (keep) samples[index][side].push(figures);
      }
    }
    console.log(`  ${keep ? `run ${round - warmup + 1}/${runs}` : `warm-up ${round + 1}/${warmup}`} done (load ${loadavg()[0].toFixed(2)})`);
  }
  return samples;
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = loadavg();
  if (!options['skip-build']) {
    console.log('Building the Hub (real-API and demo), the limit apps and bare react-admin…');
    buildAll();
  }
  const apps = Object.keys(builds) as App[];
  const mockApi = await startMockApi();
  const sites = await startSites(apps).catch(async (error) => {
    await mockApi.stop();
    throw error;
  });
  const stopSites = () => Promise.all([mockApi.stop(), ...Object.values(sites).map((site) => site.stop())]);
  const versus = options.versus
    ? await startExtraSite(options.versus).catch(async (error) => {
        await stopSites();
        throw error;
      })
    : undefined;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const origins = Object.fromEntries(apps.map((app) => [app, sites[app].origin])) as Record<App, string>;
    const only = options.only?.toLowerCase();
    const chosen = (await prepareScenarios(origins)).filter((scenario) => !only || scenario.title.toLowerCase().includes(only));
    if (chosen.length === 0) throw new Error(`No scenario's title contains "${options.only}".`);
    const scenarios = versus ? chosen.flatMap((scenario) => versusTwin(scenario, origins.hub, versus.origin)) : chosen;
    console.log(`Measuring in Chromium ${browser.version()}: ${scenarios.length} scenarios, ${warmup} warm-up round(s) + ${runs} run(s), both sides alternated…`);
    const samples = await measureAll(browser, scenarios);
    const rows = scenarios.flatMap((scenario, index) => rowsOf(scenario, samples[index]));
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, chromium: browser.version(), loadBefore, loadAfter: loadavg() };
    const minutes = (Date.now() - started) / 60_000;

    console.log(`\n${formatRows(rows)}\n`);
    console.log(`Machine: ${machine.cpus}× ${machine.cpuModel}, Node ${machine.node}, Chromium ${machine.chromium}`);
    console.log(`Load average (1, 5, 15 min): before ${loadBefore.map((n) => n.toFixed(2)).join(' ')}, after ${machine.loadAfter.map((n) => n.toFixed(2)).join(' ')}; ${minutes.toFixed(1)} min`);

    const out = new URL('bench-results/', `file://${repoRoot}`);
    mkdirSync(out, { recursive: true });
    const json = { date: new Date().toISOString(), command: 'npm run bench', runs, warmup, seedContacts: SEED_CONTACTS, minutes, machine, rows, samples: scenarios.map((scenario, index) => ({ scenario: scenario.title, profile: scenario.profile.name, ...samples[index] })) };
    writeFileSync(new URL('latest.json', out), `${JSON.stringify(json, null, 2)}\n`);
    console.log('Written to bench-results/latest.json');
  } finally {
    await browser.close();
    await Promise.all([stopSites(), versus?.stop()]);
  }
}

await main();
