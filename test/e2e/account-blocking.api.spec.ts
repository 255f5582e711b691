/**
 * Blocking while the customer is using the portal. Two browser contexts, the Beheerder's
 * and the customer's, share one Hub: the mock API over HTTP (in demo mode each context would have
 * its own in-page mock). This file changes only Thomas van Leeuwen's account.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { attemptLogIn, logIn, openContact } from './support';

const THOMAS = { name: 'Thomas van Leeuwen', username: 'thomas.vanleeuwen@voorbeeld.nl' };
const panel = (page: Page) => page.getByRole('region', { name: 'Account' });

async function confirmAction(staff: Page, button: string, confirm: string) {
  await panel(staff).getByRole('button', { name: button }).click();
  await staff.getByRole('dialog').getByRole('button', { name: confirm }).click();
  await expect(staff.getByRole('dialog')).toHaveCount(0);
}

test('a Beheerder blocks the account while the portal is open; the customer lands on the login page; unblocking lets them back in', async ({ browser }) => {
  const customer = await (await browser.newContext()).newPage();
  const staff = await (await browser.newContext()).newPage();

  await logIn(customer, THOMAS.username);
  await expect(customer.getByRole('heading', { name: 'Mijn account' })).toBeVisible();

  await logIn(staff, 'beheerder@hub.example');
  await openContact(staff, THOMAS.name);
  await confirmAction(staff, 'Account blokkeren', 'Blokkeren');
  await expect(panel(staff).getByText('Geblokkeerd', { exact: true })).toBeVisible();
  await expect(panel(staff).getByRole('button', { name: 'Account deblokkeren' })).toBeVisible();

  // The customer's next action: the API answers 401 account_blocked, the app shows the login page and says why.
  await customer.getByRole('link', { name: 'Mijn contracten' }).first().click();
  await expect(customer.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
  await expect(customer.getByText('Uw account is geblokkeerd. Neem contact op met uw organisatie.')).toBeVisible();

  // Logging in is refused with the general message, which does not tell whether the password was right.
  await attemptLogIn(customer, THOMAS.username, 'demo');
  await expect(customer.getByRole('alert').filter({ hasText: /wachtwoord/ })).toBeVisible();
  await expect(customer).toHaveURL(/#\/login/);

  await confirmAction(staff, 'Account deblokkeren', 'Deblokkeren');
  await expect(panel(staff).getByText('Actief', { exact: true })).toBeVisible();
  // The timeline records both, with who did it.
  for (const event of ['Account geblokkeerd', 'Account gedeblokkeerd']) {
    await expect(panel(staff).getByRole('listitem').filter({ hasText: event }).filter({ hasText: 'door Marloes van Dijk' })).toBeVisible();
  }

  await logIn(customer, THOMAS.username);
  await expect(customer.getByRole('heading', { name: 'Mijn account' })).toBeVisible();
});
