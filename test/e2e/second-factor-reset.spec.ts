/**
 * "Tweede factor resetten" in the demo (MSW in the page): a customer adds an authenticator app
 * through the API, a Beheerder resets it from the account panel, and the panel then shows none.
 * The panel and the dialog hold to axe in Dutch and English, on a desktop and a phone.
 */
import type { Page } from '@playwright/test';
import { apiPaths } from '../../src/core/api/paths';
import { expect, test } from './fixtures';
import { appCode, DEMO_PASSWORD, either, expectNoSeriousA11yViolations, logIn } from './support';

const THOMAS = { contactId: 8, name: 'Thomas van Leeuwen', username: 'thomas.vanleeuwen@voorbeeld.nl' };

/** A call to the mock API in the page, as the customer's own browser would make it. */
function callInPage(page: Page, path: string, token?: string, body?: unknown) {
  return page.evaluate(
    async ({ path, token, body }) => {
      const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      const response = await fetch(`/api${path}`, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: await response.json() };
    },
    { path, token, body },
  );
}

/** Thomas adds an authenticator app, unless the demo's seed already gave him a second factor. */
async function customerAddsApp(page: Page) {
  await page.goto('/#/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const login = await callInPage(page, apiPaths.login, undefined, { username: THOMAS.username, password: DEMO_PASSWORD });
  if (login.status === 202) return; // the second step: he has a factor already
  expect(login.status).toBe(200);
  const token = login.body.data.token;
  const { secret } = (await callInPage(page, apiPaths.totpEnrolment, token)).body.data;
  expect((await callInPage(page, apiPaths.totpEnrolmentConfirm, token, { code: appCode(secret) })).status).toBe(200);
}

for (const locale of ['nl', 'en'] as const) {
  for (const { device, width, height } of [
    { device: 'desktop', width: 1280, height: 800 },
    { device: 'phone', width: 375, height: 740 },
  ]) {
    test(`a Beheerder resets a customer's second factor (${locale}, ${device})`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height });
      await page.addInitScript((chosen) => localStorage.setItem('hub.locale', chosen), locale);
      await customerAddsApp(page);
      await logIn(page, 'beheerder@hub.example');

      await page.goto(`/#/contacts/${THOMAS.contactId}/show`);
      const methods = page.getByRole('region', { name: either('Inlogmethoden', 'Sign-in methods') });
      const app = methods.getByRole('definition').nth(1);
      await expect(app).toHaveText(locale === 'nl' ? /^Ja, toegevoegd op / : /^Yes, added on /);
      await expectNoSeriousA11yViolations(page);
      await methods.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath('panel.png') });

      await methods.getByRole('button', { name: either('Tweede factor resetten', 'Reset second factor') }).click();
      const dialog = page.getByRole('dialog', {
        name: locale === 'nl' ? `Tweede factor van ${THOMAS.name} resetten?` : `Reset the second factor of ${THOMAS.name}?`,
      });
      await expect(dialog).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: testInfo.outputPath('dialog.png') });

      await dialog.getByRole('button', { name: either('Resetten', 'Reset') }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(locale === 'nl' ? `Tweede factor van ${THOMAS.name} gereset` : `Second factor of ${THOMAS.name} reset`)).toBeVisible();
      await expect(app).toHaveText(either('Nee', 'No'));
      await expect(methods.getByRole('button')).toHaveCount(0);
      const timeline = page.getByRole('region', { name: either('Tijdlijn', 'Timeline') });
      await expect(timeline.getByRole('listitem').first()).toContainText(locale === 'nl' ? 'Tweede factor gereset' : 'Second factor reset');
    });
  }
}
