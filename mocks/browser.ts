/**
 * The mock Hub API in the browser (demo mode): an MSW service worker over the persisted store.
 * `?seedContacts=10000` in the page URL seeds that many contacts (kept across reloads).
 * `?mockLatency=0` (or another number of ms) replaces the demo's realistic latency, e.g. so
 * `npm run bench` measures the app rather than the fake network.
 */
import { setupWorker } from 'msw/browser';
import { config, db, reseed } from './db';
import { startPersistence, type Persistence } from './db/persistence';
import { createHandlers } from './handlers';
import { parsePortalUrl } from './mail/portalUrl';

let persistence: Persistence | undefined;

// Performance marks of the demo's start (read by test/perf/portalTimeline.ts): where a first
// API request's wait goes on a slow phone.
performance.mark('mock:chunk-loaded');

function requestedSeedSize(): number | undefined {
  const value = new URLSearchParams(window.location.search).get('seedContacts');
  const size = value === null ? NaN : Number(value);
  return Number.isInteger(size) && size > 0 && size <= 100_000 ? size : undefined;
}

/** The demo's latency: 150–300 ms, as a real API would have, unless the URL asks otherwise. */
function requestedLatency(): [number, number] | null {
  const value = new URLSearchParams(window.location.search).get('mockLatency');
  const ms = value ? Number(value) : NaN;
  if (!Number.isFinite(ms) || ms < 0) return [150, 300];
  return ms === 0 ? null : [ms, ms];
}

export async function startDemoWorker(): Promise<{ restoredFromSeed: boolean }> {
  performance.mark('mock:store-start');
  persistence = startPersistence(window.localStorage, { seedContacts: requestedSeedSize() });
  performance.mark('mock:store-ready');
  // A little latency, so loading states are seen in the demo as they will be in real life.
  config.latencyMs = requestedLatency();
  // Mails link to the page's own origin: the demo's portal is this page.
  config.portalUrl = parsePortalUrl(new URL(import.meta.env.BASE_URL, window.location.origin).href);
  // The outbox is public here: the user's own browser holds all the demo data anyway.
  const worker = setupWorker(...createHandlers(new URL('/api', window.location.origin).href, { outbox: { public: true } }));
  performance.mark('mock:worker-start');
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  performance.mark('mock:worker-ready');
  return { restoredFromSeed: persistence.restoredFromSeed };
}

/**
 * Puts the seed back (same size) and saves it at once, so a reload that follows sees it.
 * Sessions of accounts that exist in the seed survive: resetting the data is no reason to log out.
 */
export async function resetDemoData(): Promise<void> {
  const sessions = [...db.tables.sessions.values()];
  const accounts = db.tables.accounts;
  reseed({ contacts: db.seedOptions.contacts });
  for (const session of sessions) {
    const account = db.tables.accounts.get(session.accountId);
    if (account && account.username === accounts.get(session.accountId)?.username) db.saveSession(session);
  }
  persistence?.flush();
}
