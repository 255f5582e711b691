/** Login, logout, sessions and the 401 rules (every response checked against the contract). */
import { advanceClock, db } from '../db';
import { call, login, tokenFor } from '../../test/kit/api';

const HOUR = 3_600_000;

describe('POST /auth/login', () => {
  test('a staff user gets an opaque token that expires in 8 hours, and their role and organisation', async () => {
    const { status, body } = await login('beheerder@hub.example');
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ mustChangePassword: false, user: { name: 'Marloes van Dijk', role: 'beheerder', organizationId: 1 } });
    expect(body.data.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(Date.parse(body.data.expiresAt) - Date.now()).toBeGreaterThan(8 * HOUR - 60_000);
    expect(Date.parse(body.data.expiresAt) - Date.now()).toBeLessThanOrEqual(8 * HOUR);
  });

  test('every login gets a new token', async () => {
    expect(await tokenFor('klant@hub.example')).not.toBe(await tokenFor('klant@hub.example'));
  });

  test('usernames are compared case-insensitively and trimmed', async () => {
    const { status, body } = await login('  Klant@HUB.example ');
    expect(status).toBe(200);
    expect(body.data.user).toEqual({ id: 5, name: 'Sophie van der Meer', role: 'klant', organizationId: null });
  });

  test('a wrong password and an unknown user get the same 401', async () => {
    const wrong = await login('beheerder@hub.example', 'wrong');
    const unknown = await login('niemand@hub.example', 'demo');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.error.code).toBe('invalid_credentials');
  });

  test('passwords are not trimmed', async () => {
    expect((await login('beheerder@hub.example', ' demo')).status).toBe(401);
  });

  test('missing fields are a 422 naming each field', async () => {
    const { status, body } = await call('post', '/auth/login', '/auth/login', { body: { username: ' ' } });
    expect(status).toBe(422);
    expect(body.error.fields).toEqual({ username: 'Required.', password: 'Required.' });
  });

  test('malformed JSON and wrong types are a 400', async () => {
    expect((await call('post', '/auth/login', '/auth/login', { body: '{"username":' })).status).toBe(400);
    expect((await call('post', '/auth/login', '/auth/login', { body: '["x"]' })).status).toBe(400);
    const typed = await call('post', '/auth/login', '/auth/login', { body: { username: 'klant@hub.example', password: 1234 } });
    expect(typed.status).toBe(400);
    expect(typed.body.error.fields).toEqual({ password: 'Must be a string.' });
  });
});

describe('sessions', () => {
  test('no token, an unknown token and a malformed header are 401', async () => {
    expect((await call('get', '/account/mine', '/account/mine')).status).toBe(401);
    expect((await call('get', '/account/mine', '/account/mine', { token: 'not-a-token' })).status).toBe(401);
    const { status, body } = await call('get', '/contact/contacts', '/contact/contacts', { token: '' });
    expect(status).toBe(401);
    expect(body.error.code).toBe('unauthorized');
  });

  test('a token stops working after 8 hours', async () => {
    const token = await tokenFor('klant@hub.example');
    advanceClock(8 * HOUR - 1000);
    expect((await call('get', '/account/mine', '/account/mine', { token })).status).toBe(200);
    advanceClock(2000);
    expect((await call('get', '/account/mine', '/account/mine', { token })).status).toBe(401);
    expect(db.tables.sessions.has(token)).toBe(false);
  });

  test('logout ends the session, and answers 204 even without a valid token', async () => {
    const token = await tokenFor('klant@hub.example');
    expect((await call('post', '/auth/logout', '/auth/logout', { token })).status).toBe(204);
    expect((await call('get', '/account/mine', '/account/mine', { token })).status).toBe(401);
    expect((await call('post', '/auth/logout', '/auth/logout', { token })).status).toBe(204);
    expect((await call('post', '/auth/logout', '/auth/logout')).status).toBe(204);
  });
});

describe('POST /auth/change-password (own password)', () => {
  test('changes the password: the old one stops working, the new one works', async () => {
    const token = await tokenFor('klant@hub.example');
    const changed = await call('post', '/auth/change-password', '/auth/change-password', { token, body: { currentPassword: 'demo', newPassword: 'een-nieuw-wachtwoord' } });
    expect(changed.status).toBe(204);
    expect((await login('klant@hub.example', 'demo')).status).toBe(401);
    expect((await login('klant@hub.example', 'een-nieuw-wachtwoord')).status).toBe(200);
  });

  test('a missing or wrong current password, a short or unchanged new one are 422 and change nothing', async () => {
    const token = await tokenFor('klant@hub.example');
    // Only a session opened with a temporary password may leave it out.
    const missing = await call('post', '/auth/change-password', '/auth/change-password', { token, body: { newPassword: 'lang-genoeg-1' } });
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields).toEqual({ currentPassword: 'Required.' });
    const wrong = await call('post', '/auth/change-password', '/auth/change-password', { token, body: { currentPassword: 'nope', newPassword: 'lang-genoeg-1' } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual({ currentPassword: 'Not correct.' });
    const short = await call('post', '/auth/change-password', '/auth/change-password', { token, body: { currentPassword: 'demo', newPassword: 'kort' } });
    expect(short.status).toBe(422);
    expect(short.body.error.fields).toEqual({ newPassword: 'At least 10 characters.' });
    const staff = await tokenFor('beheerder@hub.example');
    await call('post', '/auth/change-password', '/auth/change-password', { token: staff, body: { currentPassword: 'demo', newPassword: 'lang-genoeg-1' } });
    const before = db.accountByUsername('beheerder@hub.example')!.passwordHash;
    const same = await call('post', '/auth/change-password', '/auth/change-password', { token: staff, body: { currentPassword: 'lang-genoeg-1', newPassword: 'lang-genoeg-1' } });
    expect(same.status).toBe(422);
    expect(same.body.error.fields).toEqual({ newPassword: 'Must differ from the current password.' });
    expect(db.accountByUsername('beheerder@hub.example')!.passwordHash).toBe(before);
    expect((await login('klant@hub.example', 'demo')).status).toBe(200);
  });

  test('needs a session (401) and a JSON object (400)', async () => {
    expect((await call('post', '/auth/change-password', '/auth/change-password', { body: { currentPassword: 'demo', newPassword: 'lang-genoeg-1' } })).status).toBe(401);
    const token = await tokenFor('klant@hub.example');
    expect((await call('post', '/auth/change-password', '/auth/change-password', { token, body: 'nope' })).status).toBe(400);
  });
});
