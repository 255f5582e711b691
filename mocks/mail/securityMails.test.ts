/**
 * "Was u dit niet? …": a customer's mail on every change to how their account signs in, and on a
 * login from a browser the account never used. And no mail, of any kind, ever holds a password.
 */
import { Secret, TOTP } from 'otpauth';
import { apiPaths } from '../../src/core/api/paths';
import { db, now, resetDb, SEEDED_TEMPORARY_PASSWORD, SEEDED_USER_AGENTS } from '../db';
import { call, tokenFor } from '../../test/kit/api';
import { sessionWithApp } from '../../test/kit/secondFactor';

const THOMAS = 'thomas.vanleeuwen@voorbeeld.nl';
const KLANT = 'klant@hub.example';
const EMPTY = 'klant.leeg@hub.example';
const CHROME_ANDROID = SEEDED_USER_AGENTS[0];
const EDGE_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';

const notices = (to: string) => [...db.tables.mails.values()].filter((m) => m.kind === 'security' && m.to === to);
const loginFrom = (username: string, userAgent?: string, password = 'demo') =>
  call('post', apiPaths.login, apiPaths.login, { body: { username, password }, headers: userAgent ? { 'User-Agent': userAgent } : {} });

describe('a login from a new browser', () => {
  test('mails the customer, naming the browser and system, with what to do', async () => {
    expect((await loginFrom(KLANT, EDGE_WINDOWS)).status).toBe(200);
    const [mail] = notices(KLANT);
    expect(mail).toMatchObject({ subject: 'Hub Portal: Ingelogd vanaf een nieuwe browser', language: 'nl' });
    expect(mail.text).toContain('(Microsoft Edge op Windows)');
    expect(mail.text).toContain('Was u dit niet? Doe dan direct het volgende:');
    expect(mail.text).toContain('Wachtwoord vergeten?');
    expect(mail.text).toContain('Open Beveiliging: http://localhost:3000/#/portal/security');
    // The same browser again is no news.
    await loginFrom(KLANT, EDGE_WINDOWS);
    expect(notices(KLANT)).toHaveLength(1);
  });

  test('no mail from a browser the account used before, without a User-Agent, or at the first login ever', async () => {
    await loginFrom(KLANT, CHROME_ANDROID);
    await loginFrom(KLANT);
    // Thomas never logged in with a known browser: his first is no news to him.
    await loginFrom(THOMAS, EDGE_WINDOWS);
    expect([...notices(KLANT), ...notices(THOMAS)]).toEqual([]);
    await loginFrom(THOMAS, CHROME_ANDROID);
    expect(notices(THOMAS)).toHaveLength(1);
  });

  test('an English contact gets it in English', async () => {
    db.saveContact({ ...db.tables.contacts.get(4)!, language: 'en' });
    await loginFrom(KLANT, EDGE_WINDOWS);
    expect(notices(KLANT)[0].text).toContain('someone logged in to your account from a browser we had not seen before (Microsoft Edge on Windows).');
  });
});

test('a password change and a reset each mail the customer; the forced first change does not', async () => {
  const token = (await loginFrom(THOMAS)).body.data.token;
  await call('post', apiPaths.changePassword, apiPaths.changePassword, { token, body: { currentPassword: 'demo', newPassword: 'een-nieuw-wachtwoord' } });
  expect(notices(THOMAS).map((m) => m.subject)).toEqual(['Hub Portal: Uw wachtwoord is gewijzigd']);
  const eva = 'eva.janssen@voorbeeld.nl';
  const temporary = await loginFrom(eva, undefined, SEEDED_TEMPORARY_PASSWORD);
  expect(temporary.body.data.mustChangePassword).toBe(true);
  const forced = await call('post', apiPaths.changePassword, apiPaths.changePassword, { token: temporary.body.data.token, body: { newPassword: 'mijn-eerste-wachtwoord' } });
  expect(forced.status).toBe(204);
  expect(notices(eva)).toEqual([]);
});

describe('second factors', () => {
  beforeEach(() => resetDb({ secondFactors: true }));

  test('adding and removing an authenticator app, and a reset by staff, each mail the customer', async () => {
    const token = await tokenFor(EMPTY);
    const { secret } = (await call('post', apiPaths.totpEnrolment, apiPaths.totpEnrolment, { token })).body.data;
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: now() });
    expect((await call('post', apiPaths.totpEnrolmentConfirm, apiPaths.totpEnrolmentConfirm, { token, body: { code } })).status).toBe(200);
    expect((await call('delete', apiPaths.totp, apiPaths.totp, { token })).status).toBe(204);
    const klantId = db.accountByUsername(KLANT)!.id;
    const reset = await call('post', apiPaths.accountSecondFactorReset, `/account/accounts/${klantId}/second-factor/reset`, { token: await sessionWithApp('beheerder@hub.example') });
    expect(reset.status).toBe(200);
    expect(notices(EMPTY).map((m) => m.subject)).toEqual(['Hub Portal: Er is een authenticator-app toegevoegd', 'Hub Portal: Uw authenticator-app is verwijderd']);
    expect(notices(KLANT).map((m) => m.subject)).toEqual(['Hub Portal: Uw tweede factor is gereset']);
    // Staff are no customers: their own changes mail nothing to the outbox.
    expect(notices('beheerder@hub.example')).toEqual([]);
  });
});

test('no mail in the outbox holds a password: creation, bulk, renewals, resets, activation links and notices', async () => {
  const staff = await tokenFor('beheerder@hub.example');
  const passwords: string[] = ['demo', SEEDED_TEMPORARY_PASSWORD];
  const single = await call('post', apiPaths.accounts, apiPaths.accounts, { token: staff, body: { contactId: 1, email: 'jan.devries@voorbeeld.nl' } });
  passwords.push(single.body.temporaryPassword);
  const bulk = await call('post', apiPaths.accountsBulk, apiPaths.accountsBulk, { token: staff, body: { items: [{ contactId: 2, email: 'fatima@voorbeeld.nl' }, { contactId: 15 }, { contactId: 16 }] } });
  expect(bulk.body.created).toBeGreaterThan(0);
  for (const id of [single.body.id, db.accountByUsername('eva.janssen@voorbeeld.nl')!.id]) {
    const renewed = await call('post', apiPaths.accountTemporaryPassword, `/account/accounts/${id}/temporary-password`, { token: staff });
    passwords.push(renewed.body.temporaryPassword);
    expect((await call('post', apiPaths.accountActivationMail, `/account/accounts/${id}/activation-mail`, { token: staff })).status).toBe(200);
  }
  await call('post', apiPaths.forgotPassword, apiPaths.forgotPassword, { body: { username: KLANT } });
  const resetToken = /token=([\w-]+)/.exec([...db.tables.mails.values()].find((m) => m.kind === 'password_reset')!.text)![1];
  passwords.push('een-nieuw-wachtwoord');
  await call('post', apiPaths.resetPassword, apiPaths.resetPassword, { body: { token: resetToken, newPassword: 'een-nieuw-wachtwoord' } });
  await loginFrom(KLANT, EDGE_WINDOWS, 'een-nieuw-wachtwoord');

  const { body: mails } = await call('get', apiPaths.outbox, apiPaths.outbox, { query: { range: [0, 999] } });
  expect(new Set(mails.map((m: { kind: string }) => m.kind))).toEqual(new Set(['welcome', 'activation', 'password_reset', 'security']));
  for (const mail of mails) {
    for (const password of passwords) {
      expect(mail.text).not.toContain(password);
      expect(mail.html).not.toContain(password);
    }
    expect(mail.text).not.toMatch(/tijdelijk wachtwoord:|temporary password:/i);
  }
});
