/** "Wie keek mee": a Beheerder's "Bekijk als klant" is on the customer's security page afterwards. */
import { expect, test } from './fixtures';
import { logIn, logOut, openContact } from './support';

test('a Beheerder previews Thomas; Thomas sees who, from where, when and how long under "Wie keek mee"', async ({ page, context }) => {
  await logIn(page, 'beheerder@hub.example');
  await openContact(page, 'Thomas van Leeuwen');
  const [preview] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('region', { name: 'Account' }).getByRole('link', { name: 'Bekijk als klant' }).click(),
  ]);
  await preview.getByRole('button', { name: 'Portaal van Thomas van Leeuwen openen' }).click();
  await expect(preview.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  // The preview has no way to the security page, and its address is refused.
  await expect(preview.getByRole('link', { name: 'Beveiliging' })).toHaveCount(0);
  await preview.getByRole('region', { name: 'Bekijk als klant' }).getByRole('button', { name: 'Terug naar het contact' }).click();
  await expect(preview.getByRole('region', { name: 'Tijdlijn' })).toBeVisible();
  await preview.close();

  await logOut(page);
  await logIn(page, 'thomas.vanleeuwen@voorbeeld.nl');
  await page.getByRole('link', { name: 'Beveiliging' }).click();
  const lookedIn = page.getByRole('region', { name: 'Wie keek mee' });
  await expect(lookedIn.getByRole('listitem')).toHaveCount(1);
  await expect(lookedIn.getByRole('listitem')).toContainText('Marloes van Dijk, De Vaart Verzekeringen B.V.');
  await expect(lookedIn.getByRole('listitem')).toContainText(/ om \d{2}:\d{2} · minder dan een minuut$/);
});
