/** The seed: deterministic, with the fixed demo users and contacts, and a size knob. */
import { db, queryContacts, resetDb } from '.';
import { verifyPassword } from './passwords';

const snapshot = () => JSON.stringify({
  contacts: [...db.tables.contacts.values()],
  accounts: [...db.tables.accounts.values()],
  contracts: [...db.tables.contracts.values()],
});

test('is the same data every time (for the same "now")', () => {
  resetDb({ now: Date.parse('2026-11-28T12:00:00Z') });
  const first = snapshot();
  resetDb({ contacts: 1000 });
  resetDb({ now: Date.parse('2026-11-28T12:00:00Z') });
  expect(snapshot()).toBe(first);
});

test('has two organisations, about 250 contacts, accounts, contracts, groups and permissions', () => {
  expect(db.tables.organizations.size).toBe(2);
  expect(db.tables.contacts.size).toBe(250);
  expect(db.tables.accounts.size).toBeGreaterThan(15);
  expect(db.tables.contracts.size).toBeGreaterThan(200);
  expect(db.tables.groups.size).toBeGreaterThan(2);
  expect(db.tables.permissions.size).toBeGreaterThan(5);
});

test('has the fixed demo users, all with password "demo" stored as a hash', async () => {
  const expected = [
    ['beheerder@hub.example', 'beheerder', 1], ['relatiebeheerder@hub.example', 'relatiebeheerder', 1],
    ['medewerker@hub.example', 'medewerker', 1], ['beheerder2@hub.example', 'beheerder', 2],
    ['klant@hub.example', 'klant', null], ['klant.leeg@hub.example', 'klant', null],
  ] as const;
  for (const [username, role, organizationId] of expected) {
    const account = db.accountByUsername(username)!;
    expect(account).toMatchObject({ role, organizationId });
    expect(await verifyPassword('demo', account.passwordHash!)).toBe(true);
  }
});

test('has the fixed demo contacts', () => {
  const find = (first: string, last: string) => [...db.tables.contacts.values()].filter((c) => c.firstName === first && c.lastName === last);
  expect(find('Jan', 'Vries').filter((c) => c.middleName === 'de' && c.email === 'jan.devries@voorbeeld.nl')).toHaveLength(1);
  expect(find('Jan', 'Vries')[0]).toMatchObject({ id: 1, organizationId: 1 });
  expect(find('Fatima', 'El Amrani')).toEqual([expect.objectContaining({ id: 2, organizationId: 1, email: null })]);
  expect(find('Pieter', 'Bakker')[0]).toMatchObject({ id: 3, organizationId: 2, email: 'pieter.bakker@voorbeeld.nl' });
  for (const id of [1, 2, 3]) expect(db.accountOfContact(id)).toBeUndefined();
});

test('looks Dutch: postcodes, phones and tussenvoegsels', () => {
  const contacts = [...db.tables.contacts.values()];
  expect(contacts.every((c) => c.postalCode === null || /^[1-9]\d{3} [A-Z]{2}$/.test(c.postalCode))).toBe(true);
  expect(contacts.every((c) => c.phone === null || /^0\d{1,2} ?\d{6,8}$|^0\d{2} \d{7}$/.test(c.phone))).toBe(true);
  expect(contacts.filter((c) => c.middleName).length).toBeGreaterThan(50);
  expect(new Set(contacts.map((c) => c.email).filter(Boolean)).size).toBe(contacts.filter((c) => c.email).length - 1);
});

test('seeds 10,000 contacts on request, with the same fixed contacts first', () => {
  resetDb({ contacts: 10_000 });
  expect(db.tables.contacts.size).toBe(10_000);
  expect(db.tables.contacts.get(1)).toMatchObject({ firstName: 'Jan', middleName: 'de', lastName: 'Vries' });
  expect(db.tables.contacts.get(10_000)).toMatchObject({ id: 10_000 });
  const { total } = queryContacts({ scopeOrganizationId: 1, sort: { field: 'lastName', order: 'ASC' }, range: [0, 24] });
  expect(total).toBe([...db.tables.contacts.values()].filter((contact) => contact.organizationId === 1).length);
});

test('gives each seeded customer account a history: created, and for an active one the first login and own password a day later', () => {
  const historyOf = (username: string) =>
    [...db.tables.events.values()].filter((e) => e.username === username).map((e) => [e.type, e.actorName]);
  expect(historyOf('thomas.vanleeuwen@voorbeeld.nl')).toEqual([
    ['created', 'Marloes van Dijk'], ['first_login', 'Thomas van Leeuwen'], ['password_changed', 'Thomas van Leeuwen'],
  ]);
  expect(historyOf('eva.janssen@voorbeeld.nl')).toEqual([['created', 'Marloes van Dijk']]);
  expect(historyOf('mila.degraaf@voorbeeld.nl')).toEqual([['created', 'Marloes van Dijk']]);
  for (const event of db.tables.events.values()) {
    expect(Date.parse(event.at)).toBeLessThan(Date.now());
    expect(Date.parse(event.at)).toBeGreaterThanOrEqual(Date.parse(db.tables.accounts.get(event.accountId)!.createdAt));
  }
});
