/**
 * The account lifecycle in demo mode (one browser context, MSW in the page): bulk creation from the contacts
 * list, then the welcome mail in the demo outbox and the customer's activation through its link.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { activateAccount, expectNoSeriousA11yViolations, logIn, logOut, waitForSettledPage } from './support';

/** The outbox shows a mail's HTML in this sandboxed frame. */
const MAIL_FRAME = 'iframe[title^="Mail:"]';

/** Searches the contacts list for a name and ticks that contact's row; the selection survives the next search. */
async function selectContact(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Zoek op naam of e-mail' }).fill(name);
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  await row.getByRole('checkbox').check();
  await expect(row.getByRole('checkbox')).toBeChecked();
}

/** Selects the contacts, opens the bulk action and waits for the dry-run preview. */
async function openBulkDialog(page: Page, names: string[]) {
  await page.goto('/#/contacts');
  // A list still loading replaces its rows, and the selection with them, as a user waits for it.
  await waitForSettledPage(page);
  for (const name of names) await selectContact(page, name);
  await page.getByRole('button', { name: 'Account toevoegen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('list', { name: 'Geselecteerde contacten' })).toBeVisible();
  return dialog;
}

const item = (dialog: ReturnType<Page['getByRole']>, name: string) => dialog.getByRole('listitem').filter({ hasText: name });

test('bulk: accounts for three contacts; the one without email is skipped with its reason, a re-run makes none', async ({ page }) => {
  await logIn(page, 'beheerder@hub.example');
  const dialog = await openBulkDialog(page, ['Jan de Vries', 'Fatima El Amrani', 'Tim Brouwer']);

  // The preview, before anything is created.
  await expect(item(dialog, 'Jan de Vries')).toContainText('Klaar');
  await expect(item(dialog, 'Tim Brouwer')).toContainText('Klaar');
  await expect(item(dialog, 'Fatima El Amrani')).toContainText('Geen e-mail');
  await expectNoSeriousA11yViolations(page);

  await dialog.getByRole('button', { name: '2 accounts aanmaken' }).click();
  await expect(dialog.getByRole('heading', { name: '2 aangemaakt, 1 overgeslagen.' })).toBeVisible();
  await expect(item(dialog, 'Jan de Vries')).toContainText('Aangemaakt — gebruikersnaam jan.devries@voorbeeld.nl');
  await expect(item(dialog, 'Tim Brouwer')).toContainText('Aangemaakt — gebruikersnaam tim.brouwer@voorbeeld.nl');
  await expect(item(dialog, 'Fatima El Amrani')).toContainText('Overgeslagen — Geen e-mail');
  await expect(dialog.getByText(/Tijdelijk wachtwoord/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  // A re-run finds the accounts and creates nothing.
  const again = await openBulkDialog(page, ['Jan de Vries']);
  await expect(item(again, 'Jan de Vries')).toContainText('Heeft al een account');
  await expect(again.getByRole('button', { name: '0 accounts aanmaken' })).toBeDisabled();
});

test('the welcome mail, in the contact\'s language (English for Tim), carries an activation link and no password; it leads to Mijn contracten', async ({ page }) => {
  await logIn(page, 'beheerder@hub.example');
  const dialog = await openBulkDialog(page, ['Tim Brouwer']);
  await dialog.getByRole('button', { name: '1 account aanmaken' }).click();

  // The result links to the outbox in a new tab, a mail client: the newest mail is Tim's welcome.
  const [outbox] = await Promise.all([page.waitForEvent('popup'), dialog.getByRole('link', { name: /welkomstmails/ }).click()]);
  await expect(outbox.getByRole('heading', { name: 'Demo-postvak' })).toBeVisible();
  await outbox.getByRole('link', { name: /tim\.brouwer@voorbeeld\.nl/ }).first().click();
  const mail = outbox.frameLocator(MAIL_FRAME);
  await expect(mail.getByRole('link', { name: 'Activate your account' })).toBeVisible();
  const body = await mail.locator('body').innerText();
  expect(body).toContain('Username: tim.brouwer@voorbeeld.nl');
  expect(body).not.toMatch(/^(temporary )?password:/im);
  await expectNoSeriousA11yViolations(outbox, { skipFrames: MAIL_FRAME });
  await outbox.close();

  // The Beheerder logs out; the mail's link opens the activation page in the outbox's tab.
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await logOut(page);
  await page.goto('/#/outbox');
  await page.getByRole('link', { name: /tim\.brouwer@voorbeeld\.nl/ }).first().click();
  await page.frameLocator(MAIL_FRAME).getByRole('link', { name: 'Activate your account' }).click();
  await activateAccount(page, 'tim.brouwer@voorbeeld.nl', 'tims-eigen-wachtwoord');

  // The new password logs in; there never was another.
  await logOut(page);
  await logIn(page, 'tim.brouwer@voorbeeld.nl', 'tims-eigen-wachtwoord');
  await expect(page.getByRole('heading', { name: 'Mijn account' })).toBeVisible();
});

test('forgot password: the neutral answer, the reset mail in the outbox, a new password from its link', async ({ page }) => {
  await page.goto('/#/login');
  await page.getByRole('button', { name: 'Wachtwoord vergeten?' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'E-mailadres' }).fill('klant@hub.example');
  await dialog.getByRole('button', { name: 'Link versturen' }).click();
  await expect(dialog.getByText(/Als er een account bij dit e-mailadres hoort/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  await page.goto('/#/outbox');
  await page.getByRole('link', { name: /klant@hub\.example/ }).first().click();
  await page.frameLocator(MAIL_FRAME).getByRole('link', { name: 'Kies een nieuw wachtwoord' }).click();

  await expect(page.getByRole('heading', { name: 'Nieuw wachtwoord instellen' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nieuw wachtwoord', exact: true }).fill('sophies-nieuwe-wachtwoord');
  await page.getByRole('textbox', { name: 'Herhaal nieuw wachtwoord' }).fill('sophies-nieuwe-wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(page.getByText('Uw wachtwoord is ingesteld. Log in met uw nieuwe wachtwoord.')).toBeVisible();

  await logIn(page, 'klant@hub.example', 'sophies-nieuwe-wachtwoord');
  await expect(page.getByRole('heading', { name: 'Mijn account' })).toBeVisible();
});
