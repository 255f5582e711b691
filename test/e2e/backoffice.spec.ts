/** The back office's pages as staff see them: accessible, and usable on a phone. */
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, logIn, openContact } from './support';

test('the contacts list, detail, edit and create pages pass axe', async ({ page }) => {
  await logIn(page, 'beheerder@hub.example');
  await expect(page.getByRole('main').getByRole('row').nth(1)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await openContact(page, 'Jan de Vries');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Bewerken' }).click();
  await expect(page.getByRole('textbox', { name: 'Voornaam' })).toHaveValue('Jan');
  await expectNoSeriousA11yViolations(page);

  await page.goto('/#/contacts/create');
  await expect(page.getByRole('textbox', { name: 'Voornaam' })).toHaveValue('');
  await expectNoSeriousA11yViolations(page);
});

test('on a phone the contact page and its account panel fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await logIn(page, 'beheerder@hub.example');
  await openContact(page, 'Fatima El Amrani');
  await expect(page.getByRole('region', { name: 'Account' }).getByRole('button', { name: 'Account toevoegen' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoSeriousA11yViolations(page);
});
