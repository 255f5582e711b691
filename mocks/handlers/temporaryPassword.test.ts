/** The temporary password's life: created with the account, used once, expiring, replaced. */
import { advanceClock, config, db, SEEDED_TEMPORARY_PASSWORD } from '../db';
import { temporaryPasswordProblems } from '../db/passwords';
import { call, login, tokenFor } from '../../test/kit/api';

const DAY = 86_400_000;

async function createAccountForJan(): Promise<string> {
  const token = await tokenFor('beheerder@hub.example');
  const { status, body } = await call('post', '/account/accounts', '/account/accounts', { token, body: { contactId: 1, email: 'jan.devries@voorbeeld.nl' } });
  expect(status).toBe(201);
  return body.temporaryPassword;
}

async function contactAccount(contactId: number) {
  const token = await tokenFor('beheerder@hub.example');
  return (await call('get', '/contact/contacts/{id}', `/contact/contacts/${contactId}`, { token })).body.account;
}

test('is strong: 12+ characters with lower case, upper case and digits, and no look-alikes', async () => {
  const password = await createAccountForJan();
  expect(password.length).toBeGreaterThanOrEqual(12);
  expect(temporaryPasswordProblems(password)).toEqual([]);
  expect(password).not.toMatch(/[0O1lI]/);
});

test('is stored only as a salted hash, never as itself', async () => {
  const password = await createAccountForJan();
  const account = db.accountByUsername('jan.devries@voorbeeld.nl')!;
  expect(account.temporaryPasswordHash).toMatch(/^pbkdf2-sha256\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  const everything = JSON.stringify([...db.tables.accounts.values(), ...db.tables.contacts.values(), ...db.tables.sessions.values()]);
  expect(everything).not.toContain(password);
  const contact = await call('get', '/contact/contacts/{id}', '/contact/contacts/1', { token: await tokenFor('beheerder@hub.example') });
  expect(JSON.stringify(contact.body)).not.toContain(password);
});

test('the first login with it must change the password; afterwards the account is active and the temporary password is dead', async () => {
  const password = await createAccountForJan();
  expect((await contactAccount(1)).status).toBe('awaiting_first_login');
  const first = await login('jan.devries@voorbeeld.nl', password);
  expect(first.status).toBe(200);
  expect(first.body.data.mustChangePassword).toBe(true);
  const token = first.body.data.token;

  const blocked = await call('get', '/account/mine', '/account/mine', { token });
  expect(blocked.status).toBe(403);
  expect(blocked.body.error.code).toBe('password_change_required');

  // The session was opened with the temporary password: only the new one is asked, twice in the UI.
  const unchanged = await call('post', '/auth/change-password', '/auth/change-password', { token, body: { newPassword: password } });
  expect(unchanged.status).toBe(422);
  expect(unchanged.body.error.fields).toEqual({ newPassword: 'Must differ from the temporary password.' });
  const changed = await call('post', '/auth/change-password', '/auth/change-password', { token, body: { newPassword: 'mijn-eigen-wachtwoord' } });
  expect(changed.status).toBe(204);

  expect((await call('get', '/account/mine', '/account/mine', { token })).status).toBe(200);
  expect(await contactAccount(1)).toMatchObject({ status: 'active', temporaryPasswordExpiresAt: null });
  expect((await login('jan.devries@voorbeeld.nl', password)).status).toBe(401);
  expect((await login('jan.devries@voorbeeld.nl', 'mijn-eigen-wachtwoord')).body.data.mustChangePassword).toBe(false);
});

test('works for the first login only', async () => {
  const password = await createAccountForJan();
  expect((await login('jan.devries@voorbeeld.nl', password)).status).toBe(200);
  const second = await login('jan.devries@voorbeeld.nl', password);
  expect(second.status).toBe(401);
  expect(second.body.error.code).toBe('temporary_password_used');
});

test('expires after 7 days with its own 401 code, and the account says so', async () => {
  const password = await createAccountForJan();
  advanceClock(7 * DAY + 1000);
  const late = await login('jan.devries@voorbeeld.nl', password);
  expect(late.status).toBe(401);
  expect(late.body.error.code).toBe('temporary_password_expired');
  expect((await contactAccount(1)).status).toBe('temporary_password_expired');
  // A wrong password after expiry still gets the general message, revealing nothing.
  expect((await login('jan.devries@voorbeeld.nl', 'Gok1234567abc')).body.error.code).toBe('invalid_credentials');
});

test('the validity period is configurable', async () => {
  config.temporaryPasswordTtlMs = DAY;
  const password = await createAccountForJan();
  expect(Date.parse((await contactAccount(1)).temporaryPasswordExpiresAt) - Date.now()).toBeLessThanOrEqual(DAY);
  advanceClock(DAY + 1000);
  expect((await login('jan.devries@voorbeeld.nl', password)).body.error.code).toBe('temporary_password_expired');
});

test('the seed has accounts awaiting first login and with an expired temporary password', async () => {
  expect((await login('eva.janssen@voorbeeld.nl', SEEDED_TEMPORARY_PASSWORD)).body.data.mustChangePassword).toBe(true);
  expect((await login('mila.degraaf@voorbeeld.nl', SEEDED_TEMPORARY_PASSWORD)).body.error.code).toBe('temporary_password_expired');
  expect((await contactAccount(8)).status).toBe('active');
});
