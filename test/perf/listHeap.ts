/**
 * The back office's heap figure: after the list's first page is ready, nine page turns (ten
 * pages seen, so what the list keeps of earlier pages counts), two forced garbage collections,
 * then the page's used JS heap (CDP).
 */
import type { Page } from '@playwright/test';

const PAGES_VIEWED = 10;

/** Turns pages with react-admin's pagination "next" button, each time until the first row changed. */
async function pageThrough(page: Page, pages: number): Promise<void> {
  const firstRow = page.locator('table tbody tr').first();
  for (let turn = 1; turn < pages; turn++) {
    const before = await firstRow.textContent();
    await page.locator('.MuiPagination-ul > li:last-child button').click();
    await page.waitForFunction((text) => document.querySelector('table tbody tr')?.textContent !== text, before, { timeout: 30_000 });
  }
}

export async function heapAfterPaging(page: Page): Promise<{ heapBytes: number }> {
  await pageThrough(page, PAGES_VIEWED);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { heapBytes: usedSize };
}
