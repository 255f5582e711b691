/** Keyboard focus is seen where MUI's own marking is a faint fill (WCAG 2.4.7, 2.4.11). */
import { expect, test } from './fixtures';
import { focusRing } from './contrast';

test('the demo accounts on the login page show a ring in focus', async ({ page }) => {
  await page.goto('/#/login');
  const accounts = page.getByRole('region', { name: 'Demo-accounts' }).getByRole('button');
  await expect(accounts.first()).toBeVisible();
  await accounts.first().focus();
  await page.keyboard.press('Tab');
  const second = accounts.nth(1);
  await expect(second).toBeFocused();
  const ring = await focusRing(second);
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.contrast).toBeGreaterThanOrEqual(3);
});
