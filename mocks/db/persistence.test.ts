/** Browser persistence: writes survive a reload, unreadable data is reseeded and reported. */
import { db, reseed } from '.';
import { call, tokenFor } from '../../test/kit/api';
import { FORMAT, startPersistence, STORAGE_KEY, type Persistence } from './persistence';

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
