/** POST /account/accounts/bulk: per-item results, no passwords, welcome mails, never twice. */
import { db } from '../db';
import { call, tokenFor } from '../../test/kit/api';

const bulk = (token: string | undefined, body: unknown) => call('post', '/account/accounts/bulk', '/account/accounts/bulk', { token, body });

test('creates the ready items, skips the others with their reason, and returns no passwords', async () => {
  const token = await tokenFor('beheerder@hub.example');
  const { status, body } = await bulk(token, {
    items: [
      { contactId: 1 }, // Jan: the contact's own email
      { contactId: 2 }, // Fatima: no email
      { contactId: 2, email: 'fatima@' },
      { contactId: 4, email: 'nieuw@voorbeeld.nl' }, // already has an account
      { contactId: 3 }, // organisation 2
    ],
  });
  expect(status).toBe(200);
  expect(body.items.map((i: { result: string; reason: string | null }) => [i.result, i.reason])).toEqual([
    ['created', null], ['skipped', 'no_email'], ['skipped', 'invalid_email'], ['skipped', 'contact_has_account'], ['skipped', 'not_found'],
  ]);
  expect(body).toMatchObject({ created: 1, skipped: 4 });
  expect(body.items[0]).toEqual({ contactId: 1, email: 'jan.devries@voorbeeld.nl', result: 'created', reason: null, accountId: db.accountOfContact(1)!.id });
  expect(JSON.stringify(body)).not.toMatch(/password/i);
  const mails = [...db.tables.mails.values()];
  expect(mails).toHaveLength(1);
  expect(mails[0]).toMatchObject({ kind: 'welcome', to: 'jan.devries@voorbeeld.nl', accountId: body.items[0].accountId });
});

test('a re-run, and the same contact twice in one run, never make a second account', async () => {
  const token = await tokenFor('relatiebeheerder@hub.example');
  const items = [{ contactId: 1 }, { contactId: 2, email: 'Fatima@Voorbeeld.nl' }, { contactId: 1 }];
  const first = await bulk(token, { items });
  expect(first.body).toMatchObject({ created: 2, skipped: 1 });
  expect(first.body.items[2]).toMatchObject({ result: 'skipped', reason: 'contact_has_account', accountId: first.body.items[0].accountId });
  const accounts = db.tables.accounts.size;
  const [again, parallel] = await Promise.all([bulk(token, { items }), bulk(await tokenFor('beheerder@hub.example'), { items })]);
  for (const run of [again, parallel]) expect(run.body).toMatchObject({ created: 0, skipped: 3 });
  expect(db.tables.accounts.size).toBe(accounts);
  expect(db.tables.mails.size).toBe(2);
});

test('an email that is already a username is skipped as email_in_use; dryRun creates nothing and answers ready', async () => {
  const token = await tokenFor('beheerder@hub.example');
  const preview = await bulk(token, { dryRun: true, items: [{ contactId: 1 }, { contactId: 2, email: 'klant@hub.example' }] });
  expect(preview.body.items.map((i: { result: string }) => i.result)).toEqual(['ready', 'skipped']);
  expect(preview.body.items[1].reason).toBe('email_in_use');
  expect(db.accountOfContact(1)).toBeUndefined();
  expect(db.tables.mails.size).toBe(0);
});

test('roles and validation: 401, 403, 400 for wrong types, 422 for an empty list', async () => {
  const items = [{ contactId: 1 }];
  expect((await bulk(undefined, { items })).status).toBe(401);
  expect((await bulk(await tokenFor('medewerker@hub.example'), { items })).status).toBe(403);
  const token = await tokenFor('beheerder@hub.example');
  expect((await bulk(token, { items: [{ contactId: '1' }] })).status).toBe(400);
  expect((await bulk(token, { items: 'all' })).status).toBe(400);
  expect((await bulk(token, [{ contactId: 1 }])).status).toBe(400);
  expect((await bulk(token, { items: [] })).status).toBe(422);
  expect(db.accountOfContact(1)).toBeUndefined();
});
