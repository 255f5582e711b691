/**
 * Against the mock API over HTTP, the one server two browser contexts share: a customer's session
 * ended from another device lands on the login page saying so, a bulk creation's activation link
 * sets the first password, and no mail in the outbox holds a password. Each test makes its own
 * customers at organisation 2, so the shared server's other users are never logged out by these.
 */
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { SEEDED_TEMPORARY_PASSWORD } from '../../mocks/db/seedCredentials';
import { expect, test } from './fixtures';
import { api, bearer, tokenFor } from './mockApi';
import { activateAccount, logIn } from './support';

const STAFF = 'beheerder2@hub.example';
const PASSWORD = 'Zonnige dag aan zee in mei';

interface Mail { to: string; kind: string; subject: string; text: string; html?: string }

/** Every mail the outbox holds for a staff member, page by page. */
async function allMails(request: APIRequestContext, staff: string, filter: object = {}): Promise<Mail[]> {
  const headers = bearer(await tokenFor(request, staff));
  const mails: Mail[] = [];
  for (let start = 0; ; start += 1000) {
    const query = `filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent(JSON.stringify([start, start + 999]))}`;
    const response = await request.get(`${api}/demo/outbox?${query}`, { headers });
    expect(response.status()).toBe(200);
    const page = (await response.json()) as Mail[];
    mails.push(...page);
    if (page.length < 1000) return mails;
  }
}

const activationToken = (mail: Mail) => /#\/activate\?token=([\w-]+)/.exec(mail.text)?.[1];

/** New contacts at organisation 2; `bulk` makes their accounts in one bulk creation, else one by one ("Account toevoegen"). */
async function freshCustomers(request: APIRequestContext, count: number, bulk: boolean) {
  const staff = bearer(await tokenFor(request, STAFF));
  const customers: { contactId: number; username: string; temporaryPassword?: string }[] = [];
  for (let i = 0; i < count; i++) {
    const username = `e2e.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@voorbeeld.nl`;
    const contact = await request.post(`${api}/contact/contacts`, { headers: staff, data: { firstName: 'Lotte', lastName: `Proef ${i}`, email: username } });
    customers.push({ contactId: ((await contact.json()) as { id: number }).id, username });
  }
  if (bulk) {
    const created = await request.post(`${api}/account/accounts/bulk`, { headers: staff, data: { items: customers.map(({ contactId }) => ({ contactId })) } });
    expect(created.status()).toBe(200);
  } else {
    for (const customer of customers) {
      const account = await request.post(`${api}/account/accounts`, { headers: staff, data: { contactId: customer.contactId, email: customer.username } });
      expect(account.status()).toBe(201);
      customer.temporaryPassword = ((await account.json()) as { temporaryPassword: string }).temporaryPassword;
    }
  }
  return customers;
}

/** A customer whose own password is PASSWORD, set through the welcome mail's link. */
async function activatedCustomer(request: APIRequestContext): Promise<string> {
  const [{ username }] = await freshCustomers(request, 1, false);
  const [welcome] = await allMails(request, STAFF, { to: username });
  const response = await request.post(`${api}/auth/activation`, { data: { token: activationToken(welcome), newPassword: PASSWORD } });
  expect(response.status()).toBe(200);
  // Activation logs in; this test's client leaves, so only the browsers' sessions stay open.
  const { token } = ((await response.json()) as { data: { token: string } }).data;
  expect((await request.post(`${api}/auth/logout`, { headers: bearer(token) })).status()).toBe(204);
  return username;
}

const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

async function customerPage(browser: Browser, username: string, userAgent?: string): Promise<Page> {
  const context = await browser.newContext({ userAgent });
  const page = await context.newPage();
  await logIn(page, username, PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  return page;
}

test('two browsers of one customer: one ends the other, whose next step lands on the login page, "U bent elders uitgelogd"', async ({ browser, request }) => {
  const username = await activatedCustomer(request);
  const laptop = await customerPage(browser, username);
  const phone = await customerPage(browser, username, ANDROID_CHROME);

  await laptop.goto('/#/portal/security');
  const sessions = laptop.getByRole('region', { name: 'Waar bent u ingelogd' });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await expect(sessions.getByRole('listitem').filter({ hasText: 'Dit apparaat' })).toHaveCount(1);
  await sessions.getByRole('button', { name: /^Chrome op Android uitloggen, ingelogd op / }).click();
  await expect(sessions.getByRole('status')).toHaveText('Chrome op Android is uitgelogd.');
  await expect(sessions.getByRole('status')).toBeFocused();
  await expect(sessions.getByRole('listitem')).toHaveCount(1);

  await phone.getByRole('link', { name: 'Mijn contracten' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expect(phone.getByText(/^U bent elders uitgelogd/)).toBeVisible();

  // The laptop is still logged in.
  await laptop.getByRole('link', { name: 'Mijn contracten' }).click();
  await expect(laptop.getByRole('heading', { level: 1, name: 'Mijn contracten' })).toBeVisible();
  await laptop.context().close();
  await phone.context().close();
});

test('a bulk creation mails activation links; one is followed, a password chosen, and Mijn contracten opens', async ({ page, request }) => {
  const customers = await freshCustomers(request, 2, true);
  const mails = (await Promise.all(customers.map(({ username }) => allMails(request, STAFF, { to: username })))).flat();
  expect(mails.map(activationToken).every(Boolean)).toBe(true);
  const mail = mails.find((m) => m.to === customers[1].username)!;

  // The link as the mail has it: to the portal this mock serves, the real-API build.
  const link = /(http\S+#\/activate\?token=[\w-]+)/.exec(mail.text)![1];
  await page.goto(link);
  await activateAccount(page, customers[1].username, PASSWORD);
  expect((await request.post(`${api}/auth/login`, { data: { username: customers[1].username, password: PASSWORD } })).status()).toBe(200);
});

test('no mail in the outbox holds a password: not a temporary one shown in "Account toevoegen", not the seed\'s', async ({ request }) => {
  const [single] = await freshCustomers(request, 1, false);
  await freshCustomers(request, 1, true);
  await activatedCustomer(request);
  expect(single.temporaryPassword).toMatch(/.{12,}/);

  const mails = [...(await allMails(request, STAFF)), ...(await allMails(request, 'beheerder@hub.example'))];
  expect(mails.some((mail) => mail.to === single.username)).toBe(true);
  for (const mail of mails) {
    const content = `${mail.subject}\n${mail.text}\n${mail.html ?? ''}`;
    expect(content, mail.subject).not.toContain(single.temporaryPassword);
    expect(content, mail.subject).not.toContain(SEEDED_TEMPORARY_PASSWORD);
    // A password's label, as the welcome mail once had it ("Tijdelijk wachtwoord: …").
    expect(content, mail.subject).not.toMatch(/^\s*(tijdelijk )?wachtwoord:|^\s*(temporary )?password:/im);
  }
});
