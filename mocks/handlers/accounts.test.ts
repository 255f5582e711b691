/** POST /account/accounts: the partner document's account creation, its rules and its race. */
import { db } from '../db';
import { call, tokenFor } from '../../test/kit/api';

const createAccount = (token: string | undefined, body: unknown) => call('post', '/account/accounts', '/account/accounts', { token, body });
const contact = async (token: string, id: number) => (await call('get', '/contact/contacts/{id}', `/contact/contacts/${id}`, { token })).body;

test('creates the account with the email as username and returns the temporary password once', async () => {
  const token = await tokenFor('beheerder@hub.example');
  const { status, body } = await createAccount(token, { contactId: 1, email: '  Jan.DeVries@Voorbeeld.NL ' });
  expect(status).toBe(201);
  expect(body).toMatchObject({ username: 'jan.devries@voorbeeld.nl', contactId: 1, status: 'awaiting_first_login', createdBy: 'Marloes van Dijk' });
  expect(typeof body.temporaryPassword).toBe('string');
  const after = await contact(token, 1);
  expect(after.account).toEqual({
    id: body.id, username: 'jan.devries@voorbeeld.nl', status: 'awaiting_first_login', shared: false, createdAt: body.createdAt,
    createdBy: 'Marloes van Dijk', temporaryPasswordExpiresAt: body.temporaryPasswordExpiresAt,
    activation: { status: 'pending', expiresAt: body.temporaryPasswordExpiresAt },
  });
  // Every other staff member of the organisation sees it too.
  expect((await contact(await tokenFor('medewerker@hub.example'), 1)).account.username).toBe('jan.devries@voorbeeld.nl');
  const listed = await call('get', '/contact/contacts', '/contact/contacts', { token, query: { filter: { hasAccount: false, q: 'jan de vries' } } });
  expect(listed.body).toEqual([]);
});

test('saves the email on a contact that had none, and keeps an existing contact email', async () => {
  const token = await tokenFor('relatiebeheerder@hub.example');
  expect((await contact(token, 2)).email).toBeNull();
  expect((await createAccount(token, { contactId: 2, email: 'Fatima.ElAmrani@voorbeeld.nl' })).status).toBe(201);
  expect((await contact(token, 2)).email).toBe('fatima.elamrani@voorbeeld.nl');
  const staff2 = await tokenFor('beheerder2@hub.example');
  expect((await createAccount(staff2, { contactId: 3, email: 'p.bakker@elders.example' })).status).toBe(201);
  expect((await contact(staff2, 3))).toMatchObject({ email: 'pieter.bakker@voorbeeld.nl', account: { username: 'p.bakker@elders.example' } });
});

test('a contact that already has an account is a 409 contact_has_account', async () => {
  const token = await tokenFor('beheerder@hub.example');
  const { status, body } = await createAccount(token, { contactId: 4, email: 'ander@voorbeeld.nl' });
  expect(status).toBe(409);
  expect(body.error.code).toBe('contact_has_account');
});

test('an email already used as a username anywhere is a 409 email_in_use on the email field, and nothing changes', async () => {
  const token = await tokenFor('relatiebeheerder@hub.example');
  const accounts = db.tables.accounts.size;
  for (const email of ['KLANT@hub.example', 'beheerder2@hub.example']) {
    const { status, body } = await createAccount(token, { contactId: 2, email });
    expect(status).toBe(409);
    expect(body.error.code).toBe('email_in_use');
    expect(body.error.fields).toEqual({ email: 'Already used as a username.' });
  }
  expect(db.tables.accounts.size).toBe(accounts);
  expect((await contact(token, 2))).toMatchObject({ email: null, account: null });
});

test('validation: 422 for a missing or invalid email, 400 for wrong types or bad JSON', async () => {
  const token = await tokenFor('beheerder@hub.example');
  const invalid = await createAccount(token, { contactId: 1, email: 'jan@' });
  expect(invalid.status).toBe(422);
  expect(invalid.body.error.fields).toEqual({ email: 'Not a valid email address.' });
  for (const email of ['jan..devries@voorbeeld.nl', 'jan@voorbeeld', 'jan de vries@voorbeeld.nl', 'jän@voorbeeld.nl']) {
    expect((await createAccount(token, { contactId: 1, email })).status).toBe(422);
  }
  const missing = await createAccount(token, { email: '   ' });
  expect(missing.status).toBe(422);
  expect(missing.body.error.fields).toEqual({ contactId: 'Required.', email: 'Required.' });
  expect((await createAccount(token, { contactId: '1', email: 'jan@voorbeeld.nl' })).status).toBe(400);
  expect((await createAccount(token, { contactId: 1.5, email: 'jan@voorbeeld.nl' })).status).toBe(400);
  expect((await createAccount(token, 'contactId=1')).status).toBe(400);
  expect((await contact(token, 1)).account).toBeNull();
});

test('roles and reach: 401 without a token, 403 for a medewerker and a customer, 404 for another organisation\'s contact', async () => {
  const body = { contactId: 1, email: 'jan.devries@voorbeeld.nl' };
  expect((await createAccount(undefined, body)).status).toBe(401);
  const medewerker = await createAccount(await tokenFor('medewerker@hub.example'), body);
  expect(medewerker.status).toBe(403);
  expect((await createAccount(await tokenFor('klant@hub.example'), body)).status).toBe(403);
  expect((await createAccount(await tokenFor('beheerder2@hub.example'), body)).status).toBe(404);
  expect((await createAccount(await tokenFor('beheerder@hub.example'), { contactId: 999_999, email: 'x@voorbeeld.nl' })).status).toBe(404);
  expect(db.accountOfContact(1)).toBeUndefined();
});

test('two concurrent requests for one contact create exactly one account', async () => {
  const [first, second] = await Promise.all([tokenFor('beheerder@hub.example'), tokenFor('relatiebeheerder@hub.example')]);
  const results = await Promise.all([
    createAccount(first, { contactId: 1, email: 'jan.devries@voorbeeld.nl' }),
    createAccount(second, { contactId: 1, email: 'jan.devries@voorbeeld.nl' }),
    createAccount(first, { contactId: 1, email: 'jan@elders.example' }),
  ]);
  expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'contact_has_account')).toBe(true);
  expect([...db.tables.accounts.values()].filter((a) => a.contactIds.includes(1))).toHaveLength(1);
});
