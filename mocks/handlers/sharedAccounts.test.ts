/**
 * A shared customer (klant@hub.example: dossiers at organisations 1 and 2) stays each
 * organisation's own: nobody sets its credentials, each blocks it for itself only, and each
 * sees only its own staff by name.
 */
import { db, KLANT_CONTACT_IDS } from '../db';
import { call, login, tokenFor } from '../../test/kit/api';

const KLANT = 'klant@hub.example';
const [CONTACT_1, CONTACT_2] = KLANT_CONTACT_IDS;
const id = () => db.accountByUsername(KLANT)!.id;
const post = (action: 'temporary-password' | 'block' | 'unblock' | 'reset-mail', token: string) =>
  call('post', `/account/accounts/{id}/${action}`, `/account/accounts/${id()}/${action}`, { token });
const summary = async (token: string, contactId: number) => (await call('get', '/contact/contacts/{id}', `/contact/contacts/${contactId}`, { token })).body.account;
const mine = async (token: string) => ({
  organizations: (await call('get', '/organization/organizations/mine', '/organization/organizations/mine', { token })).body.data.items.map((o: { id: number }) => o.id),
  contracts: new Set((await call('get', '/contract/contracts/mine', '/contract/contracts/mine', { token })).body.data.items.map((c: { organizationId: number }) => c.organizationId)),
  dossiers: Object.keys((await call('get', '/account/mine', '/account/mine', { token })).body.data.items[0].dossiers),
});

test('no organisation can give a shared account a temporary password (409 account_shared); the panel data says it is shared', async () => {
  for (const user of ['beheerder@hub.example', 'beheerder2@hub.example']) {
    const { status, body } = await post('temporary-password', await tokenFor(user));
    expect(status).toBe(409);
    expect(body.error.code).toBe('account_shared');
  }
  expect((await login(KLANT)).status).toBe(200);
  expect((await summary(await tokenFor('beheerder@hub.example'), CONTACT_1)).shared).toBe(true);
  expect((await summary(await tokenFor('beheerder@hub.example'), 8)).shared).toBe(false);
});

test("staff send a shared customer the self-service reset mail instead, to the customer's own mailbox", async () => {
  const { status, body } = await post('reset-mail', await tokenFor('beheerder2@hub.example'));
  expect(status).toBe(202);
  expect(body.message).toMatch(/link/);
  const [mail] = db.tables.mails.values();
  expect(mail).toMatchObject({ kind: 'password_reset', to: KLANT });
  const token = /token=([\w-]+)/.exec(mail.text)![1];
  expect((await call('post', '/auth/reset-password', '/auth/reset-password', { body: { token, newPassword: 'een-nieuw-wachtwoord' } })).status).toBe(204);
  expect((await login(KLANT, 'een-nieuw-wachtwoord')).status).toBe(200);
  // The same limit as self-service: one mail per 5 minutes.
  await post('reset-mail', await tokenFor('beheerder@hub.example'));
  expect([...db.tables.mails.values()].filter((m) => m.kind === 'password_reset')).toHaveLength(1);
});

test("blocking a shared account blocks it for the caller's organisation only; unblocking brings it back", async () => {
  const customer = await tokenFor(KLANT);
  const staff1 = await tokenFor('beheerder@hub.example');
  const staff2 = await tokenFor('beheerder2@hub.example');
  expect(await mine(customer)).toEqual({ organizations: [1, 2], contracts: new Set([1, 2]), dossiers: ['1', '2'] });

  const blocked = await post('block', staff1);
  expect(blocked.body.status).toBe('blocked');
  expect((await summary(staff1, CONTACT_1)).status).toBe('blocked');
  expect((await summary(staff2, CONTACT_2)).status).toBe('active');
  // The open session goes on, and a new login works, without organisation 1.
  expect(await mine(customer)).toEqual({ organizations: [2], contracts: new Set([2]), dossiers: ['2'] });
  expect(await mine(await tokenFor(KLANT))).toEqual({ organizations: [2], contracts: new Set([2]), dossiers: ['2'] });
  const contractOf1 = db.contractIdsOfContact(CONTACT_1)[0];
  expect((await call('get', '/contract/contracts/{id}/mine', `/contract/contracts/${contractOf1}/mine`, { token: customer })).status).toBe(404);
  expect((await post('block', staff1)).body.error.code).toBe('account_already_blocked');
  expect((await post('unblock', staff2)).body.error.code).toBe('account_not_blocked');
  expect((await post('reset-mail', staff1)).body.error.code).toBe('account_blocked');

  expect((await post('unblock', staff1)).body.status).toBe('active');
  expect(await mine(customer)).toEqual({ organizations: [1, 2], contracts: new Set([1, 2]), dossiers: ['1', '2'] });
});

test('blocked by every organisation it belongs to, the account cannot log in; one unblock lets it back in', async () => {
  const customer = await tokenFor(KLANT);
  await post('block', await tokenFor('beheerder@hub.example'));
  await post('block', await tokenFor('beheerder2@hub.example'));
  expect((await call('get', '/account/mine', '/account/mine', { token: customer })).body.error.code).toBe('account_blocked');
  expect((await login(KLANT)).body.error.code).toBe('invalid_credentials');
  await post('unblock', await tokenFor('beheerder2@hub.example'));
  expect(await mine(await tokenFor(KLANT))).toEqual({ organizations: [2], contracts: new Set([2]), dossiers: ['2'] });
});

test("timeline, audit list and panel name only the caller's own staff; filters cannot find the others", async () => {
  const staff1 = await tokenFor('beheerder@hub.example');
  const staff2 = await tokenFor('beheerder2@hub.example');
  await post('block', staff1);
  const timeline = async (token: string, filter = {}) =>
    (await call('get', '/account/accounts/{id}/events', `/account/accounts/${id()}/events`, { token, query: { filter } })).body;
  const blockedBy = async (token: string) => (await timeline(token)).find((e: { type: string }) => e.type === 'blocked');
  expect(await blockedBy(staff1)).toMatchObject({ actorId: 1, actorName: 'Marloes van Dijk', actorRole: 'beheerder', actorFromOtherOrganization: false });
  expect(await blockedBy(staff2)).toMatchObject({ actorId: null, actorName: 'another organisation', actorRole: null, actorFromOtherOrganization: true });
  const audit2 = (await call('get', '/audit/events', '/audit/events', { token: staff2 })).body;
  expect(JSON.stringify(audit2)).not.toMatch(/Marloes|Ruud|Lotte/);
  for (const filter of [{ actor: 'marloes' }, { q: 'marloes' }, { actorId: 1 }]) expect(await timeline(staff2, filter)).toEqual([]);
  // The customer's own actions keep their name for both.
  expect((await timeline(staff2)).some((e: { actorName: string }) => e.actorName === 'Sophie van der Meer')).toBe(true);
  // "Created by" belongs to organisation 1.
  expect((await summary(staff1, CONTACT_1)).createdBy).toBe('Marloes van Dijk');
  expect((await summary(staff2, CONTACT_2)).createdBy).toBeNull();
});
