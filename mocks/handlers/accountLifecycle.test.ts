/** New temporary password, block and unblock: statuses, reach, sessions and the contact's summary. */
import { db, SEEDED_TEMPORARY_PASSWORD } from '../db';
import { call, login, tokenFor } from '../../test/kit/api';

// Seeded customers of organisation 1: Eva (awaiting, contact 7), Thomas (active, contact 8), Mila (expired, contact 9).
const accountOf = (username: string) => db.accountByUsername(username)!.id;
const renew = (token: string | undefined, id: number) => call('post', '/account/accounts/{id}/temporary-password', `/account/accounts/${id}/temporary-password`, { token });
const block = (token: string | undefined, id: number) => call('post', '/account/accounts/{id}/block', `/account/accounts/${id}/block`, { token });
const unblock = (token: string | undefined, id: number) => call('post', '/account/accounts/{id}/unblock', `/account/accounts/${id}/unblock`, { token });
const contactAccount = async (token: string, contactId: number) => (await call('get', '/contact/contacts/{id}', `/contact/contacts/${contactId}`, { token })).body.account;

describe('POST /account/accounts/{id}/temporary-password', () => {
  test('gives a fresh temporary password once; the old one stops working at once, the new one works once', async () => {
    const staff = await tokenFor('relatiebeheerder@hub.example');
    const { status, body } = await renew(staff, accountOf('mila.degraaf@voorbeeld.nl'));
    expect(status).toBe(200);
    expect(body.account).toMatchObject({ status: 'awaiting_first_login', temporaryPasswordExpiresAt: body.temporaryPasswordExpiresAt });
    expect(await contactAccount(staff, 9)).toEqual(body.account);
    expect((await login('mila.degraaf@voorbeeld.nl', SEEDED_TEMPORARY_PASSWORD)).body.error.code).toBe('invalid_credentials');
    expect((await login('mila.degraaf@voorbeeld.nl', body.temporaryPassword)).body.data.mustChangePassword).toBe(true);
  });

  test('for an active account on request: its own password and sessions end, and the customer must choose a new one', async () => {
    const customer = await tokenFor('thomas.vanleeuwen@voorbeeld.nl');
    const { body } = await renew(await tokenFor('beheerder@hub.example'), accountOf('thomas.vanleeuwen@voorbeeld.nl'));
    expect(body.account.status).toBe('awaiting_first_login');
    expect((await call('get', '/account/mine', '/account/mine', { token: customer })).status).toBe(401);
    expect((await login('thomas.vanleeuwen@voorbeeld.nl')).status).toBe(401);
    expect((await login('thomas.vanleeuwen@voorbeeld.nl', body.temporaryPassword)).body.data.mustChangePassword).toBe(true);
  });

  test('roles and reach: 401, 403 for medewerker and customer, 404 for another organisation, staff or unknown accounts, 409 when blocked', async () => {
    const eva = accountOf('eva.janssen@voorbeeld.nl');
    expect((await renew(undefined, eva)).status).toBe(401);
    expect((await renew(await tokenFor('medewerker@hub.example'), eva)).status).toBe(403);
    expect((await renew(await tokenFor('klant@hub.example'), eva)).status).toBe(403);
    const staff2 = await tokenFor('beheerder2@hub.example');
    expect((await renew(staff2, eva)).status).toBe(404);
    expect((await renew(staff2, accountOf('beheerder@hub.example'))).status).toBe(404);
    expect((await renew(staff2, 999_999)).status).toBe(404);
    const staff = await tokenFor('beheerder@hub.example');
    await block(staff, eva);
    const blocked = await renew(staff, eva);
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.code).toBe('account_blocked');
  });
});

describe('block and unblock', () => {
  test("blocking ends the customer's sessions at once: the next call is a 401 account_blocked, then plain 401s", async () => {
    const customer = await tokenFor('thomas.vanleeuwen@voorbeeld.nl');
    const staff = await tokenFor('beheerder@hub.example');
    const { status, body } = await block(staff, accountOf('thomas.vanleeuwen@voorbeeld.nl'));
    expect(status).toBe(200);
    expect(body.status).toBe('blocked');
    const next = await call('get', '/account/mine', '/account/mine', { token: customer });
    expect(next.status).toBe(401);
    expect(next.body.error.code).toBe('account_blocked');
    expect((await call('get', '/account/mine', '/account/mine', { token: customer })).body.error.code).toBe('unauthorized');
    expect((await contactAccount(staff, 8)).status).toBe('blocked');
  });

  test('a blocked account cannot log in, and the answer is the same with the right or a wrong password', async () => {
    await block(await tokenFor('beheerder@hub.example'), accountOf('thomas.vanleeuwen@voorbeeld.nl'));
    const right = await login('thomas.vanleeuwen@voorbeeld.nl', 'demo');
    const wrong = await login('thomas.vanleeuwen@voorbeeld.nl', 'fout');
    expect(right.status).toBe(401);
    expect(right.body).toEqual(wrong.body);
    expect(right.body.error.code).toBe('invalid_credentials');
  });

  test('unblocking restores the same account, linked to the same contacts, with the same password; old sessions stay ended', async () => {
    const customer = await tokenFor('thomas.vanleeuwen@voorbeeld.nl');
    const staff = await tokenFor('relatiebeheerder@hub.example');
    const id = accountOf('thomas.vanleeuwen@voorbeeld.nl');
    const before = { ...db.tables.accounts.get(id)! };
    await block(staff, id);
    const { status, body } = await unblock(staff, id);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, username: 'thomas.vanleeuwen@voorbeeld.nl', status: 'active' });
    expect(db.tables.accounts.get(id)).toEqual(before);
    expect(db.accountOfContact(8)?.id).toBe(id);
    expect((await call('get', '/account/mine', '/account/mine', { token: customer })).status).toBe(401);
    expect((await login('thomas.vanleeuwen@voorbeeld.nl')).status).toBe(200);
  });

  test('409 when already blocked or not blocked; roles and reach as for creation', async () => {
    const staff = await tokenFor('beheerder@hub.example');
    const eva = accountOf('eva.janssen@voorbeeld.nl');
    expect((await unblock(staff, eva)).body.error.code).toBe('account_not_blocked');
    expect((await block(staff, eva)).status).toBe(200);
    const again = await block(staff, eva);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('account_already_blocked');
    expect((await block(undefined, eva)).status).toBe(401);
    expect((await unblock(await tokenFor('medewerker@hub.example'), eva)).status).toBe(403);
    expect((await unblock(await tokenFor('beheerder2@hub.example'), eva)).status).toBe(404);
    expect((await block(staff, accountOf('sem.dekker@voorbeeld.nl'))).status).toBe(404);
    expect((await block(staff, accountOf('relatiebeheerder@hub.example'))).status).toBe(404);
  });
});
