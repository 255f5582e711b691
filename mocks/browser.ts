/**
 * The mock Hub API in the browser (demo mode): an MSW service worker over the persisted store.
 * `?seedContacts=10000` in the page URL seeds that many contacts (kept across reloads).
 * All tabs of the browser profile share one database: each request is handled under a Web Lock,
 * on what the last writing tab stored (see `Persistence.exclusive`).
 */
import { setupWorker } from 'msw/browser';
import { config, db, reseed } from './db';
import { demoDatabase, startPersistence, type Persistence } from './db/persistence';
import { createHandlers } from './handlers';
import { parsePortalUrl } from './mail/portalUrl';

let persistence: Persistence | undefined;

// Service workers, and so the demo, need a secure context, where Web Locks always exist.
const DB_LOCK = 'hub-demo-db';
// The lock's promise settles with the work's result awaited (the DOM typings leave it unawaited).
const underLock = <T>(work: () => T) => navigator.locks.request(DB_LOCK, work) as Promise<Awaited<T>>;

function requestedSeedSize(): number | undefined {
  const value = new URLSearchParams(window.location.search).get('seedContacts');
  const size = value === null ? NaN : Number(value);
  return Number.isInteger(size) && size > 0 && size <= 100_000 ? size : undefined;
}

/** The demo's latency, as a real API would have. */
const DEMO_LATENCY_MS: [number, number] = [150, 300];

export async function startDemoWorker(): Promise<{ restoredFromSeed: boolean }> {
  // Every seeded staff user but one and the demo customer have the demo's authenticator app (the
  // second step shows its code); staff without a factor enrol at login, as the Hub requires.
  const started = await underLock(() =>
    startPersistence(demoDatabase(), { seedContacts: requestedSeedSize(), legacy: window.localStorage, secondFactors: true }),
  );
  config.staffMustEnrol = true;
  persistence = started;
  config.aroundRequest = (handle) => underLock(() => started.exclusive(handle));
  // A little latency, so loading states are seen in the demo as they will be in real life.
  config.latencyMs = DEMO_LATENCY_MS;
  // Mails link to the page's own origin: the demo's portal is this page.
  config.portalUrl = parsePortalUrl(new URL(import.meta.env.BASE_URL, window.location.origin).href);
  // A page's fetch cannot send `User-Agent`: the sessions it opens carry the page's own.
  config.userAgent = navigator.userAgent;
  // The outbox is public here: the user's own browser holds all the demo data anyway.
  const worker = setupWorker(...createHandlers(new URL('/api', window.location.origin).href, { outbox: { public: true } }));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return { restoredFromSeed: persistence.restoredFromSeed };
}

/**
 * Puts the seed back (same size) and saves it at once, so a reload that follows sees it.
 * Sessions of accounts that exist in the seed survive (those of every tab): resetting the data is
 * no reason to log out.
 */
export async function resetDemoData(): Promise<void> {
  const shared = persistence;
  if (!shared) return;
  await underLock(() =>
    shared.exclusive(async () => {
      const sessions = [...db.tables.sessions.values()];
      const accounts = db.tables.accounts;
      reseed({ contacts: db.seedOptions.contacts, secondFactors: db.seedOptions.secondFactors });
      for (const session of sessions) {
        const account = db.tables.accounts.get(session.accountId);
        if (account && account.username === accounts.get(session.accountId)?.username) db.saveSession(session);
      }
    }),
  );
}
