/** Forgot / reset password: a neutral answer, and single-use links that work for 1 hour. */
import { advanceClock, db, SEEDED_TEMPORARY_PASSWORD } from '../db';
import { call, login, tokenFor } from '../../test/kit/api';
import { NEUTRAL_RESET_ANSWER } from './passwordReset';

const forgot = (username: unknown) => call('post', '/auth/forgot-password', '/auth/forgot-password', { body: { username } });
const reset = (token: string, newPassword = 'een-nieuw-wachtwoord') => call('post', '/auth/reset-password', '/auth/reset-password', { body: { token, newPassword } });
const lastMail = () => [...db.tables.mails.values()].at(-1)!;
const tokenIn = (html: string) => /reset-password\?token=([A-Za-z0-9_-]+)/.exec(html)![1];

test('always the same neutral 202; only an existing, unblocked customer account gets a reset mail', async () => {
  const answers = [];
  for (const username of ['klant@hub.example', 'niemand@hub.example', 'eva.janssen@voorbeeld.nl', 'beheerder@hub.example']) {
    const { status, body } = await forgot(username);
    expect(status).toBe(202);
    answers.push(body);
  }
  expect(answers.every((a) => a.message === NEUTRAL_RESET_ANSWER)).toBe(true);
  expect([...db.tables.mails.values()].map((m) => m.to)).toEqual(['klant@hub.example', 'eva.janssen@voorbeeld.nl']);
  expect(lastMail()).toMatchObject({ kind: 'password_reset', subject: 'Nieuw wachtwoord voor Hub Portal' });
  await call('post', '/account/accounts/{id}/block', `/account/accounts/${db.accountByUsername('thomas.vanleeuwen@voorbeeld.nl')!.id}/block`, { token: await tokenFor('beheerder@hub.example') });
  expect((await forgot('thomas.vanleeuwen@voorbeeld.nl')).status).toBe(202);
  expect(db.tables.mails.size).toBe(2);
  expect((await forgot('  ')).status).toBe(422);
  expect((await forgot(12)).status).toBe(400);
});

test('the link sets a new password once: sessions end, the old password stops working, a second use is 410 reset_token_used', async () => {
  const session = await tokenFor('klant@hub.example');
  await forgot('klant@hub.example');
  const token = tokenIn(lastMail().html);
  expect(lastMail().html).toContain(`http://localhost:3000/#/reset-password?token=${token}`);
  expect(JSON.stringify([...db.tables.resetTokens.values()])).not.toContain(token);
  expect((await reset(token)).status).toBe(204);
  expect((await call('get', '/account/mine', '/account/mine', { token: session })).status).toBe(401);
  expect((await login('klant@hub.example', 'demo')).status).toBe(401);
  expect((await login('klant@hub.example', 'een-nieuw-wachtwoord')).status).toBe(200);
  const again = await reset(token, 'nog-een-ander-wachtwoord');
  expect(again.status).toBe(410);
  expect(again.body.error.code).toBe('reset_token_used');
  const events = [...db.tables.events.values()].map((e) => e.type);
  expect(events).toEqual(expect.arrayContaining(['password_reset_requested', 'password_reset_completed']));
});

test('a link expires after 1 hour, a newer link replaces it, and an unknown one is invalid (all 410)', async () => {
  await forgot('klant@hub.example');
  const older = tokenIn(lastMail().html);
  // Past the 5 minutes in which a second request sends nothing.
  advanceClock(5 * 60_000);
  await forgot('klant@hub.example');
  const newer = tokenIn(lastMail().html);
  expect((await reset(older)).body.error.code).toBe('reset_token_invalid');
  expect((await reset('verzonnen-token')).body.error.code).toBe('reset_token_invalid');
  advanceClock(60 * 60_000 + 1000);
  const late = await reset(newer);
  expect(late.status).toBe(410);
  expect(late.body.error.code).toBe('reset_token_expired');
  expect((await login('klant@hub.example', 'demo')).status).toBe(200);
});

test('the new password follows the policy (422), which leaves the link usable', async () => {
  await forgot('klant@hub.example');
  const token = tokenIn(lastMail().html);
  const short = await reset(token, 'kort');
  expect(short.status).toBe(422);
  expect(short.body.error.fields).toEqual({ newPassword: 'At least 10 characters.' });
  expect((await call('post', '/auth/reset-password', '/auth/reset-password', { body: { token } })).status).toBe(422);
  expect((await call('post', '/auth/reset-password', '/auth/reset-password', { body: 'x' })).status).toBe(400);
  expect((await reset(token)).status).toBe(204);
});

test('at most one mail per username every 5 minutes: later requests get the same 202, and the earlier link stays valid', async () => {
  const first = await forgot('klant@hub.example');
  const token = tokenIn(lastMail().html);
  advanceClock(4 * 60_000);
  const again = await forgot('KLANT@hub.example ');
  expect(again).toEqual(first);
  expect(db.tables.mails.size).toBe(1);
  expect([...db.tables.events.values()].filter((e) => e.type === 'password_reset_requested')).toHaveLength(1);
  advanceClock(60_000);
  await forgot('klant@hub.example');
  expect(db.tables.mails.size).toBe(2);
  // Five minutes on, the new mail replaces the first link.
  expect((await reset(token)).body.error.code).toBe('reset_token_invalid');
});

test('within the 5 minutes the earlier link is the one that works', async () => {
  await forgot('klant@hub.example');
  const token = tokenIn(lastMail().html);
  await forgot('klant@hub.example');
  expect((await reset(token)).status).toBe(204);
});

test('a customer who logged out before choosing a password gets back in through the link, without the used temporary one', async () => {
  const first = await login('eva.janssen@voorbeeld.nl', SEEDED_TEMPORARY_PASSWORD);
  expect(first.body.data.mustChangePassword).toBe(true);
  await call('post', '/auth/logout', '/auth/logout', { token: first.body.data.token });
  expect((await login('eva.janssen@voorbeeld.nl', SEEDED_TEMPORARY_PASSWORD)).body.error.code).toBe('temporary_password_used');
  await forgot('eva.janssen@voorbeeld.nl');
  expect((await reset(tokenIn(lastMail().html), 'Eva-haar-eigen-zin-2026')).status).toBe(204);
  const own = await login('eva.janssen@voorbeeld.nl', 'Eva-haar-eigen-zin-2026');
  expect(own.status).toBe(200);
  expect(own.body.data.mustChangePassword).toBe(false);
});
