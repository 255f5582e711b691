/** "Bekijk als klant": read-only preview tokens, scoped to the caller's organisation's part. */
import { advanceClock, db, KLANT_CONTACT_IDS } from '../db';
import { call, tokenFor } from '../../test/kit/api';

const PREVIEW = '/account/accounts/{id}/preview';
const preview = (id: number, token?: string) => call('post', PREVIEW, `/account/accounts/${id}/preview`, { token });
const get = (path: string, contractPath: string, token: string) => call('get', contractPath, path, { token });
const accountId = (username: string) => db.accountByUsername(username)!.id;
const THOMAS = 'thomas.vanleeuwen@voorbeeld.nl';
const KLANT = 'klant@hub.example';

async function previewToken(staff: string, customer: string, password?: string): Promise<string> {
  const { status, body } = await preview(accountId(customer), await tokenFor(staff, password));
  expect(status).toBe(200);
  return body.data.token;
}

test('a Beheerder gets a token valid for 15 minutes that the "mine" endpoints accept', async () => {
  const { status, body } = await preview(accountId(THOMAS), await tokenFor('beheerder@hub.example'));
  expect(status).toBe(200);
  expect(Date.parse(body.data.expiresAt) - Date.now()).toBeGreaterThan(15 * 60_000 - 5_000);
  expect(Date.parse(body.data.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  const mine = await get('/account/mine', '/account/mine', body.data.token);
  expect(mine.body.data.items[0]).toMatchObject({ name: THOMAS, firstName: 'Thomas', lastName: 'Leeuwen' });
});

test('only the caller\'s organisation\'s part: contracts, dossier and organisation', async () => {
  const klantContracts = [...db.tables.contracts.values()].filter((c) => KLANT_CONTACT_IDS.includes(c.contactId));
  for (const [staff, organizationId] of [['beheerder@hub.example', 1], ['beheerder2@hub.example', 2]] as const) {
    const token = await previewToken(staff, KLANT);
    const contracts = (await get('/contract/contracts/mine', '/contract/contracts/mine', token)).body.data.items;
    expect(contracts.map((c: { id: number }) => c.id)).toEqual(klantContracts.filter((c) => c.organizationId === organizationId).map((c) => c.id));
    const organisations = (await get('/organization/organizations/mine', '/organization/organizations/mine', token)).body.data.items;
    expect(organisations.map((o: { id: number }) => o.id)).toEqual([organizationId]);
    expect(Object.keys((await get('/account/mine', '/account/mine', token)).body.data.items[0].dossiers)).toEqual([String(organizationId)]);
    const otherContract = klantContracts.find((c) => c.organizationId !== organizationId)!;
    expect((await get(`/contract/contracts/${otherContract.id}/mine`, '/contract/contracts/{id}/mine', token)).status).toBe(404);
    const document = otherContract.documents[0];
    const documentPath = `/contract/contracts/${otherContract.id}/documents/${document.id}/mine`;
    expect((await get(documentPath, '/contract/contracts/{id}/documents/{documentId}/mine', token)).status).toBe(404);
  }
});

test('Relatiebeheerder may preview; Medewerker and customers get 403, no token 401', async () => {
  expect((await preview(accountId(THOMAS), await tokenFor('relatiebeheerder@hub.example'))).status).toBe(200);
  expect((await preview(accountId(THOMAS), await tokenFor('medewerker@hub.example'))).status).toBe(403);
  expect((await preview(accountId(THOMAS), await tokenFor(KLANT))).status).toBe(403);
  expect((await preview(accountId(THOMAS))).status).toBe(401);
});

test('404 for an account the caller\'s organisation does not hold, an unknown id and a staff account', async () => {
  const token = await tokenFor('beheerder2@hub.example');
  for (const id of [accountId(THOMAS), 99999, accountId('beheerder@hub.example')]) {
    expect(await preview(id, token)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  }
});

test('a blocked account can be previewed, and blocking does not end a preview', async () => {
  const staff = await tokenFor('beheerder@hub.example');
  const early = await previewToken('beheerder@hub.example', THOMAS);
  expect((await call('post', '/account/accounts/{id}/block', `/account/accounts/${accountId(THOMAS)}/block`, { token: staff })).status).toBe(200);
  expect((await get('/contract/contracts/mine', '/contract/contracts/mine', early)).status).toBe(200);
  const late = await previewToken('beheerder@hub.example', THOMAS);
  expect((await get('/account/mine', '/account/mine', late)).status).toBe(200);
});

test('every write and every back-office call refuses a preview token with 403, and the preview stays', async () => {
  const token = await previewToken('beheerder@hub.example', THOMAS);
  const refusals = await Promise.all([
    call('post', '/auth/change-password', '/auth/change-password', { token, body: { currentPassword: 'demo', newPassword: 'een-nieuw-wachtwoord' } }),
    call('get', '/contact/contacts', '/contact/contacts', { token }),
    call('post', PREVIEW, `/account/accounts/${accountId(THOMAS)}/preview`, { token }),
    call('post', '/account/accounts/{id}/block', `/account/accounts/${accountId(THOMAS)}/block`, { token }),
  ]);
  for (const refusal of refusals) expect(refusal).toMatchObject({ status: 403, body: { error: { code: 'preview_read_only' } } });
  expect(db.accountByUsername(THOMAS)!.blockedAt).toBeNull();
  expect((await get('/account/mine', '/account/mine', token)).status).toBe(200);
  // The customer's own session is untouched by all of it.
  expect((await get('/account/mine', '/account/mine', await tokenFor(THOMAS))).status).toBe(200);
});

test('after 15 minutes the preview token is refused with 401', async () => {
  const token = await previewToken('beheerder@hub.example', THOMAS);
  advanceClock(15 * 60_000 + 1);
  expect((await get('/account/mine', '/account/mine', token)).status).toBe(401);
});

test('each preview is an account event "previewed" by the staff member, for their organisation only', async () => {
  await previewToken('beheerder@hub.example', KLANT);
  const timeline = await get(`/account/accounts/${accountId(KLANT)}/events`, '/account/accounts/{id}/events', await tokenFor('beheerder@hub.example'));
  expect(timeline.body[0]).toMatchObject({ type: 'previewed', actorName: 'Marloes van Dijk', actorRole: 'beheerder', contactId: KLANT_CONTACT_IDS[0] });
  const otherOrganisation = await get('/audit/events', '/audit/events', await tokenFor('beheerder2@hub.example'));
  expect(otherOrganisation.body.map((e: { type: string }) => e.type)).not.toContain('previewed');
});

test('leaving the preview (logout with its token) ends that token only, never the customer\'s session', async () => {
  const customer = await tokenFor(THOMAS);
  const token = await previewToken('beheerder@hub.example', THOMAS);
  const other = await previewToken('beheerder@hub.example', THOMAS);
  expect((await call('post', '/auth/logout', '/auth/logout', { token })).status).toBe(204);
  expect((await get('/account/mine', '/account/mine', token)).status).toBe(401);
  expect((await get('/account/mine', '/account/mine', other)).status).toBe(200);
  expect((await get('/account/mine', '/account/mine', customer)).status).toBe(200);
});

test('the staff member\'s logout, password change or block ends every preview they opened, and only theirs', async () => {
  const colleagues = await previewToken('relatiebeheerder@hub.example', THOMAS);
  const staff = await tokenFor('beheerder@hub.example');
  let token = await previewToken('beheerder@hub.example', THOMAS);
  expect((await call('post', '/auth/logout', '/auth/logout', { token: staff })).status).toBe(204);
  expect((await get('/account/mine', '/account/mine', token)).status).toBe(401);

  token = await previewToken('beheerder@hub.example', THOMAS);
  const changed = await call('post', '/auth/change-password', '/auth/change-password', { token: await tokenFor('beheerder@hub.example'), body: { currentPassword: 'demo', newPassword: 'Een lange zin als wachtwoord' } });
  expect(changed.status).toBe(204);
  expect((await get('/account/mine', '/account/mine', token)).status).toBe(401);

  token = await previewToken('beheerder@hub.example', THOMAS, 'Een lange zin als wachtwoord');
  db.saveAccount({ ...db.accountByUsername('beheerder@hub.example')!, blockedAt: new Date().toISOString() });
  expect((await get('/account/mine', '/account/mine', token)).status).toBe(401);
  expect((await get('/account/mine', '/account/mine', colleagues)).status).toBe(200);
});
