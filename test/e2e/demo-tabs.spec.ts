/**
 * The demo's tabs share one database (MSW in each page, one IndexedDB): what the "Bekijk als
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

/** Creates contacts in parallel through the page's own mock API (its service worker), as the app's forms would. */
function createContacts(page: Page, firstName: string, count: number) {
  return page.evaluate(
    async ({ firstName, count }) => {
      const { token } = JSON.parse(localStorage.getItem('hub.session') ?? '{}') as { token: string };
      const create = (lastName: string) =>
        fetch('/api/contact/contacts', {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ firstName, lastName }),
        }).then(async (answer) => ((await answer.json()) as { id: number }).id);
      return Promise.all(Array.from({ length: count }, (_, i) => create(`Nummer ${i + 1}`)));
    },
    { firstName, count },
  );
}

test('two tabs writing at the same time lose nothing and take no id twice', async ({ page, context }) => {
  await logIn(page, 'beheerder@hub.example');
  const other = await context.newPage();
  await other.goto('/#/contacts');
  await expect(other.getByRole('heading', { level: 1, name: 'Contacten' })).toBeVisible();

  const [left, right] = await Promise.all([createContacts(page, 'Linkertab', 20), createContacts(other, 'Rechtertab', 20)]);
  expect(new Set([...left, ...right]).size).toBe(40);

  // A third tab, started from storage alone, finds every one under its own name.
  const third = await context.newPage();
  await third.goto('/#/contacts');
  for (const name of ['Linkertab', 'Rechtertab']) {
    await third.getByRole('textbox', { name: 'Zoek op naam of e-mail' }).fill(name);
    await expect(third.getByRole('main').getByRole('row').filter({ hasText: name })).toHaveCount(20);
  }
});
