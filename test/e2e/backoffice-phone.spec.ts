/** The back office at 375 px: what a phone shows is readable, labelled, uncovered and uncut. */
import { expect, test } from './fixtures';
import { textContrast } from './contrast';
import { logIn, openContact } from './support';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await logIn(page, 'beheerder@hub.example');
});

test('the contacts list shows account statuses at full contrast, beside the "+" button, under a labelled export', async ({ page }) => {
  await page.goto('/#/contacts');
  await page.getByRole('combobox', { name: 'Account' }).click();
  await page.getByRole('option', { name: 'Met account' }).click();
  const chips = page.getByRole('main').locator('.MuiChip-label');
  await expect(chips.first()).toBeVisible();
  await expect(chips.filter({ hasText: 'Geen account' })).toHaveCount(0);

  const seen = new Map<string, number>();
  for (const chip of await chips.all()) seen.set((await chip.textContent())!, await textContrast(chip));
  expect([...seen.keys()]).toEqual(expect.arrayContaining(['Actief', 'Wacht op eerste login', 'Tijdelijk wachtwoord verlopen']));
  for (const [status, ratio] of seen) expect(ratio, `"${status}"`).toBeGreaterThanOrEqual(4.5);

  const add = (await page.getByRole('link', { name: /aanmaken/i }).boundingBox())!;
  for (const chip of await chips.all()) {
    const box = (await chip.boundingBox())!;
    expect(box.x + box.width, `"${await chip.textContent()}" ends left of the "+" button`).toBeLessThan(add.x);
  }

  await expect(page.getByRole('button', { name: 'Exporteren' })).toHaveText('Exporteren');
});

test("a contact's page title shows the whole name", async ({ page }) => {
  await openContact(page, 'Jan de Vries');
  const title = page.locator('h1');
  await expect(title).toHaveText('Contact Jan de Vries');
  const cut = await title.evaluate((h1) => h1.scrollWidth > h1.clientWidth || h1.scrollHeight > h1.clientHeight);
  expect(cut).toBe(false);
});
