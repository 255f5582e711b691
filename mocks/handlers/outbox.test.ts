/**
 * The outbox over HTTP (not public): only staff who may manage accounts, and only the mails of
 * their own organisation's customers that no other organisation shares.
 */
import { db } from '../db';
import { server, TEST_API_BASE } from '../node';
import { call, tokenFor } from '../../test/kit/api';
import { outboxHandlers } from './outbox';

const list = (token?: string) => call('get', '/demo/outbox', '/demo/outbox', { token });
const one = (id: number, token?: string) => call('get', '/demo/outbox/{id}', `/demo/outbox/${id}`, { token });
const forgot = (username: string) => call('post', '/auth/forgot-password', '/auth/forgot-password', { body: { username } });

beforeEach(async () => {
  // As `npm run mock-api` mounts it (node.ts mounts the public, in-browser variant).
  server.use(...outboxHandlers(TEST_API_BASE));
  await forgot('thomas.vanleeuwen@voorbeeld.nl'); // organisation 1
  await forgot('noor.hendriks@voorbeeld.nl'); // organisation 2
  await forgot('klant@hub.example'); // shared by both
});

const mailTo = (to: string) => [...db.tables.mails.values()].find((mail) => mail.to === to)!;

test('without a token 401; a customer or a Medewerker 403', async () => {
  expect((await list()).status).toBe(401);
  expect((await one(mailTo('klant@hub.example').id)).status).toBe(401);
  for (const user of ['klant@hub.example', 'medewerker@hub.example']) {
    const token = await tokenFor(user);
    expect((await list(token)).status).toBe(403);
    expect((await one(mailTo('klant@hub.example').id, token)).status).toBe(403);
  }
});

test("staff read only their own organisation's customers' mails, never a shared customer's", async () => {
  const staff1 = await tokenFor('relatiebeheerder@hub.example');
  const staff2 = await tokenFor('beheerder2@hub.example');
  const mine1 = await list(staff1);
  expect(mine1.body.map((mail: { to: string }) => mail.to)).toEqual(['thomas.vanleeuwen@voorbeeld.nl']);
  expect(mine1.headers.get('Content-Range')).toBe('outbox 0-0/1');
  expect((await list(staff2)).body.map((mail: { to: string }) => mail.to)).toEqual(['noor.hendriks@voorbeeld.nl']);
  expect((await one(mailTo('thomas.vanleeuwen@voorbeeld.nl').id, staff1)).status).toBe(200);
  expect((await one(mailTo('thomas.vanleeuwen@voorbeeld.nl').id, staff2)).status).toBe(404);
  expect((await one(mailTo('klant@hub.example').id, staff1)).status).toBe(404);
  expect((await one(mailTo('klant@hub.example').id, staff2)).status).toBe(404);
});
