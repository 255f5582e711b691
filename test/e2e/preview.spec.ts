/** "Bekijk als klant": a Beheerder sees Thomas's portal, read-only, in a tab of its own. */
import { expect, test } from './fixtures';
import { expectNoSeriousA11yViolations, logIn, openContact } from './support';

test('the Beheerder previews Thomas: only organisation 1\'s contracts, read-only, and the event in the timeline', async ({ page, context }) => {
  await logIn(page, 'beheerder@hub.example');
  await openContact(page, 'Thomas van Leeuwen');
  const panel = page.getByRole('region', { name: 'Account' });
  const [preview] = await Promise.all([context.waitForEvent('page'), panel.getByRole('link', { name: 'Bekijk als klant' }).click()]);
  // The new tab names the customer and starts only on the Beheerder's confirmation.
  const confirm = preview.getByRole('button', { name: 'Portaal van Thomas van Leeuwen openen' });
  await expect(confirm).toBeVisible();
  await expectNoSeriousA11yViolations(preview);
  await confirm.click();

  const banner = preview.getByRole('region', { name: 'Bekijk als klant' });
  await expect(banner).toContainText('U bekijkt het portaal als Thomas van Leeuwen (alleen-lezen)');
  await expect(preview.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  // The token is in no address of the tab.
  expect(preview.url()).toMatch(/#\/portal$/);
  await expect(preview.getByRole('button', { name: 'Uitloggen' })).toHaveCount(0);

  await preview.getByRole('link', { name: 'Mijn contracten' }).click();
  await expect(preview.getByRole('heading', { level: 1, name: 'Mijn contracten' })).toBeVisible();
  const main = preview.getByRole('main');
  const rows = main.getByRole('row').filter({ has: preview.getByRole('cell') });
  await expect(rows.first()).toBeVisible();
  await expect(main.getByRole('cell', { name: 'De Vaart Verzekeringen B.V.' })).toHaveCount(await rows.count());
  await expect(main.getByRole('combobox', { name: 'Organisatie' }).locator('option')).toHaveText(['Alle', 'De Vaart Verzekeringen B.V.']);
  await expectNoSeriousA11yViolations(preview);

  await banner.getByRole('button', { name: 'Terug naar het contact' }).click();
  const timeline = preview.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline.getByRole('listitem').first()).toContainText('Bekeken als klant');
  await expect(timeline.getByRole('listitem').first()).toContainText('door Marloes van Dijk');

  // The Beheerder's own tab is still theirs.
  await expect(page.getByRole('main').getByRole('heading', { name: 'Thomas van Leeuwen' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Account' })).toBeVisible();
});
