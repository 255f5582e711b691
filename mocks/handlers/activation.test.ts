/**
 * Activation links: the welcome mail's way to a first password. Valid, used, expired, revoked
 * (by a newer link or a credential change) each say so; staff renew them.
 */
import { apiPaths } from '../../src/core/api/paths';
import { advanceClock, db } from '../db';
import { call, login, tokenFor } from '../../test/kit/api';

const JAN = { contactId: 1, email: 'jan.devries@voorbeeld.nl' };
const NEW_PASSWORD = 'een-eigen-wachtwoord';
const DAY = 24 * 3_600_000;

const check = (token: string) => call('post', apiPaths.checkActivation, apiPaths.checkActivation, { body: { token } });
const activate = (token: string, newPassword = NEW_PASSWORD) => call('post', apiPaths.activation, apiPaths.activation, { body: { token, newPassword } });
const resend = (id: number, token?: string) => call('post', apiPaths.accountActivationMail, `/account/accounts/${id}/activation-mail`, { token });
const summaryOf = async (contactId: number, token: string) => (await call('get', apiPaths.contact, `/contact/contacts/${contactId}`, { token })).body.account;

/** The token of the newest mail to `to` that carries an activation link. */
function linkTokenFor(to: string): string {
  const mail = [...db.tables.mails.values()].filter((m) => m.to === to && /#\/activate\?token=/.test(m.text)).at(-1)!;
  return /#\/activate\?token=([\w-]+)/.exec(mail.text)![1];
}

async function createJan(staff = 'beheerder@hub.example') {
  const { status, body } = await call('post', apiPaths.accounts, apiPaths.accounts, { token: await tokenFor(staff), body: JAN });
  expect(status).toBe(201);
  return { ...body, link: linkTokenFor(JAN.email) };
}

async function expectGone(token: string, code: string) {
  for (const answer of [await check(token), await activate(token)]) {
    expect(answer.status).toBe(410);
    expect(answer.body.error.code).toBe(code);
  }
}

test('a new link works: the check names the username, activation sets the password and answers a session', async () => {
  const { link, id } = await createJan();
  const checked = await check(link);
  expect(checked.status).toBe(200);
  expect(checked.body.data.username).toBe(JAN.email);
  const { status, body } = await activate(link);
  expect(status).toBe(200);
  expect(body.data).toMatchObject({ mustChangePassword: false, user: { id, role: 'klant' } });
  expect((await call('get', apiPaths.accountMine, apiPaths.accountMine, { token: body.data.token })).status).toBe(200);
  expect((await login(JAN.email, NEW_PASSWORD)).status).toBe(200);
  expect([...db.tables.events.values()].filter((e) => e.accountId === id).map((e) => e.type)).toContain('activated');
  // At rest only the token's hash.
  expect(JSON.stringify([...db.tables.activationTokens.values()])).not.toContain(link);
});

test('activation ends the temporary password and every session opened with it', async () => {
  const { link, temporaryPassword } = await createJan();
  const temporarySession = await tokenFor(JAN.email, temporaryPassword);
  expect((await activate(link)).status).toBe(200);
  expect((await call('get', apiPaths.accountMine, apiPaths.accountMine, { token: temporarySession })).status).toBe(401);
  expect((await login(JAN.email, temporaryPassword)).status).toBe(401);
});

test('a used link says so', async () => {
  const { link } = await createJan();
  await activate(link);
  await expectGone(link, 'activation_link_used');
});

test('an expired link says so after 7 days, and the account shows it to staff', async () => {
  const { link } = await createJan();
  const staff = await tokenFor('beheerder@hub.example');
  expect((await summaryOf(JAN.contactId, staff)).activation.status).toBe('pending');
  advanceClock(7 * DAY + 1000);
  await expectGone(link, 'activation_link_expired');
  expect((await summaryOf(JAN.contactId, await tokenFor('beheerder@hub.example'))).activation.status).toBe('expired');
});

test('an unknown token, and the link of a blocked account, are invalid', async () => {
  await expectGone('no-such-token', 'activation_link_invalid');
  const { link, id } = await createJan();
  await call('post', apiPaths.accountBlock, `/account/accounts/${id}/block`, { token: await tokenFor('beheerder@hub.example') });
  await expectGone(link, 'activation_link_invalid');
});

test('a renewed link works and revokes the earlier one; the account awaits activation until it is used', async () => {
  const { link: first, id } = await createJan();
  advanceClock(8 * DAY);
  const staff = await tokenFor('relatiebeheerder@hub.example');
  expect((await summaryOf(JAN.contactId, staff)).status).toBe('temporary_password_expired');
  const { status, body } = await resend(id, await tokenFor('relatiebeheerder@hub.example'));
  expect(status).toBe(200);
  expect(body).toMatchObject({ status: 'awaiting_activation', activation: { status: 'pending' } });
  expect(Date.parse(body.activation.expiresAt) - Date.now()).toBeGreaterThan(8 * DAY + 7 * DAY - 60_000);
  const renewed = linkTokenFor(JAN.email);
  expect(renewed).not.toBe(first);
  expect([...db.tables.mails.values()].at(-1)).toMatchObject({ kind: 'activation', to: JAN.email, subject: 'Activeer uw account voor Hub Portal' });
  await expectGone(first, 'activation_link_revoked');
  expect((await activate(renewed)).status).toBe(200);
  expect((await summaryOf(JAN.contactId, await tokenFor('relatiebeheerder@hub.example')))).toMatchObject({ status: 'active', activation: null });
  const sent = [...db.tables.events.values()].filter((e) => e.accountId === id && e.type === 'activation_mail_sent');
  expect(sent).toEqual([expect.objectContaining({ actorName: 'Ruud Visser' })]);
});

test('any credential change revokes the link: a new temporary password, a password change, a reset', async () => {
  const { link, id } = await createJan();
  const staff = await tokenFor('beheerder@hub.example');
  const renewal = () => call('post', apiPaths.accountTemporaryPassword, `/account/accounts/${id}/temporary-password`, { token: staff });
  await renewal();
  await expectGone(link, 'activation_link_revoked');

  // A new link, then the customer changes the temporary password instead.
  const { temporaryPassword } = (await renewal()).body;
  expect((await resend(id, staff)).status).toBe(200);
  const second = linkTokenFor(JAN.email);
  const session = await tokenFor(JAN.email, temporaryPassword);
  expect((await call('post', apiPaths.changePassword, apiPaths.changePassword, { token: session, body: { newPassword: NEW_PASSWORD } })).status).toBe(204);
  await expectGone(second, 'activation_link_revoked');

  // A new link, then the customer sets a password through a reset mail instead.
  await renewal();
  expect((await resend(id, staff)).status).toBe(200);
  const third = linkTokenFor(JAN.email);
  await call('post', apiPaths.forgotPassword, apiPaths.forgotPassword, { body: { username: JAN.email } });
  const resetMail = [...db.tables.mails.values()].filter((m) => m.kind === 'password_reset').at(-1)!;
  const resetToken = /token=([\w-]+)/.exec(resetMail.text)![1];
  expect((await call('post', apiPaths.resetPassword, apiPaths.resetPassword, { body: { token: resetToken, newPassword: 'nog-een-ander-wachtwoord' } })).status).toBe(204);
  await expectGone(third, 'activation_link_revoked');
});

test('the password rule applies, in the order of the reset: lengths before the token, the rest after', async () => {
  const { link } = await createJan();
  const short = await activate('no-such-token', 'kort');
  expect([short.status, short.body.error.reasons?.newPassword]).toEqual([422, 'password_too_short']);
  const common = await activate(link, 'wachtwoord123');
  expect([common.status, common.body.error.reasons.newPassword]).toEqual([422, 'password_common']);
  const personal = await activate(link, 'jan.devries@voorbeeld.nl');
  expect(personal.body.error.reasons.newPassword).toBe('password_personal');
  // Nothing was used up by the refusals.
  expect((await check(link)).status).toBe(200);
});

test('resending: a Medewerker gets 403, another organisation 404, an active customer 409, a blocked one 409', async () => {
  const { id } = await createJan();
  expect((await resend(id, await tokenFor('medewerker@hub.example'))).status).toBe(403);
  expect((await resend(id, await tokenFor('beheerder2@hub.example'))).status).toBe(404);
  expect((await resend(id)).status).toBe(401);
  const thomas = db.accountByUsername('thomas.vanleeuwen@voorbeeld.nl')!.id;
  const active = await resend(thomas, await tokenFor('beheerder@hub.example'));
  expect([active.status, active.body.error.code]).toEqual([409, 'account_active']);
  await call('post', apiPaths.accountBlock, `/account/accounts/${id}/block`, { token: await tokenFor('beheerder@hub.example') });
  const blocked = await resend(id, await tokenFor('beheerder@hub.example'));
  expect([blocked.status, blocked.body.error.code]).toEqual([409, 'account_blocked']);
  expect([...db.tables.mails.values()].filter((m) => m.kind === 'activation')).toEqual([]);
});

test('bulk creation makes no temporary password: the account awaits activation and its link logs the customer in', async () => {
  const staff = await tokenFor('beheerder@hub.example');
  const { body } = await call('post', apiPaths.accountsBulk, apiPaths.accountsBulk, { token: staff, body: { items: [JAN] } });
  expect(body.created).toBe(1);
  const account = db.accountByUsername(JAN.email)!;
  expect(account.temporaryPasswordHash).toBeNull();
  expect(await summaryOf(JAN.contactId, staff)).toMatchObject({ status: 'awaiting_activation', temporaryPasswordExpiresAt: null, activation: { status: 'pending' } });
  expect((await activate(linkTokenFor(JAN.email))).status).toBe(200);
  expect((await summaryOf(JAN.contactId, staff)).status).toBe('active');
});
