/** Account events: the Beheerder's audit list and one account's timeline, with actor and time. */
import { db } from '../db';
import { call, login, tokenFor } from '../../test/kit/api';

const audit = (token: string | undefined, query: Record<string, unknown> = {}) => call('get', '/audit/events', '/audit/events', { token, query });
const timeline = (token: string | undefined, id: number, query: Record<string, unknown> = {}) => call('get', '/account/accounts/{id}/events', `/account/accounts/${id}/events`, { token, query });

test('every step of an account is recorded with who did it and when, newest first', async () => {
  const staff = await tokenFor('beheerder@hub.example');
  const created = await call('post', '/account/accounts', '/account/accounts', { token: staff, body: { contactId: 1, email: 'jan.devries@voorbeeld.nl' } });
  const id = created.body.id;
  const first = await login('jan.devries@voorbeeld.nl', created.body.temporaryPassword);
  await call('post', '/auth/change-password', '/auth/change-password', { token: first.body.data.token, body: { currentPassword: created.body.temporaryPassword, newPassword: 'mijn-eigen-wachtwoord' } });
  await call('post', '/account/accounts/{id}/block', `/account/accounts/${id}/block`, { token: staff });
  await call('post', '/account/accounts/{id}/unblock', `/account/accounts/${id}/unblock`, { token: await tokenFor('relatiebeheerder@hub.example') });
  await call('post', '/account/accounts/{id}/temporary-password', `/account/accounts/${id}/temporary-password`, { token: staff });

  const { status, body, headers } = await timeline(staff, id);
  expect(status).toBe(200);
  expect(headers.get('Content-Range')).toBe('events 0-6/7');
  const relatiebeheerder = db.accountByUsername('relatiebeheerder@hub.example')!.displayName;
  expect(body.map((e: { type: string; actorName: string }) => [e.type, e.actorName])).toEqual([
    ['temporary_password_renewed', 'Marloes van Dijk'], ['unblocked', relatiebeheerder], ['blocked', 'Marloes van Dijk'],
    ['password_changed', 'Jan de Vries'], ['first_login', 'Jan de Vries'], ['welcome_mail_sent', 'Hub'], ['created', 'Marloes van Dijk'],
  ]);
  for (const event of body) expect(Date.parse(event.at)).toBeLessThanOrEqual(Date.now());
  expect(body[0]).toMatchObject({ accountId: id, username: 'jan.devries@voorbeeld.nl', contactId: 1, contactName: 'Jan de Vries', actorRole: 'beheerder' });
  expect(body.find((e: { type: string }) => e.type === 'welcome_mail_sent')).toMatchObject({ actorId: null, actorRole: null, actorName: 'Hub' });
});

test('the audit list is for Beheerders only and holds their own organisation only', async () => {
  expect((await audit(undefined)).status).toBe(401);
  expect((await audit(await tokenFor('relatiebeheerder@hub.example'))).status).toBe(403);
  expect((await audit(await tokenFor('medewerker@hub.example'))).status).toBe(403);
  const { status, body, headers } = await audit(await tokenFor('beheerder2@hub.example'), { sort: ['at', 'DESC'], range: [0, 4] });
  expect(status).toBe(200);
  expect(body.length).toBeLessThanOrEqual(5);
  expect(headers.get('Content-Range')).toMatch(/^events 0-\d+\/\d+$/);
  for (const event of body) expect(db.tables.contacts.get(event.contactId)!.organizationId).toBe(2);
});

test('filters by contact, actor and type; bad filters and sorts are a 400', async () => {
  const staff = await tokenFor('beheerder@hub.example');
  const eva = db.accountByUsername('eva.janssen@voorbeeld.nl')!.id;
  await call('post', '/account/accounts/{id}/block', `/account/accounts/${eva}/block`, { token: staff });
  const byContact = await audit(staff, { filter: { contactId: 7 } });
  expect(byContact.body.map((e: { type: string }) => e.type)).toEqual(['blocked', 'created']);
  const byType = await audit(staff, { filter: { type: ['blocked'] } });
  expect(byType.body).toHaveLength(1);
  const me = db.accountByUsername('beheerder@hub.example')!.id;
  const byActor = await audit(staff, { filter: { actorId: me, type: 'blocked' } });
  expect(byActor.body).toHaveLength(1);
  expect((await audit(staff, { filter: { actor: 'marloes', type: 'blocked' } })).body).toHaveLength(1);
  expect((await audit(staff, { filter: { type: 'deleted' } })).status).toBe(400);
  expect((await audit(staff, { sort: ['password', 'ASC'] })).status).toBe(400);
});

test('the timeline: Beheerder and Relatiebeheerder of the contact\'s organisation only', async () => {
  const eva = db.accountByUsername('eva.janssen@voorbeeld.nl')!.id;
  expect((await timeline(await tokenFor('relatiebeheerder@hub.example'), eva)).body).toHaveLength(1);
  expect((await timeline(await tokenFor('medewerker@hub.example'), eva)).status).toBe(403);
  expect((await timeline(await tokenFor('beheerder2@hub.example'), eva)).status).toBe(404);
  expect((await timeline(undefined, eva)).status).toBe(401);
});
