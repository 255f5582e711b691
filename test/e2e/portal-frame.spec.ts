/**
 * The portal's frame as only a real browser lays it out: what is on top where (the skip link, the
 * phone's menu drawer over the app bar), the keyboard focus ring, and the pages of a URL that is
 * unknown or not one's own.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { logIn, openContact } from './support';

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** True when a click at the element's centre would reach it (nothing drawn over it there). */
function isOnTop(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return !!hit && element.contains(hit);
  });
}

async function openPortal(page: Page) {
  await logIn(page, 'klant@hub.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
}

test.describe('on a desktop', () => {
  test.use({ viewport: DESKTOP });

  test('the first Tab shows "Naar de inhoud" above the app bar, and it moves focus to the content', async ({ page }) => {
    await openPortal(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect(await isOnTop(skip)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('a sort header focused by keyboard has a visible ring', async ({ page }) => {
    await openPortal(page);
    await page.getByRole('link', { name: 'Mijn contracten' }).click();
    const header = page.getByRole('columnheader').first().getByRole('button');
    await expect(header).toBeVisible();
    // Keyboard modality, as MUI decides :focus-visible: reach the header by Tab, not by a click.
    for (let i = 0; i < 40 && !(await header.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(header).toBeFocused();
    const ring = await header.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
    });
    expect(ring).toEqual({ style: 'solid', width: 2, colour: 'rgb(29, 79, 145)' });
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test("the menu drawer shows the customer's name above the app bar, whose buttons the backdrop covers", async ({ page }) => {
    await openPortal(page);
    // By CSS: the open drawer hides the rest of the page from the accessibility tree.
    const english = page.locator('header button[value="en"]');
    await page.getByRole('button', { name: 'Menu openen' }).click();
    const drawer = page.locator('.MuiDrawer-paper').filter({ hasText: 'Sophie van der Meer' });
    await expect(drawer).toBeVisible();
    expect(await isOnTop(drawer.getByText('Sophie van der Meer'))).toBe(true);
    expect(await isOnTop(english)).toBe(false);
    // A tap where the language switch is closes the menu and changes nothing.
    const box = (await english.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  });
});

test.describe('on a phone, in English', () => {
  test.use({ viewport: PHONE });

  test('a long Dutch product name in the contract title stays whole, marked as Dutch', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('hub.locale', 'en'));
    await logIn(page, 'klant@hub.example');
    await page.goto('/#/portal/contracts/6');
    const product = page.getByRole('heading', { level: 1 }).locator('[lang="nl"]');
    await expect(product).toHaveText('Overlijdensrisicoverzekering');
    expect(await product.evaluate((element) => element.getClientRects().length)).toBe(1);
  });
});

for (const viewport of [DESKTOP, PHONE]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('a customer on an unknown URL gets the portal\'s "not found", nothing of the back office', async ({ page }) => {
      await openPortal(page);
      await page.goto('/#/no-such-page');
      await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
      await expect(page.getByRole('banner')).toContainText('Hub Portal');
      await expect(page.getByText(/Demo-postvak|gevolgd/)).toHaveCount(0);
      await page.getByRole('main').getByRole('link', { name: 'Naar mijn account' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
    });

    test('a visitor on an unknown URL gets a "not found" that leads to the login page', async ({ page }) => {
      await page.goto('/#/no-such-page');
      await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
      await page.getByRole('link', { name: 'Naar inloggen' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    });

    test('staff on a portal URL keep their app bar and find the way back', async ({ page }) => {
      await logIn(page, 'medewerker@hub.example');
      await page.goto('/#/portal/contracts');
      await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
      await expect(page.getByRole('banner')).toBeVisible();
      await page.getByRole('link', { name: 'Naar de backoffice' }).click();
      await expect(page).toHaveURL(/#\/contacts$/);
    });
  });
}

test('a preview of a blocked account says so in its banner', async ({ page }) => {
  await logIn(page, 'beheerder@hub.example');
  await openContact(page, 'Thomas van Leeuwen');
  const panel = page.getByRole('region', { name: 'Account' });
  await panel.getByRole('button', { name: 'Account blokkeren' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Blokkeren' }).click();
  await expect(panel.getByRole('button', { name: 'Account deblokkeren' })).toBeVisible();
  const href = await panel.getByRole('link', { name: 'Bekijk als klant' }).getAttribute('href');
  await page.goto(`/${href}`);
  await page.getByRole('button', { name: 'Portaal van Thomas van Leeuwen openen' }).click();
  await expect(page.getByRole('region', { name: 'Bekijk als klant' })).toContainText(
    'Dit account is geblokkeerd bij De Vaart Verzekeringen B.V.: de klant ziet daar niets van',
  );
});
