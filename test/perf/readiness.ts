/**
 * "Ready" as a user sees it, recorded inside the page: when every wanted element is in the DOM
 * with a box (and text, where asked), the next animation frame (the paint) stamps
 * `window.__benchReady` with `performance.now()`, i.e. ms since navigation start.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface Wanted {
  selector: string;
  /** Loading placeholders have the same shape as rows: only a cell with text counts. */
  withText?: boolean;
}

export const loginFormUsable: Wanted[] = [
  { selector: 'input[name="username"]' },
  { selector: 'input[name="password"]' },
  { selector: 'form button[type="submit"]:not([disabled])' },
];
export const tableRowsVisible: Wanted[] = [{ selector: 'table tbody tr td', withText: true }];
export const contractsVisible: Wanted[] = [{ selector: 'main li, table tbody tr td', withText: true }];

// Plain JavaScript on purpose: tsx would add helpers (`__name`) to a serialized TS function
// that do not exist in the page.
const watchReadySource = `(wanted) => {
  let stamped = false;
  const present = ({ selector, withText }) =>
    Array.from(document.querySelectorAll(selector)).some((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && (!withText || (element.textContent ?? '').trim() !== '');
    });
  const observer = new MutationObserver(() => {
    if (stamped || !wanted.every(present)) return;
    stamped = true;
    observer.disconnect();
    requestAnimationFrame(() => { window.__benchReady = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}`;

/** Every document of this context watches for these elements from its very first script. */
export async function watchForReady(context: BrowserContext, wanted: Wanted[]): Promise<void> {
  await context.addInitScript({ content: `(${watchReadySource})(${JSON.stringify(wanted)});` });
}

/** Waits for the current document's stamp; returns it and the document's navigation start. */
export async function readyStamp(page: Page, timeout = 120_000): Promise<{ readyMs: number; readyAt: number }> {
  await page.waitForFunction(() => (window as unknown as { __benchReady?: number }).__benchReady !== undefined, undefined, { timeout, polling: 50 });
  return page.evaluate(() => {
    const readyMs = (window as unknown as { __benchReady: number }).__benchReady;
    return { readyMs, readyAt: performance.timeOrigin + readyMs };
  });
}
