/**
 * The two test devices. Phone: 375×740, a 4× slower CPU and Lighthouse's "Slow 4G"
 * (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up), through Chromium's own DevTools emulation
 * (CDP), set before the page's first request. Desktop: 1280×800, no throttling.
 */
import type { BrowserContextOptions, Page } from '@playwright/test';

export interface Profile {
  name: 'phone' | 'desktop';
  context: BrowserContextOptions;
  /** Applied to a fresh page before it navigates. */
  throttle(page: Page): Promise<void>;
}

const common: BrowserContextOptions = { locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' };

const SLOW_4G = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const PHONE_CPU_SLOWDOWN = 4;

export const phone: Profile = {
  name: 'phone',
  context: { ...common, viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  async throttle(page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  },
};

export const desktop: Profile = {
  name: 'desktop',
  context: { ...common, viewport: { width: 1280, height: 800 } },
  throttle: async () => {},
};
