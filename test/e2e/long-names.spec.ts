/** A hundred-character name wraps or is cut with "…" (the whole name at hand), and never pushes a page past the screen. */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { logIn } from './support';

const FIRST = 'Maximiliaan';
const LAST = 'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewarenwo';
const NAME = `${FIRST} ${LAST}`;

async function pageFitsTheScreen(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** On screen; `wholly` also says that nothing runs out of it (a "…" cut is meant to). */
async function withinScreen(element: Locator, width: number, { wholly = true } = {}) {
  const box = (await element.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  if (wholly) expect(await element.evaluate((node) => node.scrollWidth <= node.clientWidth)).toBe(true);
}

for (const width of [1280, 375]) {
  test(`at ${width} px a long name stays inside the contact page, the dialog and the audit list`, async ({ page }) => {
    expect(NAME).toHaveLength(100);
    await page.setViewportSize({ width, height: 800 });
    await logIn(page, 'beheerder@hub.example');
    await page.goto('/#/contacts/create');
    await page.getByRole('textbox', { name: 'Voornaam' }).fill(FIRST);
    await page.getByRole('textbox', { name: 'Achternaam' }).fill(LAST);
    await page.getByRole('textbox', { name: 'E-mail' }).fill('maximiliaan@voorbeeld.nl');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('main').getByRole('heading', { name: NAME })).toBeVisible();
    // The toast covers the panel on a phone; under the pointer it would never hide.
    await page.mouse.move(0, 0);
    await expect(page.getByText('Contact aangemaakt')).toBeHidden();

    const panel = page.getByRole('region', { name: 'Account' });
    await withinScreen(panel, width);
    await pageFitsTheScreen(page, width);

    await panel.getByRole('button', { name: 'Account toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: `Account toevoegen voor ${NAME}` });
    await withinScreen(dialog.locator('h2'), width);
    // The name wraps anywhere; a button's label does not.
    const cancelLines = await dialog.getByRole('button', { name: 'Annuleren' }).evaluate((button) => {
      const range = document.createRange();
      range.selectNodeContents(button);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    expect(cancelLines).toBe(1);
    await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
    await withinScreen(page.getByRole('dialog', { name: `Account aangemaakt voor ${NAME}` }).locator('h2'), width);
    await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();

    await page.goto('/#/audit');
    const entry = page.getByRole('main').getByText(width > 600 ? NAME : new RegExp(LAST)).first();
    await expect(entry).toBeVisible();
    if (width > 600) await expect(entry).toHaveAttribute('title', NAME);
    await pageFitsTheScreen(page, width);
    await withinScreen(entry, width, { wholly: width < 600 });
  });
}
