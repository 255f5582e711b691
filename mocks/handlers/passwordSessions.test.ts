/** A password change, reset or new temporary password ends the account's other sessions. */
import { db } from '../db';
import { call, login, tokenFor } from '../../test/kit/api';

const THOMAS = 'thomas.vanleeuwen@voorbeeld.nl';
const mine = (token: string) => call('get', '/account/mine', '/account/mine', { token });

test('changing the password ends every other session; the one that changed it goes on', async () => {
  const phone = await tokenFor(THOMAS);
  const laptop = await tokenFor(THOMAS);
  const other = await tokenFor('klant@hub.example');
  const changed = await call('post', '/auth/change-password', '/auth/change-password', { token: laptop, body: { currentPassword: 'demo', newPassword: 'een-nieuw-wachtwoord' } });
  expect(changed.status).toBe(204);
  expect((await mine(phone)).status).toBe(401);
  expect((await mine(laptop)).status).toBe(200);
  // Another account's sessions are not touched.
  expect((await mine(other)).status).toBe(200);
});

test('a reset through the mailed link ends every session of the account', async () => {
  const session = await tokenFor(THOMAS);
  await call('post', '/auth/forgot-password', '/auth/forgot-password', { body: { username: THOMAS } });
  const token = /token=([\w-]+)/.exec([...db.tables.mails.values()].at(-1)!.text)![1];
  expect((await call('post', '/auth/reset-password', '/auth/reset-password', { body: { token, newPassword: 'een-nieuw-wachtwoord' } })).status).toBe(204);
  expect((await mine(session)).status).toBe(401);
  expect((await login(THOMAS, 'een-nieuw-wachtwoord')).status).toBe(200);
});

test('a new temporary password ends every session of the account', async () => {
  const session = await tokenFor(THOMAS);
  const id = db.accountByUsername(THOMAS)!.id;
  const renewed = await call('post', '/account/accounts/{id}/temporary-password', `/account/accounts/${id}/temporary-password`, { token: await tokenFor('beheerder@hub.example') });
  expect(renewed.status).toBe(200);
  expect((await mine(session)).status).toBe(401);
});
