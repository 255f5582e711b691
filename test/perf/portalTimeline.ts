/**
 * `npx tsx test/perf/portalTimeline.ts [--runs 5] [--dist dist/perf-hub]`: where the time of the
 * portal figure goes. On an already built demo (`npm run bench` builds dist/perf-hub), runs the
 * bench's portal scenario (375 px, 4× CPU, measured reload) and prints the median ms since
 * navigation start of the page's performance marks (`app:*` from src/main.tsx, `mock:*` from
 * mocks/browser.ts), of the first API request, of the JS files and of the ready stamp.
 * A diagnostic: the bench's figures stay the ones to report.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { contractsVisible, readyStamp, watchForReady } from './readiness';
import { CHROMIUM_FLAGS, CPU_SLOWDOWN, logIn, NO_MOCK_LATENCY, PHONE_WIDTH, throttleCpu } from './scenarios';
import { serveStatic } from './staticServer';
import { percentile } from './stats';

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '5' }, dist: { type: 'string', default: 'dist/perf-hub' } } });

/** Marks, the API request and the JS files of the measured load, in ms since navigation start. */
function timeline(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const points: Record<string, number> = {};
    for (const mark of performance.getEntriesByType('mark')) points[mark.name] ??= mark.startTime;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const js = resources.filter((entry) => entry.name.endsWith('.js'));
    points.jsFiles = js.length;
    points['last JS file loaded'] = Math.max(...js.map((entry) => entry.responseEnd));
    const api = resources.find((entry) => new URL(entry.name).pathname.startsWith('/api/'));
    if (api) Object.assign(points, { 'api: request sent': api.startTime, 'api: response': api.responseEnd });
    points.ready = (window as unknown as { __benchReady: number }).__benchReady;
    return points;
  });
}

async function portalRun(browser: Browser, origin: string): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  try {
    await watchForReady(context, contractsVisible);
    const page = await context.newPage();
    await logIn(page, `${origin}/?${NO_MOCK_LATENCY}#/login`, 'klant@hub.example');
    await page.waitForURL(/#\/portal/);
    await page.evaluate(() => (window.location.hash = '#/portal/contracts'));
    await readyStamp(page);
    await throttleCpu(page, CPU_SLOWDOWN);
    await page.reload();
    await readyStamp(page);
    return await timeline(page);
  } finally {
    await context.close();
  }
}

const site = await serveStatic(new URL(`../../${options.dist}`, import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
try {
  await portalRun(browser, site.origin); // warm-up
  const runs: Record<string, number>[] = [];
  for (let run = 0; run < Number(options.runs); run++) runs.push(await portalRun(browser, site.origin));
  const names = [...new Set(runs.flatMap(Object.keys))].filter((name) => name !== 'jsFiles');
  const medians = names.map((name) => ({ name, ms: percentile(runs.flatMap((run) => (name in run ? [run[name]] : [])), 50) }));
  for (const { name, ms } of medians.sort((a, b) => a.ms - b.ms)) console.log(`${ms.toFixed(0).padStart(6)}  ${name}`);
  console.log(`JS files: ${runs[0].jsFiles}; ready per run: ${runs.map((run) => run.ready.toFixed(0)).join(', ')} ms (load ${loadavg()[0].toFixed(2)})`);
} finally {
  await browser.close();
  await site.close();
}
