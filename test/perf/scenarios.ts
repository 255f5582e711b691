/**
 * What is measured in the browser, per app. Every scenario gets a fresh browser context; the
 * measured navigation is the last full page load of the scenario (counted bytes and times
 * belong to that load only, and `no-store` makes it fetch all its JS again).
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { contractsVisible, loginFormUsable, readyStamp, tableRowsVisible, watchForReady, type Wanted } from './readiness';
import { jsBytesUntil, type StaticSite } from './staticServer';

export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const PHONE_WIDTH = 375;
export const CPU_SLOWDOWN = 4;
/** Pages seen before the heap is measured: the first one plus nine page turns. */
export const PAGES_VIEWED = 10;

export interface LoadFigures {
  readyMs: number;
  jsBytes: number;
}

export interface ListFigures extends LoadFigures {
  heapBytes: number;
}

async function openContext(browser: Browser, wanted: Wanted[], width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await watchForReady(context, wanted);
  return { context, page: await context.newPage() };
}

/** Runs `navigate` as the measured load: JS bytes count from here until the ready stamp. */
async function measuredLoad(page: Page, site: StaticSite, navigate: () => Promise<unknown>): Promise<LoadFigures> {
  site.clearLog();
  await navigate();
  const { readyMs, readyAt } = await readyStamp(page);
  return { readyMs, jsBytes: jsBytesUntil(site.log, readyAt) };
}

/**
 * Hub figures 2 and 3 run the demo with `?mockLatency=0`: without it they would measure the
 * demo's fake 150–300 ms API latency per request, which the baseline (fakerest) does not have.
 */
export const NO_MOCK_LATENCY = 'mockLatency=0';

export async function logIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill('demo');
  await page.locator('form button[type="submit"]').click();
}

export async function throttleCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Turns pages with the pagination's "next" button, each time until the first row changed. */
async function pageThrough(page: Page, pages: number): Promise<void> {
  const firstRow = page.locator('table tbody tr').first();
  for (let turn = 1; turn < pages; turn++) {
    const before = await firstRow.textContent();
    await page.locator('.MuiPagination-ul > li:last-child button').click();
    await page.waitForFunction((text) => document.querySelector('table tbody tr')?.textContent !== text, before, { timeout: 30_000 });
  }
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function withContext<T>(browser: Browser, wanted: Wanted[], width: number, run: (page: Page) => Promise<T>): Promise<T> {
  const { context, page } = await openContext(browser, wanted, width);
  try {
    return await run(page);
  } finally {
    await context.close();
  }
}

export const hubScenarios = {
  /** A first visit: the login page until its form can be used. */
  login: (browser: Browser, site: StaticSite) =>
    withContext(browser, loginFormUsable, 1280, (page) => measuredLoad(page, site, () => page.goto(`${site.origin}/#/login`))),

  /** A logged-in Beheerder (re)opens the contacts list over 10,000 contacts; then pages through it. */
  contacts: (browser: Browser, site: StaticSite): Promise<ListFigures> =>
    withContext(browser, tableRowsVisible, 1280, async (page) => {
      await logIn(page, `${site.origin}/?seedContacts=10000&${NO_MOCK_LATENCY}#/login`, 'beheerder@hub.example');
      await page.waitForURL(/#\/contacts/);
      await readyStamp(page);
      const load = await measuredLoad(page, site, () => page.reload());
      await pageThrough(page, PAGES_VIEWED);
      return { ...load, heapBytes: await heapAfterGc(page) };
    }),

  /** The customer (re)opens "Mijn contracten" on a phone-sized screen with a slow CPU. */
  portal: (browser: Browser, site: StaticSite) =>
    withContext(browser, contractsVisible, PHONE_WIDTH, async (page) => {
      await logIn(page, `${site.origin}/?${NO_MOCK_LATENCY}#/login`, 'klant@hub.example');
      await page.waitForURL(/#\/portal/);
      await page.evaluate(() => (window.location.hash = '#/portal/contracts'));
      await readyStamp(page);
      await throttleCpu(page, CPU_SLOWDOWN);
      return measuredLoad(page, site, () => page.reload());
    }),
};

export const baselineScenarios = {
  /** The bare app's list: its first load is also its "initial JS" (it has no login page). */
  list: (browser: Browser, site: StaticSite): Promise<ListFigures> =>
    withContext(browser, tableRowsVisible, 1280, async (page) => {
      const load = await measuredLoad(page, site, () => page.goto(`${site.origin}/#/contacts`));
      await pageThrough(page, PAGES_VIEWED);
      return { ...load, heapBytes: await heapAfterGc(page) };
    }),

  /** The same list reloaded on a phone-sized screen with the same slow CPU as the portal. */
  throttledList: (browser: Browser, site: StaticSite) =>
    withContext(browser, tableRowsVisible, PHONE_WIDTH, async (page) => {
      await page.goto(`${site.origin}/#/contacts`);
      await readyStamp(page);
      await throttleCpu(page, CPU_SLOWDOWN);
      return measuredLoad(page, site, () => page.reload());
    }),
};
