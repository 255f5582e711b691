/**
 * The demo's tabs share one database (MSW in each page, one localStorage): what the "Bekijk als
 * klant" tab wrote shows in the Beheerder's tab when it reads again, and the Beheerder's next
 * write keeps it. One browser context, two pages, as a user has them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { logIn, openContact } from './support';

const THOMAS = 'Thomas van Leeuwen';
const panel = (page: Page) => page.getByRole('region', { name: 'Account' });
const latestEvent = (page: Page) => page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem').first();

test('a preview in a second tab shows in the first without a reload, and survives the first tab\'s next write', async ({ page, context }) => {
  await logIn(page, 'beheerder@hub.example');
  await openContact(page, THOMAS);
  await expect(latestEvent(page)).toBeVisible();
  await expect(latestEvent(page)).not.toContainText('Bekeken als klant');

  const [preview] = await Promise.all([context.waitForEvent('page'), panel(page).getByRole('link', { name: 'Bekijk als klant' }).click()]);
  await preview.getByRole('button', { name: `Portaal van ${THOMAS} openen` }).click();
  await expect(preview.getByRole('region', { name: 'Bekijk als klant' })).toContainText(`U bekijkt het portaal als ${THOMAS}`);
  await preview.close();

  // Back in the Beheerder's tab, which reads again when it is shown: headless Chromium never
  // hides a page, so the test sends what the browser sends a tab the user returns to.
  await page.bringToFront();
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  await expect(latestEvent(page)).toContainText('Bekeken als klant');
  // And when the contact is opened again from the list.
  await openContact(page, THOMAS);
  await expect(latestEvent(page)).toContainText('Bekeken als klant');

  await panel(page).getByRole('button', { name: 'Account blokkeren' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Blokkeren' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(latestEvent(page)).toContainText('Account geblokkeerd');

  await page.reload();
  const timeline = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
  await expect(timeline.nth(0)).toContainText('Account geblokkeerd');
  await expect(timeline.nth(1)).toContainText('Bekeken als klant');
});
