/**
 * Which Chromium the browser tests drive: CHROMIUM_PATH when set, else Debian's or Ubuntu's,
 * else Playwright's own when it was installed (`npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export interface ChromiumSearch {
  chromiumPathVariable?: string;
  playwrightChromium: string;
  exists: (path: string) => boolean;
}

/** The first candidate that exists; CHROMIUM_PATH, once set, is the only one (a typo must not fall back silently). */
export function findChromium({ chromiumPathVariable, playwrightChromium, exists }: ChromiumSearch): string | null {
  if (chromiumPathVariable) return exists(chromiumPathVariable) ? chromiumPathVariable : null;
  return [...SYSTEM_CHROMIUMS, playwrightChromium].find(exists) ?? null;
}

/** The search on this machine. */
export function findLocalChromium(): string | null {
  return findChromium({ chromiumPathVariable: process.env.CHROMIUM_PATH, playwrightChromium: chromium.executablePath(), exists: existsSync });
}
