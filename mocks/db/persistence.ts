/**
 * Browser persistence: the seed is deterministic, so only what changed since seeding (contacts,
 * accounts, sessions, account events, outbox mails, reset and activation links, failed-login
 * counts, second factors, previews) is stored, with the seed's options. Every request's changes are written before it is
 * answered, and again on `pagehide`, so a reload never loses a write. Stored data that cannot be
 * read is replaced by a fresh seed and reported, never thrown.
 *
 * IndexedDB, not localStorage: Chromium syncs localStorage between tabs' processes later, so a tab
 * that got the lock could still read the data from before another tab's write and take its ids.
 * An IndexedDB transaction always sees every transaction committed before it.
 */
import { createStore, get, getMany, setMany, type UseStore } from 'idb-keyval';
import { isRole } from '../../src/core/roles';
import { DEFAULT_SEED_CONTACTS } from './seed';
import { db, reseed, subscribe } from './store';
import type { MutableRows, MutableTable, NextIds } from './types';

/** Where builds before the IndexedDB store kept the data: taken over once, then removed. */
export const LEGACY_STORAGE_KEY = 'hub.mockApi';
/** Bump when the seed or the row shapes change: older stored data is then reseeded. */
export const FORMAT = 9;

interface Stored {
  format: number;
  seed: { contacts: number; now: number; secondFactors: boolean };
  nextIds: NextIds;
  rows: Record<MutableTable, Record<string, unknown>>;
}

type Restored = { [T in MutableTable]: MutableRows[T][] };

const emptyRows = (): Stored['rows'] => ({ contacts: {}, accounts: {}, sessions: {}, events: {}, mails: {}, resetTokens: {}, loginAttempts: {}, secondFactors: {}, activationTokens: {}, previews: {} });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function check<T>(rows: unknown, valid: (row: Record<string, unknown>) => boolean): T[] {
  if (!isObject(rows)) throw new Error('rows');
  return Object.values(rows).map((row) => {
    if (!isObject(row) || !valid(row)) throw new Error('row');
    return row as T;
  });
}

/** Parses stored data strictly: any surprise throws, and the caller reseeds. */
function parse(raw: string): Stored & { restored: Restored } {
  const stored: unknown = JSON.parse(raw);
  if (!isObject(stored) || stored.format !== FORMAT || !isObject(stored.seed) || !isObject(stored.nextIds) || !isObject(stored.rows)) {
    throw new Error('shape');
  }
  const { contacts, now, secondFactors } = stored.seed;
  const nextIds = stored.nextIds;
  if (!Number.isInteger(contacts) || !Number.isFinite(now) || typeof secondFactors !== 'boolean' || !(['contacts', 'accounts', 'events', 'mails'] as const).every((t) => Number.isInteger(nextIds[t]))) {
    throw new Error('seed');
  }
  const rows = stored.rows;
  const restored: Restored = {
    contacts: check(rows.contacts, (r) => Number.isInteger(r.id) && Number.isInteger(r.organizationId) && typeof r.firstName === 'string' && typeof r.lastName === 'string' && Number.isFinite(r.createdAt)),
    accounts: check(rows.accounts, (r) => Number.isInteger(r.id) && typeof r.username === 'string' && isRole(r.role) && Array.isArray(r.contactIds) && Array.isArray(r.groupIds) && Array.isArray(r.blockedByOrganizationIds)),
    sessions: check(rows.sessions, (r) => typeof r.token === 'string' && typeof r.id === 'string' && Number.isInteger(r.accountId) && typeof r.expiresAt === 'string'),
    events: check(rows.events, (r) => Number.isInteger(r.id) && typeof r.type === 'string' && Number.isInteger(r.accountId) && Array.isArray(r.contactIds)),
    mails: check(rows.mails, (r) => Number.isInteger(r.id) && typeof r.to === 'string' && typeof r.html === 'string'),
    resetTokens: check(rows.resetTokens, (r) => typeof r.tokenHash === 'string' && Number.isInteger(r.accountId) && typeof r.expiresAt === 'string' && typeof r.requestedAt === 'string'),
    loginAttempts: check(rows.loginAttempts, (r) => typeof r.key === 'string' && typeof r.username === 'string' && (r.client === null || typeof r.client === 'string') && Number.isInteger(r.failures)),
    secondFactors: check(rows.secondFactors, (r) => Number.isInteger(r.accountId) && Array.isArray(r.passkeys) && typeof r.webauthnUserId === 'string'),
    activationTokens: check(rows.activationTokens, (r) => typeof r.tokenHash === 'string' && Number.isInteger(r.accountId) && typeof r.expiresAt === 'string'),
    previews: check(rows.previews, (r) => typeof r.id === 'string' && Number.isInteger(r.accountId) && typeof r.startedAt === 'string'),
  };
  return { ...(stored as unknown as Stored), restored };
}

export interface Persistence {
  restoredFromSeed: boolean;
  flush(): Promise<void>;
  /**
   * Runs one request against the data all tabs share: reloads first if another tab wrote since
   * this one last read or wrote, and writes this request's changes before it returns. The caller
   * holds a lock that every tab takes, so nothing is written in between.
   */
  exclusive<T>(handle: () => Promise<T>): Promise<T>;
  stop(): void;
}

const DATA_KEY = 'data';
/** Set with every write: another tab notices a write by this key alone, without reading the data. */
const REVISION_KEY = 'revision';

export function demoDatabase(): UseStore {
  return createStore('hub-demo', 'db');
}

export async function readStored(store: UseStore): Promise<{ data: string | undefined; revision: string | undefined }> {
  const [data, revision] = await getMany<string | undefined>([DATA_KEY, REVISION_KEY], store);
  return { data, revision };
}

// Random rather than counted: two tabs that write outside the lock (on pagehide) never write the same one.
const newRevision = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Loads stored data into the store (or seeds it) and writes every later change through. */
export async function startPersistence(
  store: UseStore,
  options: { seedContacts?: number; legacy?: Storage; secondFactors?: boolean } = {},
): Promise<Persistence> {
  const secondFactors = options.secondFactors ?? false;
  let rows = emptyRows();
  const stored = await readStored(store);
  let seen = stored.revision;
  // While another tab's data is applied, the store's reset is not this tab's change to write.
  let applying = false;
  let pending = false;

  // IndexedDB runs the writes in the order they were begun; a request is answered only after its own is stored.
  let writing = Promise.resolve();
  const flush = () => {
    pending = false;
    const data = JSON.stringify({ format: FORMAT, seed: { ...db.seedOptions }, nextIds: { ...db.nextIds }, rows } satisfies Stored);
    const revision = newRevision();
    seen = revision;
    const written = setMany([[DATA_KEY, data], [REVISION_KEY, revision]], store).catch((error: unknown) =>
      console.warn('[mock api] could not save the demo data', error),
    );
    writing = Promise.all([writing, written]).then(() => undefined);
    return writing;
  };

  /**
   * Replaces the store by `raw`, if it is readable, of the wanted size and seeded with second
   * factors as asked; otherwise seeds (`orSeed` contacts). Says which it did.
   */
  const load = (raw: string | undefined, wanted: number | undefined, orSeed: number): 'restored' | 'seeded' | 'unreadable' => {
    applying = true;
    rows = emptyRows();
    try {
      const parsed = raw === undefined ? null : parse(raw);
      if (parsed && (wanted === undefined || wanted === parsed.seed.contacts) && parsed.seed.secondFactors === secondFactors) {
        reseed(parsed.seed);
        db.restore(parsed.restored, parsed.nextIds);
        rows = parsed.rows;
        return 'restored';
      }
      reseed({ contacts: orSeed, secondFactors });
      return 'seeded';
    } catch {
      reseed({ contacts: orSeed, secondFactors });
      return 'unreadable';
    } finally {
      applying = false;
    }
  };

  const legacy = stored.data === undefined ? (options.legacy?.getItem(LEGACY_STORAGE_KEY) ?? undefined) : undefined;
  const started = load(stored.data ?? legacy, options.seedContacts, options.seedContacts ?? DEFAULT_SEED_CONTACTS);
  const schedule = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => pending && void flush());
  };
  const unsubscribe = subscribe({
    changed(table, key, row) {
      if (row === null) delete rows[table][key];
      else rows[table][key] = row;
      schedule();
    },
    reset() {
      if (applying) return;
      rows = emptyRows();
      void flush();
    },
  });
  const onHide = () => pending && void flush();
  globalThis.addEventListener?.('pagehide', onHide);
  globalThis.addEventListener?.('beforeunload', onHide);
  if (started !== 'restored' || legacy !== undefined) await flush();
  if (legacy !== undefined) options.legacy?.removeItem(LEGACY_STORAGE_KEY);
  return {
    restoredFromSeed: started === 'unreadable',
    flush,
    async exclusive(handle) {
      if ((await get<string>(REVISION_KEY, store)) !== seen) {
        const now = await readStored(store);
        seen = now.revision;
        // Storage emptied or spoilt under this tab: it starts again from the seed of its size.
        if (load(now.data, undefined, db.seedOptions.contacts) !== 'restored') await flush();
      }
      try {
        return await handle();
      } finally {
        if (pending) void flush();
        await writing;
      }
    },
    stop() {
      if (pending) void flush();
      unsubscribe();
      globalThis.removeEventListener?.('pagehide', onHide);
      globalThis.removeEventListener?.('beforeunload', onHide);
    },
  };
}
