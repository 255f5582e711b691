/**
 * Sessions end for real, against the mock API over HTTP: logout kills the token on the server,
 * and two tabs of one browser (one context) share one session, so logging out in one logs out
 * both at once. Only the customer whose session ended returns to the page they were on.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api } from './mockApi';
import { logIn, logOut } from './support';


/** Logs in on the login page the app is showing (support's logIn opens a fresh one, without the page to return to). */
async function logInHere(page: Page, username: string) {
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(username);
  await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill('demo');
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

const storedToken = (page: Page) => page.evaluate(() => (JSON.parse(localStorage.getItem('hub.session') ?? 'null') as { token: string } | null)?.token);

test('logging out in one tab ends the session on the server and in every tab, and takes the customer’s data off the screen', async ({ context, request }) => {
  const first = await context.newPage();
  await logIn(first, 'klant@hub.example');
  await expect(first.getByRole('heading', { name: 'Mijn account' })).toBeVisible();
  const token = await storedToken(first);
  expect((await request.get(`${api}/account/mine`, { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);

  const second = await context.newPage();
  await second.goto('/#/portal/contracts');
  await expect(second.getByRole('heading', { name: 'Mijn contracten' })).toBeVisible();

  await logOut(first);
  await expect(second.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
  await expect(second.getByRole('heading', { name: 'Mijn contracten' })).toHaveCount(0);
  await expect(second.getByText('Sophie van der Meer')).toHaveCount(0);

  await expect.poll(async () => (await request.get(`${api}/account/mine`, { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);

  // The same customer, logging in again in the second tab, is back on their contracts.
  await logInHere(second, 'klant@hub.example');
  await expect(second).toHaveURL(/#\/portal\/contracts$/);
  await expect(first).toHaveURL(/#\/login/);
});

test('someone else logging in where a customer was logged out starts on their own home', async ({ page }) => {
  await logIn(page, 'klant@hub.example');
  await page.goto('/#/portal/contracts');
  await expect(page.getByRole('heading', { name: 'Mijn contracten' })).toBeVisible();
  await logOut(page);
  await logInHere(page, 'beheerder@hub.example');
  await expect(page).toHaveURL(/#\/contacts$/);
});

test('a session the server ended while the customer works sends them to the login page, which says so', async ({ page, request }) => {
  await logIn(page, 'klant@hub.example');
  await expect(page.getByRole('heading', { name: 'Mijn account' })).toBeVisible();
  // Ended elsewhere (e.g. a logout with the same token from another device).
  await request.post(`${api}/auth/logout`, { headers: { Authorization: `Bearer ${await storedToken(page)}` } });
  await page.getByRole('link', { name: 'Mijn contracten' }).first().click();
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
  await expect(page.getByText('Uw sessie is verlopen. Log opnieuw in.')).toBeVisible();
  await logInHere(page, 'klant@hub.example');
  await expect(page).toHaveURL(/#\/portal\/contracts$/);
});
