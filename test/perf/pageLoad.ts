/**
 * One measured page load: a fresh browser context (cold cache, empty storage, except what the
 * load puts in localStorage before the page's first script), the profile's throttling, the
 * navigation, then the ready stamp and the JS the page had received by then.
 */
import type { Browser, Page } from '@playwright/test';
import type { Profile } from './profiles';
import { readyStamp, watchForReady, type Ready } from './readiness';

export interface PageLoad {
  url: string;
  ready: Ready;
  /** localStorage entries of the page's origin, written before any script of the page runs. */
  storage?: Record<string, string>;
  /** More figures from the loaded page, after the ready stamp (e.g. the heap). */
  afterReady?: (page: Page) => Promise<Partial<LoadFigures>>;
}

export interface LoadFigures {
  readyMs: number;
  /** Gzipped (encoded) bytes of the JS responses that had finished by the ready stamp. */
  jsBytes: number;
  jsFiles: number;
  heapBytes?: number;
}

// Init scripts run in every document of the context, about:blank too (no storage there).
const storageScript = (origin: string, entries: Record<string, string>) =>
  `if (location.origin === ${JSON.stringify(origin)}) for (const [key, value] of Object.entries(${JSON.stringify(entries)})) localStorage.setItem(key, value);`;

/**
 * From the page's Resource Timing: the browser's own record, on the same clock as the stamp.
 * `encodedBodySize` is the body as it came over the wire (gzipped), without headers.
 */
function jsReceivedBy(page: Page, readyMs: number): Promise<Pick<LoadFigures, 'jsBytes' | 'jsFiles'>> {
  return page.evaluate((until) => {
    const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (entry) => new URL(entry.name).pathname.endsWith('.js') && entry.responseEnd <= until,
    );
    return { jsBytes: js.reduce((sum, entry) => sum + entry.encodedBodySize, 0), jsFiles: js.length };
  }, readyMs);
}

export async function measureLoad(browser: Browser, profile: Profile, load: PageLoad): Promise<LoadFigures> {
  const context = await browser.newContext(profile.context);
  try {
    if (load.storage) await context.addInitScript({ content: storageScript(new URL(load.url).origin, load.storage) });
    await watchForReady(context, load.ready);
    const page = await context.newPage();
    await profile.throttle(page);
    await page.goto(load.url);
    const readyMs = await readyStamp(page);
    const js = await jsReceivedBy(page, readyMs);
    return { readyMs, ...js, ...(await load.afterReady?.(page)) };
  } finally {
    await context.close();
  }
}
