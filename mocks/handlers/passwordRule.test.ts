/** The password rule (NIST SP 800-63B): each refusal names its rule in `reasons`; passphrases pass. */
import { db } from '../db';
import { call, tokenFor } from '../../test/kit/api';

const THOMAS = 'thomas.vanleeuwen@voorbeeld.nl';
const change = async (newPassword: unknown) =>
  call('post', '/auth/change-password', '/auth/change-password', { token: await tokenFor(THOMAS), body: { currentPassword: 'demo', newPassword } });

test.each([
  ['blank', ' '.repeat(12), 'password_blank'],
  ['missing', undefined, 'password_blank'],
  ['short', 'kort', 'password_too_short'],
  ['over 128 characters', 'a long passphrase '.repeat(8), 'password_too_long'],
  ['over 200 characters', 'x'.repeat(201), 'password_too_long'],
  ['the username', THOMAS, 'password_personal'],
  ['the username with a year', `${THOMAS}2026`, 'password_personal'],
  ['their own name', 'Thomas van Leeuwen', 'password_personal'],
  ['a name with digits around it', '2026Leeuwen!!', 'password_personal'],
  ['a common password', '1234567890', 'password_common'],
  ['a common password with digits', 'wachtwoord123', 'password_common'],
  ['a leaked one in capitals', 'QWERTYUIOP', 'password_common'],
])('%s is refused with its reason', async (_name, newPassword, reason) => {
  const { status, body } = await change(newPassword);
  expect(status).toBe(422);
  expect(body.error.reasons).toEqual({ newPassword: reason });
  expect(body.error.fields.newPassword).toEqual(expect.any(String));
});

test('the current password again is refused as unchanged', async () => {
  expect((await change('Zonnige dag aan zee')).status).toBe(204);
  const again = await call('post', '/auth/change-password', '/auth/change-password', { token: await tokenFor(THOMAS, 'Zonnige dag aan zee'), body: { currentPassword: 'Zonnige dag aan zee', newPassword: 'Zonnige dag aan zee' } });
  expect(again.body.error.reasons).toEqual({ newPassword: 'password_unchanged' });
});

test('a passphrase of 128 characters, spaces and all, is taken', async () => {
  const passphrase = 'Zonnige dag aan zee in mei, '.repeat(5).slice(0, 128);
  expect((await change(passphrase)).status).toBe(204);
  expect((await call('post', '/auth/login', '/auth/login', { body: { username: THOMAS, password: passphrase } })).status).toBe(200);
});

test('a reset link follows the same rule, and the link stays usable after a refusal', async () => {
  await call('post', '/auth/forgot-password', '/auth/forgot-password', { body: { username: THOMAS } });
  const token = /reset-password\?token=([\w-]+)/.exec([...db.tables.mails.values()].at(-1)!.html)![1];
  const reset = (newPassword: string) => call('post', '/auth/reset-password', '/auth/reset-password', { body: { token, newPassword } });
  expect((await reset('wachtwoord123')).body.error.reasons).toEqual({ newPassword: 'password_common' });
  expect((await reset('Leeuwen2026')).body.error.reasons).toEqual({ newPassword: 'password_personal' });
  expect((await reset('demo-demo-demo')).status).toBe(204);
});
