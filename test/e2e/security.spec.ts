/**
 * The second factor in the demo build: a customer adds an authenticator app and a passkey on
 * "Beveiliging", a Beheerder without a factor must enrol before the back office opens, and every
 * new page and dialog passes axe in Dutch and English on a desktop and a phone. WebAuthn refuses
 * an IP address as relying party, so these pages are opened on localhost; passkeys come from
 * Chromium's virtual authenticator.
 */
import type { Download, Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { readFile } from 'node:fs/promises';
import { ports } from '../../playwright.config';
import { SEEDED_TEMPORARY_PASSWORD } from '../../mocks/db/seedCredentials';
import { expect, test } from './fixtures';
import { attemptLogIn, either, expectNoSeriousA11yViolations, logIn } from './support';

test.use({ baseURL: `http://localhost:${ports.demo}` });

const CUSTOMER = 'klant.leeg@hub.example';
const STAFF_WITHOUT_FACTOR = 'beheerder2@hub.example';
const SHOTS = 'test-results/security';

async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
}

/** The app's current code, computed from the key the page shows (as the user's phone would). */
async function codeFromShownKey(page: Page): Promise<string> {
  const key = await page.getByLabel(either('Sleutel voor uw authenticator-app', 'Key for your authenticator app')).textContent();
  return new TOTP({ secret: Secret.fromBase32(key!.replace(/\s/g, '')) }).generate();
}

async function textOfDownload(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

/** Reads, downloads and confirms the ten recovery codes shown; returns them. */
async function keepRecoveryCodes(page: Page, within: ReturnType<Page['getByRole']> | Page, done: RegExp) {
  const items = within.getByRole('list', { name: either('Uw herstelcodes', 'Your recovery codes') }).getByRole('listitem');
  await expect(items).toHaveCount(10);
  const codes = await items.allTextContents();
  const [download] = await Promise.all([page.waitForEvent('download'), within.getByRole('button', { name: either('Downloaden als .txt', 'Download as .txt') }).click()]);
  const file = await textOfDownload(download);
  for (const code of codes) expect(file).toContain(code);
  await within.getByRole('checkbox', { name: either('Ik heb mijn herstelcodes bewaard', 'I have saved my recovery codes') }).check();
  await within.getByRole('button', { name: done }).click();
  return codes;
}

test('a customer adds an authenticator app and a passkey on Beveiliging', async ({ page }) => {
  await addVirtualAuthenticator(page);
  await logIn(page, CUSTOMER);
  await page.getByRole('link', { name: 'Beveiliging' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiliging' })).toBeVisible();

  await page.getByRole('button', { name: 'App toevoegen' }).click();
  const appDialog = page.getByRole('dialog', { name: 'App toevoegen' });
  await expect(appDialog.getByRole('img', { name: 'QR-code die Hub Portal aan uw authenticator-app toevoegt' })).toBeVisible();
  await appDialog.getByRole('textbox', { name: 'Code uit de app' }).fill(await codeFromShownKey(page));
  await appDialog.getByRole('button', { name: 'App toevoegen' }).click();
  const codesDialog = page.getByRole('dialog', { name: 'Herstelcodes' });
  const codes = await keepRecoveryCodes(page, codesDialog, /^Klaar$/);
  await expect(codesDialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'De authenticator-app is toegevoegd.' })).toBeVisible();
  await expect(page.getByText(/^Nog 10 van de 10 codes ongebruikt/)).toBeVisible();
  await expect(page.getByText(codes[0])).toHaveCount(0);

  await page.getByRole('button', { name: 'Passkey toevoegen' }).click();
  const passkeyDialog = page.getByRole('dialog', { name: 'Passkey toevoegen' });
  await passkeyDialog.getByRole('textbox', { name: 'Naam van de passkey' }).fill('Chromium');
  await passkeyDialog.getByRole('button', { name: 'Passkey maken' }).click();
  await expect(passkeyDialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Passkey ‘Chromium’ is toegevoegd.' })).toBeVisible();
  const passkeys = page.getByRole('region', { name: 'Passkeys' });
  await expect(passkeys.getByText('Chromium', { exact: true })).toBeVisible();
  await expect(passkeys.getByText(/Nog niet gebruikt/)).toBeVisible();

  await passkeys.getByRole('button', { name: 'Naam van passkey Chromium wijzigen' }).click();
  const renameDialog = page.getByRole('dialog', { name: 'Naam van passkey ‘Chromium’ wijzigen' });
  await expect(renameDialog.getByRole('textbox', { name: 'Nieuwe naam' })).toBeFocused();
  await page.keyboard.type('Laptop werk');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Passkey ‘Chromium’ heet nu ‘Laptop werk’.' })).toBeVisible();
  await expect(passkeys.getByRole('button', { name: 'Naam van passkey Laptop werk wijzigen' })).toBeFocused();
});

test('a Beheerder without a second factor must enrol an app before the back office opens: no skip', async ({ page }) => {
  await logIn(page, STAFF_WITHOUT_FACTOR);
  await expect(page).toHaveURL(/#\/second-factor\/enrol$/);
  await page.goto('/#/contacts');
  await expect(page).toHaveURL(/#\/second-factor\/enrol$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tweede factor instellen' })).toBeVisible();
  await expect(page.getByRole('button', { name: /overslaan|later/i })).toHaveCount(0);
  await page.goto('/#/audit');
  await expect(page).toHaveURL(/#\/second-factor\/enrol$/);

  await page.getByRole('button', { name: /^Authenticator-app/ }).click();
  await page.getByRole('textbox', { name: 'Code uit de app' }).fill(await codeFromShownKey(page));
  await page.getByRole('button', { name: 'App toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Herstelcodes' })).toBeVisible();
  await keepRecoveryCodes(page, page, /^Naar de back office$/);
  await expect(page).toHaveURL(/#\/contacts$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Contacten' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('table')).toBeVisible();
});

for (const locale of ['nl', 'en'] as const) {
  for (const { device, width, height } of [
    { device: 'desktop', width: 1280, height: 800 },
    { device: 'phone', width: 375, height: 740 },
  ]) {
    test.describe(`in ${locale === 'nl' ? 'Dutch' : 'English'} on a ${device}`, () => {
      test.beforeEach(async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.addInitScript((chosen) => localStorage.setItem('hub.locale', chosen), locale);
      });
      const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}-${locale}-${width}.png`, fullPage: true });

      test('Beveiliging and its dialogs pass axe', async ({ page }) => {
        await logIn(page, CUSTOMER);
        await page.goto('/#/portal/security');
        await expectNoSeriousA11yViolations(page);
        await shot(page, 'security');

        await page.getByRole('button', { name: either('App toevoegen', 'Add app') }).click();
        await expect(page.getByRole('dialog').getByRole('img')).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        await shot(page, 'add-app');
        await page.getByRole('textbox', { name: either('Code uit de app', 'Code from the app') }).fill(await codeFromShownKey(page));
        await page.getByRole('dialog').getByRole('button', { name: either('App toevoegen', 'Add app') }).click();
        await expect(page.getByRole('dialog').getByRole('list')).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        await shot(page, 'recovery-codes');
        await keepRecoveryCodes(page, page.getByRole('dialog'), either('Klaar', 'Done'));
        await expect(page.getByRole('dialog')).toBeHidden();

        await page.getByRole('button', { name: either('Passkey toevoegen', 'Add passkey') }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();

        await page.getByRole('button', { name: either('App verwijderen', 'Remove app') }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        await shot(page, 'remove-app');
        await page.getByRole('dialog').getByRole('button', { name: either('Annuleren', 'Cancel') }).click();
        await expect(page.getByRole('dialog')).toBeHidden();
      });

      test('the staff enrolment and the passkey offer pass axe', async ({ page }) => {
        await logIn(page, STAFF_WITHOUT_FACTOR);
        await expect(page).toHaveURL(/#\/second-factor\/enrol$/);
        await expectNoSeriousA11yViolations(page);
        await shot(page, 'enrol');
        await page.getByRole('button', { name: /^Authenticator[- ]app/ }).click();
        await expect(page.getByRole('img')).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        await shot(page, 'enrol-app');
        await page.getByRole('button', { name: either('Uitloggen', 'Log out') }).click();
        await expect(page).toHaveURL(/#\/login/);

        await attemptLogIn(page, 'eva.janssen@voorbeeld.nl', SEEDED_TEMPORARY_PASSWORD);
        await expect(page).toHaveURL(/#\/portal\/change-password$/);
        await page.getByRole('textbox', { name: either('Nieuw wachtwoord', 'New password'), exact: true }).fill('Herfst-in-het-bos-2026');
        await page.getByRole('textbox', { name: either('Herhaal nieuw wachtwoord', 'Repeat new password') }).fill('Herfst-in-het-bos-2026');
        await page.getByRole('button', { name: either('Wachtwoord opslaan', 'Save password') }).click();
        await expect(page).toHaveURL(/#\/portal\/security\/passkey$/);
        await expectNoSeriousA11yViolations(page);
        await shot(page, 'passkey-offer');
        await page.getByRole('button', { name: either('Later', 'Later') }).click();
        await expect(page).toHaveURL(/#\/portal$/);
      });
    });
  }
}
