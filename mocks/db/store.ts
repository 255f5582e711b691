/**
 * The in-memory store: plain Maps plus the indexes the handlers need, and one door for every
 * write so that indexes and persistence never miss a change. All functions are synchronous:
 * a handler's check-then-write can never be interleaved with another request.
 */
import { seed, type SeedOptions } from './seed';
import type { AccountRow, ContactRow, IdTable, MutableRows, MutableTable, NextIds, SessionRow, Tables } from './types';

export interface StoreListener {
  changed(table: MutableTable, key: string, row: MutableRows[MutableTable] | null): void;
  reset(): void;
}

/** The tables without indexes of their own: written with `db.put` / `db.remove`. */
type PlainTable = 'events' | 'mails' | 'resetTokens' | 'loginAttempts' | 'secondFactors' | 'activationTokens' | 'previews';

interface State {
  tables: Tables;
  nextIds: NextIds;
  seedOptions: Required<SeedOptions>;
  accountIdByUsername: Map<string, number>;
  accountIdByContact: Map<number, number>;
  contractIdsByContact: Map<number, number[]>;
  /** Bumped on every contact write; query caches compare against it. */
  contactsVersion: number;
}

// Seeded on first use rather than on import: the browser's persistence seeds (or restores) the
// store itself at start, and seeding twice costs a phone a tenth of a second.
let seeded: State | undefined;
const listeners = new Set<StoreListener>();

function current(): State {
  if (!seeded) reseed();
  return seeded!;
}

function indexAccount(state: State, account: AccountRow) {
  state.accountIdByUsername.set(account.username.toLowerCase(), account.id);
  for (const contactId of account.contactIds) state.accountIdByContact.set(contactId, account.id);
}

/** Replaces all data by a fresh seed. */
export function reseed(options: SeedOptions = {}): void {
  const seedOptions = { contacts: options.contacts ?? 250, now: options.now ?? Date.now(), secondFactors: options.secondFactors ?? false };
  const { tables, nextIds } = seed(seedOptions);
  const state: State = {
    tables,
    nextIds,
    seedOptions,
    accountIdByUsername: new Map(),
    accountIdByContact: new Map(),
    contractIdsByContact: new Map(),
    contactsVersion: 0,
  };
  for (const account of tables.accounts.values()) indexAccount(state, account);
  for (const contract of tables.contracts.values()) {
    const ids = state.contractIdsByContact.get(contract.contactId) ?? [];
    ids.push(contract.id);
    state.contractIdsByContact.set(contract.contactId, ids);
  }
  seeded = state;
  for (const listener of listeners) listener.reset();
}

export function subscribe(listener: StoreListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(table: MutableTable, key: string | number, row: MutableRows[MutableTable] | null) {
  for (const listener of listeners) listener.changed(table, String(key), row);
}

const keyOf = {
  events: (row: MutableRows['events']) => row.id,
  mails: (row: MutableRows['mails']) => row.id,
  resetTokens: (row: MutableRows['resetTokens']) => row.tokenHash,
  loginAttempts: (row: MutableRows['loginAttempts']) => row.key,
  secondFactors: (row: MutableRows['secondFactors']) => row.accountId,
  activationTokens: (row: MutableRows['activationTokens']) => row.tokenHash,
  previews: (row: MutableRows['previews']) => row.id,
} as const;

type Restorable = { [T in MutableTable]: MutableRows[T][] };

export const db = {
  get tables(): Readonly<Tables> {
    return current().tables;
  },
  get seedOptions(): Readonly<Required<SeedOptions>> {
    return current().seedOptions;
  },
  get nextIds(): Readonly<NextIds> {
    return current().nextIds;
  },
  get contactsVersion(): number {
    return current().contactsVersion;
  },
  accountByUsername(username: string): AccountRow | undefined {
    const state = current();
    const id = state.accountIdByUsername.get(username.trim().toLowerCase());
    return id === undefined ? undefined : state.tables.accounts.get(id);
  },
  accountOfContact(contactId: number): AccountRow | undefined {
    const state = current();
    const id = state.accountIdByContact.get(contactId);
    return id === undefined ? undefined : state.tables.accounts.get(id);
  },
  contractIdsOfContact(contactId: number): readonly number[] {
    return current().contractIdsByContact.get(contactId) ?? [];
  },
  takeId(table: IdTable): number {
    return current().nextIds[table]++;
  },
  saveContact(contact: ContactRow): void {
    const state = current();
    state.tables.contacts.set(contact.id, contact);
    state.nextIds.contacts = Math.max(state.nextIds.contacts, contact.id + 1);
    state.contactsVersion++;
    notify('contacts', contact.id, contact);
  },
  saveAccount(account: AccountRow): void {
    const state = current();
    const previous = state.tables.accounts.get(account.id);
    if (previous) state.accountIdByUsername.delete(previous.username.toLowerCase());
    state.tables.accounts.set(account.id, account);
    state.nextIds.accounts = Math.max(state.nextIds.accounts, account.id + 1);
    indexAccount(state, account);
    // A contact's `account` summary is part of the contact: list caches must see it.
    state.contactsVersion++;
    notify('accounts', account.id, account);
  },
  saveSession(session: SessionRow): void {
    current().tables.sessions.set(session.token, session);
    notify('sessions', session.token, session);
  },
  deleteSession(token: string): void {
    if (current().tables.sessions.delete(token)) notify('sessions', token, null);
  },
  /** Inserts or replaces a row of a table without indexes (events, mails, links, login attempts, second factors, previews). */
  put<T extends PlainTable>(table: T, row: MutableRows[T]): void {
    const key = (keyOf[table] as (row: MutableRows[T]) => string | number)(row);
    (current().tables[table] as Map<string | number, MutableRows[T]>).set(key, row);
    notify(table, key, row);
  },
  remove(table: PlainTable, key: string | number): void {
    if ((current().tables[table] as Map<string | number, unknown>).delete(key)) notify(table, key, null);
  },
  /** Restores persisted state without notifying (it came from the listeners in the first place). */
  restore(rows: Restorable, nextIds: NextIds): void {
    const state = current();
    for (const contact of rows.contacts) state.tables.contacts.set(contact.id, contact);
    for (const account of rows.accounts) {
      const previous = state.tables.accounts.get(account.id);
      if (previous) state.accountIdByUsername.delete(previous.username.toLowerCase());
      state.tables.accounts.set(account.id, account);
      indexAccount(state, account);
    }
    for (const session of rows.sessions) state.tables.sessions.set(session.token, session);
    for (const table of ['events', 'mails', 'resetTokens', 'loginAttempts', 'secondFactors', 'activationTokens', 'previews'] as const) {
      const map = state.tables[table] as Map<string | number, unknown>;
      for (const row of rows[table]) map.set((keyOf[table] as (row: unknown) => string | number)(row), row);
    }
    state.nextIds = { ...nextIds };
    state.contactsVersion++;
  },
};
