/** The customer's journey: first login with the temporary password, then the portal. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { attemptLogIn, changeTemporaryPassword, expectNoSeriousA11yViolations, logIn, logOut, openContact } from './support';

async function createAccountFor(page: Page, contactName: string): Promise<{ username: string; password: string }> {
  await logIn(page, 'beheerder@hub.example');
  await openContact(page, contactName);
  await page.getByRole('region', { name: 'Account' }).getByRole('button', { name: 'Account toevoegen' }).click();
  const dialog = page.getByRole('dialog');
  const username = await dialog.getByRole('textbox', { name: 'E-mail (gebruikersnaam)' }).inputValue();
  await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
  const password = await dialog.getByRole('textbox', { name: 'Tijdelijk wachtwoord', exact: true }).inputValue();
  expect(password.length).toBeGreaterThanOrEqual(12);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  return { username, password };
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('a new customer logs in with the temporary password, must change it, then sees their account', async ({ page }) => {
      const { username, password } = await createAccountFor(page, 'Jan de Vries');
      await logOut(page);

      await logIn(page, username, password);
      await changeTemporaryPassword(page, 'mijn-eigen-wachtwoord');
      await expect(page).toHaveURL(/#\/portal$/);
      await expect(page.getByRole('heading', { name: 'Mijn account' })).toBeVisible();
      await expect(page.getByRole('main').getByText('Jan de Vries').first()).toBeVisible();

      // The temporary password no longer works; the new one does.
      await logOut(page);
      await attemptLogIn(page, username, password);
      await expect(page.getByRole('alert').filter({ hasText: /wachtwoord/ })).toBeVisible();
      await logIn(page, username, 'mijn-eigen-wachtwoord');
      await expect(page.getByRole('heading', { name: 'Mijn account' })).toBeVisible();
    });

    test('klant@hub.example opens the contracts, then one contract, with no page-wide horizontal scroll', async ({ page }) => {
      await logIn(page, 'klant@hub.example');
      await expect(page.getByRole('heading', { name: 'Mijn account' })).toBeVisible();
      if (viewport.width < 600) await page.getByRole('button', { name: 'Menu openen' }).click();
      await page.getByRole('link', { name: 'Mijn contracten' }).click();
      await expect(page.getByRole('heading', { name: 'Mijn contracten' })).toBeVisible();
      // The table links the contract number, the phone cards the product: the detail title has both.
      const first = page.getByRole('main').locator('a[href^="#/portal/contracts/"]').first();
      const linkText = await first.innerText();
      await first.click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(linkText);
      await expect(page.getByRole('heading', { name: 'Dekkingen' })).toBeVisible();
      await expect(page.getByText(/€\s?\d/).first()).toBeVisible();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
      await page.getByRole('link', { name: 'Terug naar mijn contracten' }).click();
      await expect(page.getByRole('heading', { name: 'Mijn contracten' })).toBeVisible();
    });
  });
}

test('every portal page passes axe and fits a 375 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await logIn(page, 'klant@hub.example');
  for (const [path, heading] of [
    ['/#/portal', 'Mijn account'],
    ['/#/portal/organisations', 'Mijn organisaties'],
    ['/#/portal/permissions', 'Mijn rechten'],
    ['/#/portal/contracts', 'Mijn contracten'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.getByText('Bezig met laden…')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  }
  await page.getByRole('main').locator('a[href^="#/portal/contracts/"]').first().click();
  await expect(page.getByRole('heading', { name: 'Dekkingen' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
