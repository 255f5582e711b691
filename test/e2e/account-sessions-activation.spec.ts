/**
 * "Alle sessies beëindigen" and "Activeringslink opnieuw sturen" in the demo (MSW in the page): a
 * Beheerder ends a customer's sessions and mails another customer a new activation link. The panel
 * and both dialogs hold to axe in Dutch and English, on a desktop and a phone.
 */
import type { Page } from '@playwright/test';
import { apiPaths } from '../../src/core/api/paths';
import { expect, test } from './fixtures';
import { DEMO_PASSWORD, either, expectNoSeriousA11yViolations, logIn } from './support';

const THOMAS = { contactId: 8, name: 'Thomas van Leeuwen', username: 'thomas.vanleeuwen@voorbeeld.nl' };
const MILA = { contactId: 9, name: 'Mila de Graaf', username: 'mila.degraaf@voorbeeld.nl' };

/** The customer logs in through the mock API in the page, as their own browser would: one open session. */
async function customerLogsIn(page: Page, username: string) {
  const status = await page.evaluate(
    async (body) =>
      (await fetch(`/api${body.path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body.login) })).status,
    { path: apiPaths.login, login: { username, password: DEMO_PASSWORD } },
  );
  expect(status).toBe(200);
}

for (const locale of ['nl', 'en'] as const) {
  for (const { device, width, height } of [
    { device: 'desktop', width: 1280, height: 800 },
    { device: 'phone', width: 375, height: 740 },
  ]) {
    test.describe(`${locale}, ${device}`, () => {
      test.beforeEach(async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.addInitScript((chosen) => localStorage.setItem('hub.locale', chosen), locale);
      });

      test('a Beheerder ends all sessions of a customer', async ({ page }, testInfo) => {
        await page.goto('/#/login');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await customerLogsIn(page, THOMAS.username);
        await customerLogsIn(page, THOMAS.username);
        await logIn(page, 'beheerder@hub.example');

        await page.goto(`/#/contacts/${THOMAS.contactId}/show`);
        const methods = page.getByRole('region', { name: either('Inlogmethoden', 'Sign-in methods') });
        const sessions = methods.getByRole('definition').last();
        await expect(sessions).toHaveText(either('2 sessies', '2 sessions'));
        await expectNoSeriousA11yViolations(page);
        await page.screenshot({ path: testInfo.outputPath(`sessions-panel-${locale}-${width}.png`), fullPage: true });

        await methods.getByRole('button', { name: either('Alle sessies beëindigen', 'End all sessions') }).click();
        const dialog = page.getByRole('dialog', {
          name: locale === 'nl' ? `Alle sessies van ${THOMAS.name} beëindigen?` : `End all sessions of ${THOMAS.name}?`,
        });
        await expect(dialog).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        await page.screenshot({ path: testInfo.outputPath(`sessions-dialog-${locale}-${width}.png`) });

        await dialog.getByRole('button', { name: either('Sessies beëindigen', 'End sessions') }).click();
        await expect(dialog).toBeHidden();
        await expect(page.getByText(locale === 'nl' ? `Alle sessies van ${THOMAS.name} beëindigd` : `All sessions of ${THOMAS.name} ended`)).toBeVisible();
        await expect(sessions).toHaveText(either('Geen', 'None'));
        await expect(page.getByRole('heading', { name: either('Inlogmethoden', 'Sign-in methods') })).toBeFocused();
        const timeline = page.getByRole('region', { name: either('Tijdlijn', 'Timeline') });
        await expect(timeline.getByRole('listitem').first()).toContainText(locale === 'nl' ? 'Alle sessies beëindigd' : 'All sessions ended');
      });

      test('a Beheerder sends a customer a new activation link', async ({ page }, testInfo) => {
        await logIn(page, 'beheerder@hub.example');
        await page.goto(`/#/contacts/${MILA.contactId}/show`);
        const panel = page.getByRole('region', { name: 'Account', exact: true });
        const resend = panel.getByRole('button', { name: either('Activeringslink opnieuw sturen', 'Send activation link again') });
        await expect(resend).toBeVisible();
        await expectNoSeriousA11yViolations(page);

        await resend.click();
        const dialog = page.getByRole('dialog', {
          name: locale === 'nl' ? `Activeringslink opnieuw sturen aan ${MILA.name}?` : `Send the activation link to ${MILA.name} again?`,
        });
        await expect(dialog).toContainText(MILA.username);
        await expectNoSeriousA11yViolations(page);
        await page.screenshot({ path: testInfo.outputPath(`activation-dialog-${locale}-${width}.png`) });

        await dialog.getByRole('button', { name: either('Link sturen', 'Send link') }).click();
        await expect(dialog).toBeHidden();
        await expect(page.getByText(locale === 'nl' ? `Activeringslink verstuurd aan ${MILA.username}` : `Activation link sent to ${MILA.username}`)).toBeVisible();
        await expect(panel.getByText(either('Wacht op activering', 'Awaiting activation'))).toBeVisible();
        await expect(panel.getByText(either('Activeringslink geldig tot', 'Activation link valid until'))).toBeVisible();
        await expect(resend).toBeFocused();
        await page.screenshot({ path: testInfo.outputPath(`activation-panel-${locale}-${width}.png`), fullPage: true });
      });
    });
  }
}
