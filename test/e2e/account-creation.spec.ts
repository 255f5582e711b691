/** The partner document's "Customer Account Creation", steps 1-4, in a real browser. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, logIn, logOut, openContact } from './support';

const panel = (page: Page) => page.getByRole('region', { name: 'Account' });

test('a Beheerder creates the account of Jan de Vries; the username replaces the button, also after a reload', async ({ page }) => {
  await logIn(page, 'beheerder@hub.example');
  await openContact(page, 'Jan de Vries');

  // Step 1: the button, while there is no account.
  await panel(page).getByRole('button', { name: 'Account toevoegen' }).click();

  // Step 2: the dialog, prefilled with the contact's email.
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: 'E-mail (gebruikersnaam)' })).toHaveValue('jan.devries@voorbeeld.nl');
  await expectNoSeriousA11yViolations(page);

  // Step 3: submitting shows the username and the temporary password, once.
  await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
  const password = dialog.getByRole('textbox', { name: 'Tijdelijk wachtwoord', exact: true });
  await expect(password).toHaveValue(/^[A-Za-z2-9]{12,}$/);
  await expect(dialog.getByText(/welkomstmail naar jan.devries@voorbeeld.nl bevat geen wachtwoord, maar een activeringslink/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  // Step 4: the username as information instead of the button.
  await expect(panel(page).getByText('jan.devries@voorbeeld.nl')).toBeVisible();
  await expect(panel(page).getByText('Wacht op eerste login')).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Account toevoegen' })).toHaveCount(0);

  await page.reload();
  await expect(panel(page).getByText('jan.devries@voorbeeld.nl')).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Account toevoegen' })).toHaveCount(0);

  // Another staff member of the organisation sees the same account.
  await logOut(page);
  await logIn(page, 'relatiebeheerder@hub.example');
  await openContact(page, 'Jan de Vries');
  await expect(panel(page).getByText('jan.devries@voorbeeld.nl')).toBeVisible();
});

test('a Medewerker sees the contact but no "Account toevoegen" and no edit controls', async ({ page }) => {
  await logIn(page, 'medewerker@hub.example');
  await openContact(page, 'Jan de Vries');
  await expect(page.getByText('jan.devries@voorbeeld.nl').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Account toevoegen' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('a Relatiebeheerder creates the account of Fatima El Amrani after a rejected bad email', async ({ page }) => {
  await logIn(page, 'relatiebeheerder@hub.example');
  await openContact(page, 'Fatima El Amrani');
  await panel(page).getByRole('button', { name: 'Account toevoegen' }).click();

  const dialog = page.getByRole('dialog');
  const email = dialog.getByRole('textbox', { name: 'E-mail (gebruikersnaam)' });
  await expect(email).toHaveValue('');
  await email.fill('fatima.elamrani@');
  await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(dialog.getByText('Vul een geldig e-mailadres in.')).toBeVisible();
  await expect(email).toHaveValue('fatima.elamrani@');

  await email.fill('  Fatima.ElAmrani@Voorbeeld.nl ');
  await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Tijdelijk wachtwoord', exact: true })).toHaveValue(/.{12,}/);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  await expect(panel(page).getByText('fatima.elamrani@voorbeeld.nl').first()).toBeVisible();
  await expect(panel(page).getByRole('button', { name: 'Account toevoegen' })).toHaveCount(0);
});

test('the whole account flow works by keyboard, and Escape cancels the dialog', async ({ page }) => {
  await logIn(page, 'beheerder@hub.example');
  await openContact(page, 'Jan de Vries');
  const button = panel(page).getByRole('button', { name: 'Account toevoegen' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: 'E-mail (gebruikersnaam)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'E-mail (gebruikersnaam)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Tijdelijk wachtwoord', exact: true })).toHaveValue(/.{12,}/);
});
