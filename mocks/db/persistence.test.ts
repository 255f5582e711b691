/** Browser persistence: writes survive a reload, unreadable data is reseeded and reported, tabs share one database. */
import { config, db, reseed } from '.';
import { call, tokenFor } from '../../test/kit/api';
import { FORMAT, REVISION_KEY, startPersistence, STORAGE_KEY, type Persistence } from './persistence';

let persistence: Persistence | undefined;
afterEach(() => persistence?.stop());

/** A reload: the page's memory is gone (fresh seed), then the worker starts from storage again. */
function reload(options: { seedContacts?: number } = {}): Persistence {
  persistence?.stop();
  reseed({ contacts: 12 });
  persistence = startPersistence(localStorage, options);
  return persistence;
}

test('a fresh start seeds and saves, without reporting a restore', () => {
  persistence = startPersistence(localStorage);
  expect(persistence.restoredFromSeed).toBe(false);
  expect(db.tables.contacts.size).toBe(250);
  expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toMatchObject({ format: FORMAT, seed: { contacts: 250 } });
});

test('writes are stored as soon as the request is answered, and survive a reload', async () => {
  persistence = startPersistence(localStorage);
  const staff = await tokenFor('beheerder@hub.example');
  const created = await call('post', '/contact/contacts', '/contact/contacts', { token: staff, body: { firstName: 'Anna', lastName: 'Dam' } });
  const account = await call('post', '/account/accounts', '/account/accounts', { token: staff, body: { contactId: 2, email: 'fatima@voorbeeld.nl' } });
  expect(localStorage.getItem(STORAGE_KEY)).toContain('fatima@voorbeeld.nl');

  expect(reload().restoredFromSeed).toBe(false);
  expect(db.tables.contacts.get(created.body.id)).toMatchObject({ firstName: 'Anna', lastName: 'Dam' });
  expect(db.accountOfContact(2)?.id).toBe(account.body.id);
  // The session survives too, and new ids continue after the stored ones.
  expect((await call('get', '/contact/contacts/{id}', '/contact/contacts/2', { token: staff })).body.email).toBe('fatima@voorbeeld.nl');
  const next = await call('post', '/contact/contacts', '/contact/contacts', { token: staff, body: { firstName: 'Bo', lastName: 'Dam' } });
  expect(next.body.id).toBe(created.body.id + 1);
});

test('a change still waiting to be written is flushed on pagehide', () => {
  persistence = startPersistence(localStorage);
  db.saveContact({ ...db.tables.contacts.get(1)!, phone: '06 99999999' });
  window.dispatchEvent(new Event('pagehide'));
  expect(localStorage.getItem(STORAGE_KEY)).toContain('06 99999999');
});

test.each([
  ['not JSON', '{"format":1,'],
  ['the wrong shape', '{"format":1,"seed":{"contacts":"many"}}'],
  ['an older format', '{"format":0,"seed":{"contacts":250,"now":1},"nextIds":{},"rows":{}}'],
  ['a broken row', JSON.stringify({ format: 1, seed: { contacts: 250, now: 1 }, nextIds: { contacts: 300, accounts: 40 }, rows: { contacts: { 1: { id: 1 } }, accounts: {}, sessions: {} } })],
])('stored data that is %s is replaced by the seed and reported', (_, stored) => {
  localStorage.setItem(STORAGE_KEY, stored);
  persistence = startPersistence(localStorage);
  expect(persistence.restoredFromSeed).toBe(true);
  expect(db.tables.contacts.get(1)).toMatchObject({ firstName: 'Jan', lastName: 'Vries' });
  expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).format).toBe(FORMAT);
  expect(reload().restoredFromSeed).toBe(false);
});

test('resetting restores the seed, also after a reload', async () => {
  persistence = startPersistence(localStorage);
  const staff = await tokenFor('beheerder@hub.example');
  await call('post', '/account/accounts', '/account/accounts', { token: staff, body: { contactId: 1, email: 'jan.devries@voorbeeld.nl' } });
  reseed({ contacts: db.seedOptions.contacts });
  expect(db.accountOfContact(1)).toBeUndefined();
  reload();
  expect(db.accountOfContact(1)).toBeUndefined();
  expect(db.tables.contacts.size).toBe(250);
});

test('the seed size is kept across reloads until another size is asked for', () => {
  persistence = startPersistence(localStorage, { seedContacts: 1000 });
  expect(db.tables.contacts.size).toBe(1000);
  reload();
  expect(db.tables.contacts.size).toBe(1000);
  reload({ seedContacts: 300 });
  expect(db.tables.contacts.size).toBe(300);
});

test('account events, outbox mails, reset links, failed-login counts and blocks survive a reload', async () => {
  persistence = startPersistence(localStorage);
  const staff = await tokenFor('beheerder@hub.example');
  const created = await call('post', '/account/accounts', '/account/accounts', { token: staff, body: { contactId: 1, email: 'jan.devries@voorbeeld.nl' } });
  await call('post', '/account/accounts/{id}/block', `/account/accounts/${created.body.id}/block`, { token: staff });
  await call('post', '/auth/forgot-password', '/auth/forgot-password', { body: { username: 'klant@hub.example' } });
  await call('post', '/auth/login', '/auth/login', { body: { username: 'klant@hub.example', password: 'fout' } });
  const counts = () => ({ events: db.tables.events.size, mails: db.tables.mails.size, resetTokens: db.tables.resetTokens.size, loginAttempts: db.tables.loginAttempts.size });
  const before = counts();
  // Failed logins: one count for this client, one over all clients.
  expect(before).toMatchObject({ mails: 2, resetTokens: 1, loginAttempts: 2 });

  reload();
  expect(counts()).toEqual(before);
  expect(db.accountOfContact(1)?.blockedAt).not.toBeNull();
  const next = await call('post', '/account/accounts', '/account/accounts', { token: staff, body: { contactId: 2, email: 'fatima@voorbeeld.nl' } });
  expect(next.status).toBe(201);
  expect(Math.max(...db.tables.mails.keys())).toBe(3);
  expect(db.tables.events.size).toBe(before.events + 2);
});

describe('tabs of one browser share one database', () => {
  /** Another tab: a page of its own (its own store, in memory) over the same localStorage, handling its requests as the demo does. */
  async function openTab() {
    vi.resetModules();
    const store = await import('./store');
    const { startPersistence: start } = await import('./persistence');
    const { recordEvent } = await import('./events');
    const tab = start(localStorage);
    tabs.push(tab);
    return { db: store.db, recordEvent, request: <T>(handle: () => T) => tab.exclusive(async () => handle()) };
  }
  const tabs: Persistence[] = [];
  afterEach(() => tabs.splice(0).forEach((tab) => tab.stop()));

  /** This test's own page (started, or reloaded), handling the API's requests as the browser demo does (mocks/browser.ts, without the lock). */
  function startThisTab() {
    persistence?.stop();
    reseed({ contacts: 12 });
    persistence = startPersistence(localStorage);
    const tab = persistence;
    config.aroundRequest = (handle) => tab.exclusive(handle);
  }

  const thomas = () => db.accountByUsername('thomas.vanleeuwen@voorbeeld.nl')!;
  const eventsOf = async (token: string, accountId: number) =>
    (await call('get', '/account/accounts/{id}/events', `/account/accounts/${accountId}/events`, { token })).body as { type: string; actorName: string }[];

  test('what another tab wrote is read by the next request here, and a write here keeps it', async () => {
    startThisTab();
    const staff = await tokenFor('beheerder@hub.example');
    const other = await openTab();
    await other.request(() => other.recordEvent('previewed', other.db.accountByUsername('thomas.vanleeuwen@voorbeeld.nl')!, other.db.accountByUsername('beheerder@hub.example')!));

    expect((await eventsOf(staff, thomas().id))[0]).toMatchObject({ type: 'previewed', actorName: 'Marloes van Dijk' });
    expect((await call('post', '/account/accounts/{id}/block', `/account/accounts/${thomas().id}/block`, { token: staff })).status).toBe(200);

    // A reload: the page starts again from storage alone.
    startThisTab();
    expect((await eventsOf(staff, thomas().id)).map((event) => event.type).slice(0, 2)).toEqual(['blocked', 'previewed']);
    expect(thomas().blockedAt).not.toBeNull();
  });

  test('writes of two tabs in turn all survive, with no id taken twice', async () => {
    startThisTab();
    const staff = await tokenFor('beheerder@hub.example');
    const other = await openTab();
    const created: number[] = [];
    for (const name of ['Anna', 'Bo', 'Cas']) {
      created.push((await call('post', '/contact/contacts', '/contact/contacts', { token: staff, body: { firstName: name, lastName: 'Hier' } })).body.id);
      created.push(
        await other.request(() => {
          const id = other.db.takeId('contacts');
          other.db.saveContact({ ...other.db.tables.contacts.get(1)!, id, firstName: name, lastName: 'Daar' });
          return id;
        }),
      );
    }
    expect(new Set(created).size).toBe(6);

    const third = await openTab();
    expect(created.map((id) => `${third.db.tables.contacts.get(id)?.firstName} ${third.db.tables.contacts.get(id)?.lastName}`)).toEqual([
      'Anna Hier', 'Anna Daar', 'Bo Hier', 'Bo Daar', 'Cas Hier', 'Cas Daar',
    ]);
  });

  test('taking in another tab\'s data writes nothing back', async () => {
    startThisTab();
    const staff = await tokenFor('beheerder@hub.example');
    const other = await openTab();
    await other.request(() => other.db.saveContact({ ...other.db.tables.contacts.get(1)!, phone: '06 12345678' }));
    const stored = { data: localStorage.getItem(STORAGE_KEY), revision: localStorage.getItem(REVISION_KEY) };

    expect((await call('get', '/contact/contacts/{id}', '/contact/contacts/1', { token: staff })).body.phone).toBe('06 12345678');
    expect({ data: localStorage.getItem(STORAGE_KEY), revision: localStorage.getItem(REVISION_KEY) }).toEqual(stored);
  });
});
