/**
 * The mock Hub API over real HTTP, tried as a partner would: every answer is the
 * contract's JSON, mails follow configuration only, the outbox is staff-only, and shared customers
 * stay each organisation's own. The server is shared by the run's files: this one changes only
 * Noor Hendriks (organisation 2) and, for a moment, blocks the shared klant@hub.example for organisation 2.
 */
import { expect, test } from './fixtures';
import { api, bearer, tokenFor } from './mockApi';
import { ports } from '../../playwright.config';

const NOOR = 'noor.hendriks@voorbeeld.nl';
const KLANT = 'klant@hub.example';
const errorBody = (code: string) => ({ error: { code, message: expect.any(String) } });

test.describe.configure({ mode: 'serial' });


test('unknown routes 404, malformed URLs 400, large bodies 413, non-JSON bodies 415, ranges over 1000 400: all JSON', async ({ request }) => {
  const unknown = await request.get(`${api}/no/such/path`);
  expect([unknown.status(), await unknown.json()]).toEqual([404, errorBody('not_found')]);
  const malformed = await request.get(`${api}/contact/contacts/%E0%A4%A`);
  expect([malformed.status(), malformed.headers()['content-type']]).toEqual([400, expect.stringContaining('application/json')]);
  expect(await malformed.json()).toEqual(errorBody('invalid_url'));
  const big = await request.post(`${api}/auth/login`, { headers: { 'Content-Type': 'application/json' }, data: JSON.stringify({ username: KLANT, password: 'x'.repeat(5_000_000) }) });
  expect([big.status(), await big.json()]).toEqual([413, errorBody('payload_too_large')]);
  const text = await request.post(`${api}/auth/login`, { headers: { 'Content-Type': 'text/plain' }, data: JSON.stringify({ username: KLANT, password: 'demo' }) });
  expect([text.status(), await text.json()]).toEqual([415, errorBody('unsupported_media_type')]);
  const staff = await tokenFor(request, 'beheerder2@hub.example');
  const range = await request.get(`${api}/contact/contacts?range=${encodeURIComponent('[0,999999999]')}`, { headers: bearer(staff) });
  expect([range.status(), await range.json()]).toEqual([400, { error: { code: 'range_too_large', message: expect.any(String), fields: { range: expect.any(String) } } }]);
});

test('the outbox needs a staff token (401, 403 for a customer) and shows only its organisation\'s unshared customers\' mails', async ({ request }) => {
  expect((await request.get(`${api}/demo/outbox`)).status()).toBe(401);
  expect((await request.get(`${api}/demo/outbox`, { headers: bearer(await tokenFor(request, KLANT)) })).status()).toBe(403);
  await request.post(`${api}/auth/forgot-password`, { data: { username: KLANT } });
  const mails = (await (await request.get(`${api}/demo/outbox`, { headers: bearer(await tokenFor(request, 'beheerder2@hub.example')) })).json()) as { to: string }[];
  expect(mails.filter((mail) => mail.to === KLANT)).toEqual([]);
});

test('a reset mail links to PORTAL_URL whatever the Origin; a second request within 5 minutes sends nothing', async ({ request }) => {
  const outbox = async () => {
    const response = await request.get(`${api}/demo/outbox?filter=${encodeURIComponent(JSON.stringify({ to: NOOR }))}`, { headers: bearer(await tokenFor(request, 'beheerder2@hub.example')) });
    return (await response.json()) as { html: string; text: string }[];
  };
  const before = (await outbox()).length;
  for (let i = 0; i < 2; i++) {
    const asked = await request.post(`${api}/auth/forgot-password`, { headers: { Origin: 'https://evil.example', Referer: 'https://evil.example/' }, data: { username: NOOR } });
    expect(asked.status()).toBe(202);
  }
  const mails = await outbox();
  expect(mails).toHaveLength(before + 1);
  expect(mails[0].text).toMatch(new RegExp(`http://localhost:${ports.realApi}/#/reset-password\\?token=[\\w-]+`));
  expect(JSON.stringify(mails)).not.toContain('evil');
});

test('changing the password ends the account\'s other sessions, not the one that changed it', async ({ request }) => {
  const phone = await tokenFor(request, NOOR);
  const laptop = await tokenFor(request, NOOR);
  const changed = await request.post(`${api}/auth/change-password`, { headers: bearer(laptop), data: { currentPassword: 'demo', newPassword: 'een-nieuw-wachtwoord' } });
  expect(changed.status()).toBe(204);
  expect((await request.get(`${api}/account/mine`, { headers: bearer(phone) })).status()).toBe(401);
  expect((await request.get(`${api}/account/mine`, { headers: bearer(laptop) })).status()).toBe(200);
});

test('a shared customer: no temporary password from anyone (409), and a block by one organisation is for that organisation only', async ({ request }) => {
  const staff2 = await tokenFor(request, 'beheerder2@hub.example');
  const contact = (await (await request.get(`${api}/contact/contacts?filter=${encodeURIComponent(JSON.stringify({ q: KLANT }))}`, { headers: bearer(staff2) })).json()) as { account: { id: number; shared: boolean } }[];
  const { id, shared } = contact[0].account;
  expect(shared).toBe(true);
  const renew = await request.post(`${api}/account/accounts/${id}/temporary-password`, { headers: bearer(staff2) });
  expect([renew.status(), await renew.json()]).toEqual([409, errorBody('account_shared')]);

  expect((await request.post(`${api}/account/accounts/${id}/block`, { headers: bearer(staff2) })).status()).toBe(200);
  try {
    const customer = await tokenFor(request, KLANT);
    const organizations = (await (await request.get(`${api}/organization/organizations/mine`, { headers: bearer(customer) })).json()) as { data: { items: { id: number }[] } };
    expect(organizations.data.items.map((o) => o.id)).toEqual([1]);
  } finally {
    expect((await request.post(`${api}/account/accounts/${id}/unblock`, { headers: bearer(staff2) })).status()).toBe(200);
  }
});
