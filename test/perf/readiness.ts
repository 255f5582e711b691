/**
 * "Ready" as a user sees it, recorded inside the page: when every wanted element is in the DOM
 * with a box and every wanted text is in the page's visible text (`innerText`), the next
 * animation frame (the paint) stamps `window.__benchReady` with `performance.now()`, i.e. ms
 * since navigation start.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface Wanted {
  selector: string;
  /** How many such elements must have a box (default 1). */
  count?: number;
}

export interface Ready {
  elements?: Wanted[];
  /** Texts from the API's answer: data on screen, whatever the markup. */
  texts?: string[];
}

export const loginFormUsable: Ready = {
  elements: [{ selector: 'input[name="username"]' }, { selector: 'input[name="password"]' }, { selector: 'button[type="submit"]:not([disabled])' }],
};

export const newPasswordFormUsable: Ready = {
  elements: [{ selector: 'input[type="password"]', count: 2 }, { selector: 'button[type="submit"]:not([disabled])' }],
};

export const textsShown = (texts: string[]): Ready => ({ texts });

// Plain JavaScript on purpose: tsx would add helpers (`__name`) to a serialized TS function
// that do not exist in the page.
const watchReadySource = `({ elements = [], texts = [] }) => {
  let stamped = false;
  const present = ({ selector, count = 1 }) =>
    Array.from(document.querySelectorAll(selector)).filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    }).length >= count;
  const shown = () => {
    if (texts.length === 0) return true;
    const text = document.body ? document.body.innerText : '';
    return texts.every((wanted) => text.includes(wanted));
  };
  const observer = new MutationObserver(() => {
    if (stamped || !elements.every(present) || !shown()) return;
    stamped = true;
    observer.disconnect();
    requestAnimationFrame(() => { window.__benchReady = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}`;

/** Every document of this context watches for `ready` from its very first script. */
export async function watchForReady(context: BrowserContext, ready: Ready): Promise<void> {
  await context.addInitScript({ content: `(${watchReadySource})(${JSON.stringify(ready)});` });
}

/** Waits for the current document's stamp: ms since its navigation start. */
export async function readyStamp(page: Page, timeout = 120_000): Promise<number> {
  const handle = await page.waitForFunction(() => (window as unknown as { __benchReady?: number }).__benchReady, undefined, { timeout, polling: 50 });
  return (await handle.jsonValue()) as number;
}
