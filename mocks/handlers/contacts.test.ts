/** Back office contacts: simple-rest lists, reach per organisation, roles and validation. */
import { db } from '../db';
import { call, tokenFor } from '../../test/kit/api';

const list = (token: string, query: Record<string, unknown> = {}) => call('get', '/contact/contacts', '/contact/contacts', { token, query });
const one = (token: string | undefined, id: number | string) => call('get', '/contact/contacts/{id}', `/contact/contacts/${id}`, { token });
const create = (token: string, body: unknown) => call('post', '/contact/contacts', '/contact/contacts', { token, body });
const update = (token: string, id: number, body: unknown) => call('put', '/contact/contacts/{id}', `/contact/contacts/${id}`, { token, body });

describe('GET /contact/contacts', () => {
  test('pages with range and reports the total in Content-Range', async () => {
    const token = await tokenFor('beheerder@hub.example');
    const { status, body, headers } = await list(token, { sort: ['id', 'ASC'], range: [10, 19], filter: {} });
    expect(status).toBe(200);
    expect(body).toHaveLength(10);
    const total = [...db.tables.contacts.values()].filter((c) => c.organizationId === 1).length;
    expect(headers.get('Content-Range')).toBe(`contacts 10-19/${total}`);
    expect(body.every((c: { organizationId: number }) => c.organizationId === 1)).toBe(true);
  });

  test('an empty page still reports the total', async () => {
    const token = await tokenFor('beheerder@hub.example');
    const { body, headers } = await list(token, { range: [5000, 5009] });
    expect(body).toEqual([]);
    expect(headers.get('Content-Range')).toMatch(/^contacts \*\/\d+$/);
  });

  test('q searches names and email, ignoring case and accents, all words must match', async () => {
    const token = await tokenFor('beheerder@hub.example');
    const jan = await list(token, { filter: { q: 'JAN de vries' } });
    expect(jan.body.map((c: { id: number }) => c.id)).toEqual([1]);
    const byEmail = await list(token, { filter: { q: 'jan.devries@voorbeeld' } });
    expect(byEmail.body.map((c: { id: number }) => c.id)).toEqual([1]);
    const zoe = [...db.tables.contacts.values()].find((c) => c.firstName === 'Zoë' && c.organizationId === 1)!;
    const accentless = await list(token, { filter: { q: 'zoe' } });
    expect(accentless.body.map((c: { id: number }) => c.id)).toContain(zoe.id);
  });

  test('sorts by last name then first name, both ways', async () => {
    const token = await tokenFor('beheerder@hub.example');
    const asc = (await list(token, { sort: ['lastName', 'ASC'], range: [0, 499] })).body as { lastName: string; firstName: string }[];
    const key = (c: { lastName: string; firstName: string }) => `${c.lastName.toLowerCase()} ${c.firstName.toLowerCase()}`;
    const keys = asc.map(key);
    expect(keys).toEqual([...keys].sort((a, b) => a.normalize('NFD').localeCompare(b.normalize('NFD'), 'en', { sensitivity: 'base' })));
    const desc = (await list(token, { sort: ['lastName', 'DESC'], range: [0, 0] })).body;
    expect(key(desc[0])).toBe(keys[keys.length - 1]);
  });

  test('sorts by email with contacts without email last', async () => {
    const token = await tokenFor('beheerder@hub.example');
    const emails = (await list(token, { sort: ['email', 'ASC'], range: [0, 499] })).body.map((c: { email: string | null }) => c.email);
    const firstNull = emails.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(emails.slice(firstNull).every((e: string | null) => e === null)).toBe(true);
    expect(emails.slice(0, firstNull)).toEqual([...emails.slice(0, firstNull)].sort());
  });

  test('sorts by creation and change time, both ways, answering ISO timestamps', async () => {
    const token = await tokenFor('beheerder@hub.example');
    for (const field of ['createdAt', 'updatedAt'] as const) {
      const asc = (await list(token, { sort: [field, 'ASC'], range: [0, 499] })).body.map((c: Record<string, string>) => c[field]);
      expect(asc.every((at: string) => new Date(at).toISOString() === at)).toBe(true);
      expect(asc).toEqual([...asc].sort());
      const desc = (await list(token, { sort: [field, 'DESC'], range: [0, 0] })).body;
      expect(desc[0][field]).toBe(asc[asc.length - 1]);
    }
  });

  test('filters by hasAccount (also as a string) and by id for getMany', async () => {
    const token = await tokenFor('beheerder@hub.example');
    const withAccount = (await list(token, { filter: { hasAccount: true }, range: [0, 499] })).body;
    expect(withAccount.length).toBeGreaterThan(3);
    expect(withAccount.every((c: { account: unknown }) => c.account !== null)).toBe(true);
    const without = (await list(token, { filter: { hasAccount: 'false' }, range: [0, 499] })).body;
    expect(without.every((c: { account: unknown }) => c.account === null)).toBe(true);
    const many = await list(token, { filter: { id: [2, 1, 3] } });
    // Contact 3 belongs to organisation 2: out of reach, so simply absent.
    expect(many.body.map((c: { id: number }) => c.id).sort()).toEqual([1, 2]);
  });

  test('organizationId outside the caller\'s organisation gives nothing', async () => {
    const token = await tokenFor('beheerder@hub.example');
    const { body, headers } = await list(token, { filter: { organizationId: 2 } });
    expect(body).toEqual([]);
    expect(headers.get('Content-Range')).toBe('contacts */0');
  });

  test('malformed sort, range or filter is a 400', async () => {
    const token = await tokenFor('beheerder@hub.example');
    expect((await list(token, { sort: 'lastName' })).status).toBe(400);
    expect((await list(token, { sort: ['password', 'ASC'] })).status).toBe(400);
    expect((await list(token, { range: [5, 1] })).status).toBe(400);
    expect((await list(token, { filter: '{oops' })).status).toBe(400);
    expect((await list(token, { filter: { hasAccount: 'yes' } })).status).toBe(400);
  });

  test('needs a staff role: 401 without a token, 403 for a customer', async () => {
    expect((await call('get', '/contact/contacts', '/contact/contacts')).status).toBe(401);
    const klant = await list(await tokenFor('klant@hub.example'));
    expect(klant.status).toBe(403);
    expect(klant.body.error.code).toBe('forbidden');
  });
});

describe('GET /contact/contacts/{id}', () => {
  test('shows a contact of the own organisation, with its account summary', async () => {
    const token = await tokenFor('medewerker@hub.example');
    const jan = await one(token, 1);
    expect(jan.status).toBe(200);
    expect(jan.body).toMatchObject({ firstName: 'Jan', middleName: 'de', lastName: 'Vries', email: 'jan.devries@voorbeeld.nl', account: null });
    const klant = await one(token, 4);
    expect(klant.body.account).toMatchObject({ username: 'klant@hub.example', status: 'active', createdBy: 'Marloes van Dijk' });
  });

  test('another organisation\'s contact is a 404 that looks exactly like an unknown id', async () => {
    const token = await tokenFor('beheerder2@hub.example');
    const foreign = await one(token, 1);
    const unknown = await one(token, 999_999);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(unknown.body);
    expect((await one(token, 'abc')).status).toBe(404);
    expect((await one(token, 3)).body.lastName).toBe('Bakker');
  });

  test('401 without a token, 403 for a customer', async () => {
    expect((await one(undefined, 1)).status).toBe(401);
    expect((await one(await tokenFor('klant@hub.example'), 4)).status).toBe(403);
  });
});

describe('POST /contact/contacts', () => {
  test('creates a contact in the caller\'s organisation, normalising values', async () => {
    const token = await tokenFor('relatiebeheerder@hub.example');
    const { status, body } = await create(token, {
      firstName: ' Anna ', middleName: 'van', lastName: 'Dam', email: ' Anna.VanDam@Voorbeeld.NL ', postalCode: '1234ab',
      phone: '', organizationId: 2, id: 77, account: { hacked: true },
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({ organizationId: 1, firstName: 'Anna', email: 'anna.vandam@voorbeeld.nl', postalCode: '1234 AB', phone: null, country: 'NL', language: 'nl', account: null });
    expect(body.id).not.toBe(77);
    expect(body.dossierNumber).toMatch(/^VA-\d{6}$/);
    expect((await one(token, body.id)).body).toEqual(body);
  });

  test('missing or invalid values are a 422 naming each field, and nothing is created', async () => {
    const token = await tokenFor('beheerder@hub.example');
    const before = db.tables.contacts.size;
    const { status, body } = await create(token, { firstName: '', email: 'geen-email', postalCode: '123 AB', phone: 'bel me', middleName: 'x'.repeat(31), language: 'de' });
    expect(status).toBe(422);
    expect(body.error.code).toBe('validation_failed');
    expect(Object.keys(body.error.fields).sort()).toEqual(['email', 'firstName', 'language', 'lastName', 'middleName', 'phone', 'postalCode']);
    expect(db.tables.contacts.size).toBe(before);
  });

  test('wrong types and malformed JSON are a 400', async () => {
    const token = await tokenFor('beheerder@hub.example');
    const typed = await create(token, { firstName: 'Anna', lastName: 'Dam', houseNumber: 12 });
    expect(typed.status).toBe(400);
    expect(typed.body.error.fields).toEqual({ houseNumber: 'Must be a string or null.' });
    expect((await create(token, '{"firstName":')).status).toBe(400);
  });

  test('a medewerker may not create (403), a customer neither', async () => {
    expect((await create(await tokenFor('medewerker@hub.example'), { firstName: 'A', lastName: 'B' })).status).toBe(403);
    expect((await create(await tokenFor('klant@hub.example'), { firstName: 'A', lastName: 'B' })).status).toBe(403);
  });
});

describe('PUT /contact/contacts/{id}', () => {
  test('updates editable fields and ignores the read-only fields react-admin sends back', async () => {
    const token = await tokenFor('beheerder@hub.example');
    const klant = (await one(token, 4)).body;
    const { status, body } = await update(token, 4, { ...klant, phone: '06 12345678', organizationId: 2, account: null, createdAt: '2000-01-01T00:00:00Z' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ phone: '06 12345678', organizationId: 1, createdAt: klant.createdAt });
    expect(body.account.username).toBe('klant@hub.example');
    expect(Date.parse(body.updatedAt)).toBeGreaterThan(Date.parse(klant.updatedAt));
  });

  test('a failed validation changes nothing', async () => {
    const token = await tokenFor('beheerder@hub.example');
    const jan = (await one(token, 1)).body;
    const { status, body } = await update(token, 1, { ...jan, lastName: ' ', phone: '0611111111' });
    expect(status).toBe(422);
    expect(body.error.fields).toEqual({ lastName: 'Required.' });
    expect((await one(token, 1)).body).toEqual(jan);
  });

  test('404 outside the organisation, 403 for a medewerker', async () => {
    expect((await update(await tokenFor('beheerder2@hub.example'), 1, { firstName: 'X', lastName: 'Y' })).status).toBe(404);
    expect((await update(await tokenFor('medewerker@hub.example'), 1, { firstName: 'X', lastName: 'Y' })).status).toBe(403);
    expect(db.tables.contacts.get(1)!.firstName).toBe('Jan');
  });
});
