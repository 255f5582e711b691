/**
 * Tabs of one browser share one demo database. A file of its own: another tab is a fresh copy of
 * the modules (vi.resetModules), which would also hand later dynamic imports a store of their own.
 */
import { config, db, reseed } from '.';
import { call, tokenFor } from '../../test/kit/api';
import type { UseStore } from 'idb-keyval';
import { freshDemoDatabase } from '../../test/kit/demoDatabase';
import { readStored, startPersistence, type Persistence } from './persistence';

let persistence: Persistence | undefined;
let database: UseStore;
beforeEach(() => {
  database = freshDemoDatabase();
});
afterEach(() => persistence?.stop());

describe('tabs of one browser share one database', () => {
  /** Another tab: a page of its own (its own store, in memory) over the same IndexedDB, handling its requests as the demo does. */
  async function openTab() {
    vi.resetModules();
    const store = await import('./store');
    const { startPersistence: start } = await import('./persistence');
    const { recordEvent } = await import('./events');
    const tab = await start(database);
    tabs.push(tab);
    return { db: store.db, recordEvent, request: <T>(handle: () => T) => tab.exclusive(async () => handle()) };
  }
  const tabs: Persistence[] = [];
  afterEach(() => tabs.splice(0).forEach((tab) => tab.stop()));
  afterEach(() => {
    config.aroundRequest = null;
  });

  /** This test's own page (started, or reloaded), handling the API's requests as the browser demo does (mocks/browser.ts, without the lock). */
  async function startThisTab() {
    persistence?.stop();
    reseed({ contacts: 12 });
    const tab = await startPersistence(database);
    persistence = tab;
    config.aroundRequest = (handle) => tab.exclusive(handle);
  }

  const thomas = () => db.accountByUsername('thomas.vanleeuwen@voorbeeld.nl')!;
  const eventsOf = async (token: string, accountId: number) =>
    (await call('get', '/account/accounts/{id}/events', `/account/accounts/${accountId}/events`, { token })).body as { type: string; actorName: string }[];

  test('what another tab wrote is read by the next request here, and a write here keeps it', async () => {
    await startThisTab();
    const staff = await tokenFor('beheerder@hub.example');
    const other = await openTab();
    await other.request(() => other.recordEvent('previewed', other.db.accountByUsername('thomas.vanleeuwen@voorbeeld.nl')!, other.db.accountByUsername('beheerder@hub.example')!));

    expect((await eventsOf(staff, thomas().id))[0]).toMatchObject({ type: 'previewed', actorName: 'Marloes van Dijk' });
    expect((await call('post', '/account/accounts/{id}/block', `/account/accounts/${thomas().id}/block`, { token: staff })).status).toBe(200);

    // A reload: the page starts again from storage alone.
    await startThisTab();
    expect((await eventsOf(staff, thomas().id)).map((event) => event.type).slice(0, 2)).toEqual(['blocked', 'previewed']);
    expect(thomas().blockedAt).not.toBeNull();
  });

  test('writes of two tabs in turn all survive, with no id taken twice', async () => {
    await startThisTab();
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
    await startThisTab();
    const staff = await tokenFor('beheerder@hub.example');
    const other = await openTab();
    await other.request(() => other.db.saveContact({ ...other.db.tables.contacts.get(1)!, phone: '06 12345678' }));
    const stored = await readStored(database);

    expect((await call('get', '/contact/contacts/{id}', '/contact/contacts/1', { token: staff })).body.phone).toBe('06 12345678');
    expect(await readStored(database)).toEqual(stored);
  });
});

