/**
 * The browser and system a `User-Agent` names, for the session list and the "new browser" mail.
 * Bowser (MIT) reads it; it loads with the first call that needs it, not with the demo's start.
 */
import { db } from './store';
import type { AccountRow } from './types';

export interface Device {
  browser: string | null;
  os: string | null;
}

export async function deviceOf(userAgent: string | null): Promise<Device> {
  if (!userAgent) return { browser: null, os: null };
  const { default: Bowser } = await import('bowser');
  const { browser, os } = Bowser.parse(userAgent);
  return { browser: browser.name || null, os: os.name || null };
}

/** How many of an account's latest `User-Agent`s are remembered. */
const KNOWN_USER_AGENTS = 10;

/**
 * Remembers the `User-Agent` of a login; true when the account logged in before, but never with
 * it (the first login of an account is no news to its owner).
 */
export function rememberUserAgent(accountId: number, userAgent: string | null): boolean {
  const account = db.tables.accounts.get(accountId);
  if (!account || !userAgent) return false;
  const known = account.knownUserAgents;
  if (known.includes(userAgent)) return false;
  const updated: AccountRow = { ...account, knownUserAgents: [userAgent, ...known].slice(0, KNOWN_USER_AGENTS) };
  db.saveAccount(updated);
  return known.length > 0;
}
