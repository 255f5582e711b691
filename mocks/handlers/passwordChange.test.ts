/** The password change: no free oracle for the current password, and it revokes earlier reset links. */
import { db } from '../db';
import { call, login, tokenFor } from '../../test/kit/api';

const NOOR = 'noor.hendriks@voorbeeld.nl';
const change = (token: string, currentPassword: string, newPassword = 'Een lange zin als wachtwoord') =>
  call('post', '/auth/change-password', '/auth/change-password', { token, body: { currentPassword, newPassword } });

test('wrong current passwords count as failed logins: the tenth ends the session, and the right one then does not work either', async () => {
  const token = await tokenFor(NOOR);
  for (let i = 0; i < 9; i++) expect(await change(token, `gok-${i}`)).toMatchObject({ status: 422, body: { error: { fields: { currentPassword: expect.any(String) } } } });
  expect(await change(token, 'gok-9')).toMatchObject({ status: 401, body: { error: { code: 'too_many_attempts' } } });
  expect((await call('get', '/account/mine', '/account/mine', { token })).status).toBe(401);
  expect((await login(NOOR)).status).toBe(429);
  expect([...db.tables.events.values()].filter((e) => e.type === 'locked' && e.username === NOOR)).toHaveLength(1);
});

test('wrong guesses in a password change and at the login add up to one limit', async () => {
  const token = await tokenFor(NOOR);
  for (let i = 0; i < 5; i++) expect((await login(NOOR, `fout-${i}`)).status).toBe(401);
  for (let i = 0; i < 4; i++) expect((await change(token, `gok-${i}`)).status).toBe(422);
  expect((await change(token, 'gok-4')).status).toBe(401);
});

test('the right current password after a few wrong ones changes it and resets the count', async () => {
  const token = await tokenFor(NOOR);
  for (let i = 0; i < 9; i++) expect((await change(token, `gok-${i}`)).status).toBe(422);
  expect((await change(token, 'demo')).status).toBe(204);
  expect(db.tables.loginAttempts.get(`${NOOR} local`)).toBeUndefined();
});

test('a reset link asked for before a password change no longer works after it', async () => {
  await call('post', '/auth/forgot-password', '/auth/forgot-password', { body: { username: NOOR } });
  const link = /reset-password\?token=([\w-]+)/.exec([...db.tables.mails.values()].at(-1)!.html)![1];
  expect((await change(await tokenFor(NOOR), 'demo')).status).toBe(204);
  const reset = await call('post', '/auth/reset-password', '/auth/reset-password', { body: { token: link, newPassword: 'Het wachtwoord van de aanvaller' } });
  expect(reset).toMatchObject({ status: 410, body: { error: { code: 'reset_token_invalid' } } });
  expect((await login(NOOR, 'Een lange zin als wachtwoord')).status).toBe(200);
});
