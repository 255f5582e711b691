/** Browser persistence: writes survive a reload, unreadable data is reseeded and reported. */
import { db, reseed } from '.';
import { call, login, tokenFor } from '../../test/kit/api';
import { totpCode } from '../../test/kit/secondFactor';
import { freshDemoDatabase, storedData } from '../../test/kit/demoDatabase';
import type { UseStore } from 'idb-keyval';
import { setMany } from 'idb-keyval';
import { config } from './config';
import { FORMAT, LEGACY_STORAGE_KEY, startPersistence, type Persistence } from './persistence';

let persistence: Persistence | undefined;
let store: UseStore;
beforeEach(() => {
  store = freshDemoDatabase();
});
afterEach(() => {
  persistence?.stop();
  config.aroundRequest = null;
});

/** The page's worker starting from storage, handling the API's requests as the demo does (mocks/browser.ts, without the lock). */
async function start(options: { seedContacts?: number; legacy?: Storage; secondFactors?: boolean } = {}): Promise<Persistence> {
  persistence?.stop();
  const started = await startPersistence(store, options);
  persistence = started;
  config.aroundRequest = (handle) => started.exclusive(handle);
  return started;
}

/** A reload: the page's memory is gone (fresh seed), then the worker starts from storage again. */
function reload(options: { seedContacts?: number } = {}): Promise<Persistence> {
  persistence?.stop();
  reseed({ contacts: 12 });
  return start(options);
}

const stored = async () => JSON.parse(await storedData(store)) as { format: number; seed: { contacts: number } };

test('a fresh start seeds and saves, without reporting a restore', async () => {
  expect((await start()).restoredFromSeed).toBe(false);
  expect(db.tables.contacts.size).toBe(250);
  expect(await stored()).toMatchObject({ format: FORMAT, seed: { contacts: 250 } });
});

test('writes are stored as soon as the request is answered, and survive a reload', async () => {
  await start();
  const staff = await tokenFor('beheerder@hub.example');
  const created = await call('post', '/contact/contacts', '/contact/contacts', { token: staff, body: { firstName: 'Anna', lastName: 'Dam' } });
  const account = await call('post', '/account/accounts', '/account/accounts', { token: staff, body: { contactId: 2, email: 'fatima@voorbeeld.nl' } });
  expect(await storedData(store)).toContain('fatima@voorbeeld.nl');

  expect((await reload()).restoredFromSeed).toBe(false);
  expect(db.tables.contacts.get(created.body.id)).toMatchObject({ firstName: 'Anna', lastName: 'Dam' });
  expect(db.accountOfContact(2)?.id).toBe(account.body.id);
  // The session survives too, and new ids continue after the stored ones.
  expect((await call('get', '/contact/contacts/{id}', '/contact/contacts/2', { token: staff })).body.email).toBe('fatima@voorbeeld.nl');
  const next = await call('post', '/contact/contacts', '/contact/contacts', { token: staff, body: { firstName: 'Bo', lastName: 'Dam' } });
  expect(next.body.id).toBe(created.body.id + 1);
});

test('a change still waiting to be written is flushed on pagehide', async () => {
  await start();
  db.saveContact({ ...db.tables.contacts.get(1)!, phone: '06 99999999' });
  window.dispatchEvent(new Event('pagehide'));
  // A read transaction begun later sees every write begun before it.
  expect(await storedData(store)).toContain('06 99999999');
});

test.each([
  ['not JSON', '{"format":1,'],
  ['the wrong shape', '{"format":1,"seed":{"contacts":"many"}}'],
  ['an older format', '{"format":0,"seed":{"contacts":250,"now":1},"nextIds":{},"rows":{}}'],
  ['a broken row', JSON.stringify({ format: 1, seed: { contacts: 250, now: 1 }, nextIds: { contacts: 300, accounts: 40 }, rows: { contacts: { 1: { id: 1 } }, accounts: {}, sessions: {} } })],
])('stored data that is %s is replaced by the seed and reported', async (_, spoilt) => {
  await setMany([['data', spoilt], ['revision', 'r1']], store);
  expect((await start()).restoredFromSeed).toBe(true);
  expect(db.tables.contacts.get(1)).toMatchObject({ firstName: 'Jan', lastName: 'Vries' });
  expect((await stored()).format).toBe(FORMAT);
  expect((await reload()).restoredFromSeed).toBe(false);
});

test('data an earlier build kept in localStorage is taken over once, and removed there', async () => {
  await start();
  const staff = await tokenFor('beheerder@hub.example');
  await call('post', '/contact/contacts', '/contact/contacts', { token: staff, body: { firstName: 'Oud', lastName: 'Bewaard' } });
  localStorage.setItem(LEGACY_STORAGE_KEY, await storedData(store));
  store = freshDemoDatabase();

  reseed({ contacts: 12 });
  await start({ legacy: localStorage });
  expect([...db.tables.contacts.values()].some((contact) => contact.lastName === 'Bewaard')).toBe(true);
  expect(await storedData(store)).toContain('Bewaard');
  expect(localStorage.getItem(LEGACY_STORAGE_KEY)).toBeNull();
});

test('resetting restores the seed, also after a reload', async () => {
  await start();
  const staff = await tokenFor('beheerder@hub.example');
  await call('post', '/account/accounts', '/account/accounts', { token: staff, body: { contactId: 1, email: 'jan.devries@voorbeeld.nl' } });
  reseed({ contacts: db.seedOptions.contacts });
  expect(db.accountOfContact(1)).toBeUndefined();
  await reload();
  expect(db.accountOfContact(1)).toBeUndefined();
  expect(db.tables.contacts.size).toBe(250);
});

test('the seed size is kept across reloads until another size is asked for', async () => {
  await start({ seedContacts: 1000 });
  expect(db.tables.contacts.size).toBe(1000);
  await reload();
  expect(db.tables.contacts.size).toBe(1000);
  await reload({ seedContacts: 300 });
  expect(db.tables.contacts.size).toBe(300);
});

test('account events, outbox mails, reset links, failed-login counts and blocks survive a reload', async () => {
  await start();
  const staff = await tokenFor('beheerder@hub.example');
  const created = await call('post', '/account/accounts', '/account/accounts', { token: staff, body: { contactId: 1, email: 'jan.devries@voorbeeld.nl' } });
  await call('post', '/account/accounts/{id}/block', `/account/accounts/${created.body.id}/block`, { token: staff });
  await call('post', '/auth/forgot-password', '/auth/forgot-password', { body: { username: 'klant@hub.example' } });
  await call('post', '/auth/login', '/auth/login', { body: { username: 'klant@hub.example', password: 'fout' } });
  const counts = () => ({ events: db.tables.events.size, mails: db.tables.mails.size, resetTokens: db.tables.resetTokens.size, loginAttempts: db.tables.loginAttempts.size });
  const before = counts();
  // Failed logins: one count for this client, one over all clients.
  expect(before).toMatchObject({ mails: 2, resetTokens: 1, loginAttempts: 2 });

  await reload();
  expect(counts()).toEqual(before);
  expect(db.accountOfContact(1)?.blockedAt).not.toBeNull();
  const next = await call('post', '/account/accounts', '/account/accounts', { token: staff, body: { contactId: 2, email: 'fatima@voorbeeld.nl' } });
  expect(next.status).toBe(201);
  expect(Math.max(...db.tables.mails.keys())).toBe(3);
  expect(db.tables.events.size).toBe(before.events + 2);
});

test('an authenticator app survives a reload, its secret stored encrypted only', async () => {
  await start();
  const token = await tokenFor('klant.leeg@hub.example');
  const { secret } = (await call('post', '/auth/totp/enrolment', '/auth/totp/enrolment', { token })).body.data;
  expect((await call('post', '/auth/totp/enrolment/confirm', '/auth/totp/enrolment/confirm', { token, body: { code: totpCode(0, secret) } })).status).toBe(200);
  expect(await storedData(store)).not.toContain(secret);
  await reload();
  expect((await login('klant.leeg@hub.example')).status).toBe(202);
});

test('the demo seeds its accounts with second factors; data stored without them is seeded anew', async () => {
  await start();
  expect((await login('klant@hub.example')).status).toBe(200);
  persistence?.stop();
  await start({ secondFactors: true });
  expect(db.seedOptions.secondFactors).toBe(true);
  expect((await login('klant@hub.example')).status).toBe(202);
  expect(await stored()).toMatchObject({ seed: { secondFactors: true } });
  persistence?.stop();
  reseed({ contacts: 12 });
  await start({ secondFactors: true });
  expect((await login('beheerder@hub.example')).status).toBe(202);
});
