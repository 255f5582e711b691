/**
 * Accounts and previews over real HTTP: login protection per client, no oracle in a password
 * change or in forgot-password, reset links revoked by a password change, previews that end.
 * Each test makes its own customer at organisation 2, so the shared server's other users are
 * never locked out or logged out by these.
 */
import { request as httpRequest } from 'node:http';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, bearer, tokenFor } from './mockApi';
import { ports } from '../../playwright.config';

const STAFF = 'beheerder2@hub.example';
const PASSWORD = 'Zonnige dag aan zee in mei';

async function outbox(request: APIRequestContext, to: string) {
  const response = await request.get(`${api}/demo/outbox?filter=${encodeURIComponent(JSON.stringify({ to }))}`, { headers: bearer(await tokenFor(request, STAFF)) });
  return (await response.json()) as { kind: string; text: string }[];
}

/** A new contact at organisation 2 with an account whose own password is PASSWORD. */
async function freshCustomer(request: APIRequestContext): Promise<{ username: string; accountId: number }> {
  const staff = bearer(await tokenFor(request, STAFF));
  const username = `e2e.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@voorbeeld.nl`;
  const contact = await request.post(`${api}/contact/contacts`, { headers: staff, data: { firstName: 'Lotte', lastName: 'Proef', email: username } });
  const contactId = ((await contact.json()) as { id: number }).id;
  const account = await request.post(`${api}/account/accounts`, { headers: staff, data: { contactId, email: username } });
  expect(account.status()).toBe(201);
  // The welcome mail carries no password: its activation link sets the first one.
  const link = /#\/activate\?token=([\w-]+)/.exec((await outbox(request, username))[0].text)![1];
  expect((await request.post(`${api}/auth/activation`, { data: { token: link, newPassword: PASSWORD } })).status()).toBe(200);
  return { username, accountId: ((await account.json()) as { id: number }).id };
}

/** A login from another loopback address: another client to the server, whatever header it sends. */
function loginFrom(address: string, username: string, password: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ username, password });
    const req = httpRequest({
      host: '127.0.0.1', port: ports.mockApi, path: '/auth/login', method: 'POST', localAddress: address,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Hub-Client-Address': `spoofed-${Math.random()}` },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('ten failures from one client lock that client out, not the owner on another; a claimed client address changes nothing', async ({ request }) => {
  const { username } = await freshCustomer(request);
  for (let i = 0; i < 10; i++) expect(await loginFrom('127.0.0.2', username, `fout-${i}`)).toBe(401);
  expect(await loginFrom('127.0.0.2', username, PASSWORD)).toBe(429);
  expect(await loginFrom('127.0.0.3', username, PASSWORD)).toBe(200);
});

test('a password change is no oracle: the tenth wrong current password ends the session, and a reset link asked for before a change is dead after it', async ({ request }) => {
  const guessed = await freshCustomer(request);
  const token = await tokenFor(request, guessed.username, PASSWORD);
  const change = (currentPassword: string) => request.post(`${api}/auth/change-password`, { headers: bearer(token), data: { currentPassword, newPassword: 'Een heel ander wachtwoord' } });
  for (let i = 0; i < 9; i++) expect((await change(`gok-${i}`)).status()).toBe(422);
  const tenth = await change('gok-9');
  expect([tenth.status(), ((await tenth.json()) as { error: { code: string } }).error.code]).toEqual([401, 'too_many_attempts']);
  expect((await change(PASSWORD)).status()).toBe(401);

  const { username } = await freshCustomer(request);
  expect((await request.post(`${api}/auth/forgot-password`, { data: { username } })).status()).toBe(202);
  const link = /reset-password\?token=([\w-]+)/.exec((await outbox(request, username)).find((mail) => mail.kind === 'password_reset')!.text)![1];
  const owner = await tokenFor(request, username, PASSWORD);
  expect((await request.post(`${api}/auth/change-password`, { headers: bearer(owner), data: { currentPassword: PASSWORD, newPassword: 'Een heel ander wachtwoord' } })).status()).toBe(204);
  const reset = await request.post(`${api}/auth/reset-password`, { data: { token: link, newPassword: 'Het wachtwoord van de aanvaller' } });
  expect(reset.status()).toBe(410);
  expect((await request.get(`${api}/account/mine`, { headers: bearer(owner) })).status()).toBe(200);
});

test('forgot-password answers a real and an unknown username alike', async ({ request }) => {
  const { username } = await freshCustomer(request);
  const answers = [];
  for (const name of [username, `niemand.${Date.now()}@voorbeeld.nl`]) {
    const response = await request.post(`${api}/auth/forgot-password`, { data: { username: name } });
    const { date: _date, ...headers } = response.headers();
    answers.push({ status: response.status(), headers, body: await response.text() });
  }
  expect(answers[0]).toEqual(answers[1]);
});

test('previews end: leaving one ends its token only, the staff member\'s logout ends the rest', async ({ request }) => {
  const { username, accountId } = await freshCustomer(request);
  const staff = await tokenFor(request, STAFF);
  const preview = async () => ((await (await request.post(`${api}/account/accounts/${accountId}/preview`, { headers: bearer(staff) })).json()) as { data: { token: string } }).data.token;
  const mine = async (token: string) => (await request.get(`${api}/account/mine`, { headers: bearer(token) })).status();
  const customer = await tokenFor(request, username, PASSWORD);
  const [left, kept] = [await preview(), await preview()];
  expect((await request.post(`${api}/auth/logout`, { headers: bearer(left) })).status()).toBe(204);
  expect([await mine(left), await mine(kept), await mine(customer)]).toEqual([401, 200, 200]);
  expect((await request.post(`${api}/auth/logout`, { headers: bearer(staff) })).status()).toBe(204);
  expect([await mine(kept), await mine(customer)]).toEqual([401, 200]);
});

test('a new password by the rule and one-line names: each refusal a 422 naming its rule per field', async ({ request }) => {
  const { username } = await freshCustomer(request);
  const token = await tokenFor(request, username, PASSWORD);
  for (const [newPassword, reason] of [['wachtwoord123', 'password_common'], [' '.repeat(12), 'password_blank'], [username, 'password_personal'], ['x'.repeat(129), 'password_too_long']]) {
    const refused = await request.post(`${api}/auth/change-password`, { headers: bearer(token), data: { currentPassword: PASSWORD, newPassword } });
    expect([refused.status(), ((await refused.json()) as { error: { reasons: unknown } }).error.reasons]).toEqual([422, { newPassword: reason }]);
  }
  const contact = await request.post(`${api}/contact/contacts`, { headers: bearer(await tokenFor(request, STAFF)), data: { firstName: 'Jan\r\nKlik hier', lastName: 'Smit\u202E' } });
  expect([contact.status(), ((await contact.json()) as { error: { reasons: unknown } }).error.reasons]).toEqual([422, { firstName: 'text_forbidden_characters', lastName: 'text_forbidden_characters' }]);
});

test('a bulk dry run answers what the real run would, and an address of another organisation\'s customer leaves a trace there', async ({ request }) => {
  const staff = bearer(await tokenFor(request, STAFF));
  const contact = await request.post(`${api}/contact/contacts`, { headers: staff, data: { firstName: 'Proef', lastName: 'Persoon' } });
  const contactId = ((await contact.json()) as { id: number }).id;
  const items = ['eva.janssen@voorbeeld.nl', `vrij.${Date.now()}@voorbeeld.nl`, 'thomas.vanleeuwen@voorbeeld.nl', 'beheerder@hub.example'].map((email) => ({ contactId, email }));
  const dry = await request.post(`${api}/account/accounts/bulk`, { headers: staff, data: { items, dryRun: true } });
  const answers = ((await dry.json()) as { items: { result: string; reason: string | null }[] }).items.map((i) => i.reason ?? i.result);
  expect(answers).toEqual(['email_in_use', 'ready', 'contact_has_account', 'contact_has_account']);
  const audit = await request.get(`${api}/audit/events?filter=${encodeURIComponent(JSON.stringify({ type: 'address_checked', q: 'eva.janssen' }))}`, { headers: bearer(await tokenFor(request, 'beheerder@hub.example')) });
  expect(((await audit.json()) as { username: string }[]).map((event) => event.username)).toContain('eva.janssen@voorbeeld.nl');
});
