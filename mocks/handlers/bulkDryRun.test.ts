/** A bulk dry run is no directory of other organisations' usernames: same answers as a real run, bounded, traced. */
import { advanceClock, db } from '../db';
import { call, tokenFor } from '../../test/kit/api';

const PIETER = 3; // organisation 2's contact without an account
const bulk = async (body: unknown, staff = 'beheerder2@hub.example') =>
  call('post', '/account/accounts/bulk', '/account/accounts/bulk', { token: await tokenFor(staff), body });
const reasons = (body: { items: { result: string; reason: string | null }[] }) => body.items.map((i) => i.reason ?? i.result);

test('a dry run answers what the real run would: after the first ready item for a contact, the rest are contact_has_account', async () => {
  const items = ['eva.janssen@voorbeeld.nl', 'nieuw.adres@voorbeeld.nl', 'thomas.vanleeuwen@voorbeeld.nl', 'beheerder@hub.example', 'nog.een@voorbeeld.nl'].map((email) => ({ contactId: PIETER, email }));
  const dry = await bulk({ items, dryRun: true });
  expect(reasons(dry.body)).toEqual(['email_in_use', 'ready', 'contact_has_account', 'contact_has_account', 'contact_has_account']);
  const real = await bulk({ items });
  expect(reasons(real.body)).toEqual(['email_in_use', 'created', 'contact_has_account', 'contact_has_account', 'contact_has_account']);
});

test('the same address twice in a dry run: the second is email_in_use, as it would be once the first is created', async () => {
  const staff = await tokenFor('beheerder@hub.example');
  const dry = await call('post', '/account/accounts/bulk', '/account/accounts/bulk', { token: staff, body: { dryRun: true, items: [{ contactId: 1, email: 'een@voorbeeld.nl' }, { contactId: 2, email: 'een@voorbeeld.nl' }] } });
  expect(reasons(dry.body)).toEqual(['ready', 'email_in_use']);
});

test('an address of another organisation\'s customer found by a dry run leaves address_checked in that organisation\'s audit list', async () => {
  await bulk({ dryRun: true, items: [{ contactId: PIETER, email: 'eva.janssen@voorbeeld.nl' }, { contactId: PIETER, email: 'noor.hendriks@voorbeeld.nl' }] });
  const audit = await call('get', '/audit/events', '/audit/events', { token: await tokenFor('beheerder@hub.example'), query: { filter: { type: 'address_checked' } } });
  expect(audit.body).toEqual([expect.objectContaining({ type: 'address_checked', username: 'eva.janssen@voorbeeld.nl', actorFromOtherOrganization: true })]);
  // Noor is organisation 2's own customer: no trace for looking at one's own.
  expect([...db.tables.events.values()].filter((e) => e.type === 'address_checked').map((e) => e.username)).toEqual(['eva.janssen@voorbeeld.nl']);
});

test('dry runs are bounded per staff member: 1000 items an hour, then 429 with Retry-After; colleagues keep theirs', async () => {
  const items = Array.from({ length: 500 }, (_, i) => ({ contactId: PIETER, email: `adres${i}@voorbeeld.nl` }));
  expect((await bulk({ items, dryRun: true })).status).toBe(200);
  expect((await bulk({ items, dryRun: true })).status).toBe(200);
  const refused = await bulk({ items: items.slice(0, 1), dryRun: true });
  expect([refused.status, refused.body.error.code, Number(refused.headers.get('Retry-After'))]).toEqual([429, 'too_many_requests', expect.any(Number)]);
  expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(3500);
  expect((await bulk({ items: [{ contactId: 1 }], dryRun: true }, 'beheerder@hub.example')).status).toBe(200);
  advanceClock(3_600_000);
  expect((await bulk({ items, dryRun: true })).status).toBe(200);
});
