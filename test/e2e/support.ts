/** Shared steps for the end-to-end tests: log in as a user would, and check accessibility. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo';

/** Submits the login form; the caller checks what follows (a failed login stays on the page). */
export async function attemptLogIn(page: Page, username: string, password: string) {
  await page.goto('/#/login');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(username);
  await page.getByRole('textbox', { name: 'Wachtwoord', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

/** Logs in and waits until the app has left the login page, so the next navigation is authenticated. */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await attemptLogIn(page, username, password);
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}

/** Logs out through the UI: the back office's user menu, or the portal's own button. */
export async function logOut(page: Page) {
  const userMenu = page.getByRole('button', { name: 'Gebruikersmenu' });
  if (await userMenu.isVisible()) {
    await userMenu.click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
  } else {
    await page.getByRole('button', { name: 'Uitloggen' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
}

/** A customer's first login: the forced change of the temporary password into their own (asked twice, nothing else). */
export async function changeTemporaryPassword(page: Page, next: string) {
  await expect(page).toHaveURL(/#\/portal\/change-password$/);
  await page.getByRole('textbox', { name: 'Nieuw wachtwoord', exact: true }).fill(next);
  await page.getByRole('textbox', { name: 'Herhaal nieuw wachtwoord' }).fill(next);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
}

/** Opens a contact's detail page from the list (a table, or a simple list on a phone), by searching as staff would. */
export async function openContact(page: Page, name: string) {
  await page.goto('/#/contacts');
  await page.getByRole('textbox', { name: 'Zoek op naam of e-mail' }).fill(name);
  await page.getByRole('main').getByText(name).first().click();
  await expect(page.getByRole('main').getByRole('heading', { name })).toBeVisible();
}

/**
 * Fails on axe violations of impact "serious" or "critical" on the current page. `skipFrames`
 * names iframes axe cannot enter: a script-less sandbox (the outbox's mail) leaves it waiting.
 */
export async function expectNoSeriousA11yViolations(page: Page, { skipFrames }: { skipFrames?: string } = {}) {
  const axe = new AxeBuilder({ page });
  if (skipFrames) axe.exclude(skipFrames).options({ iframes: false });
  const { violations } = await axe.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
