import { expect, test } from './fixtures';
import { attemptLogIn, expectNoSeriousA11yViolations, logIn } from './support';

test('the login page lists the demo accounts and passes axe', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
  await expect(page.getByText('beheerder@hub.example', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a wrong password gets one clear message and keeps the typed username', async ({ page }) => {
  await attemptLogIn(page, 'beheerder@hub.example', 'fout');
  await expect(page.getByText('Het e-mailadres of wachtwoord is onjuist.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'E-mailadres' })).toHaveValue('beheerder@hub.example');
});

for (const username of ['beheerder@hub.example', 'relatiebeheerder@hub.example', 'medewerker@hub.example']) {
  test(`${username} lands in the back office and cannot open the portal`, async ({ page }) => {
    await logIn(page, username);
    await expect(page).toHaveURL(/#\/contacts$/);
    await expect(page.getByRole('heading', { name: 'Contacten' })).toBeVisible();
    await page.goto('/#/portal/contracts');
    await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
    await expect(page.getByText(/Dit is het portaal voor klanten; u bent ingelogd als medewerker/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Naar de backoffice' })).toHaveAttribute('href', '#/contacts');
  });
}

test('a customer lands in the portal and cannot open the back office', async ({ page }) => {
  await logIn(page, 'klant@hub.example');
  await expect(page).toHaveURL(/#\/portal$/);
  await expect(page.getByRole('heading', { name: 'Mijn account' })).toBeVisible();
  await page.goto('/#/contacts');
  await expect(page.getByRole('heading', { name: 'Contacten' })).toHaveCount(0);
  await expect(page.getByRole('cell')).toHaveCount(0);
});

test('the language choice switches the UI to English and is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'EN English' }).click();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Email address' })).toBeVisible();
});
