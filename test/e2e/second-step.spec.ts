/**
 * The login's second step in the demo build, and the passkey login: the password, then the
 * authenticator app's code (the demo shows it beside the field); a passkey alone, through the
 * login page's button and the username field's autofill; a passkey as the second step. Passkeys
 * come from Chromium's virtual authenticator; WebAuthn refuses an IP address as relying party,
 * so these pages are opened on localhost. Axe in Dutch and English, on a desktop and a phone.
 */
import type { Page } from '@playwright/test';
import { ports } from '../../playwright.config';
import { expect, test } from './fixtures';
import { appCode, attemptLogIn, DEMO_PASSWORD, either, expectNoSeriousA11yViolations, logOut } from './support';

test.use({ baseURL: `http://localhost:${ports.demo}` });

const CUSTOMER_WITH_APP = 'klant@hub.example';
const CUSTOMER_WITHOUT_FACTOR = 'klant.leeg@hub.example';
const SHOTS = 'test-results/second-step';

const grouped = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
}

/** The customer's own browser adds a passkey through the API (the security page's journey is security.spec.ts). */
async function addPasskey(page: Page, username: string) {
  await page.goto('/#/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const added = await page.evaluate(
    async ({ username, password }) => {
      const post = async (path: string, body?: unknown, token?: string) => {
        const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/json' };
        if (token) headers.Authorization = `Bearer ${token}`;
        const response = await fetch(`/api${path}`, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
        return { status: response.status, body: await response.json() };
      };
      const token = (await post('/auth/login', { username, password })).body.data.token;
      const creation = (await post('/auth/passkeys/registration-options', undefined, token)).body.data.options;
      const created = (await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(creation) })) as PublicKeyCredential;
      const answer = await post('/auth/passkeys', { name: 'Chromium', credential: created.toJSON() }, token);
      await fetch('/api/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
      return answer.status;
    },
    { username, password: DEMO_PASSWORD },
  );
  expect(added).toBe(201);
}

test('the password, then the app’s code, opens the portal', async ({ page }) => {
  await attemptLogIn(page, CUSTOMER_WITH_APP, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 2, name: 'Bevestig dat u het bent' })).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Code uit de app' });
  await expect(field).toBeFocused();
  await expect(page.getByRole('note')).toHaveText(/^Demo: de authenticator-app van dit account toont nu \d{3} \d{3}\.$/);
  await field.fill(grouped(appCode()));
  await field.press('Enter');
  await expect(page).toHaveURL(/#\/portal$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
});

test('a passkey logs in alone, through the button and through the username field’s autofill', async ({ page }) => {
  await addVirtualAuthenticator(page);
  await addPasskey(page, CUSTOMER_WITHOUT_FACTOR);

  await page.goto('/#/login');
  await page.getByRole('button', { name: 'Inloggen met een passkey' }).click();
  await expect(page).toHaveURL(/#\/portal$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  await logOut(page);

  const username = page.getByRole('textbox', { name: 'E-mailadres' });
  await expect(username).toHaveAttribute('autocomplete', 'username webauthn');
  await username.click();
  await expect(page).toHaveURL(/#\/portal$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
});

test('the account’s passkey answers the second step', async ({ page }) => {
  await addVirtualAuthenticator(page);
  await addPasskey(page, CUSTOMER_WITHOUT_FACTOR);
  await attemptLogIn(page, CUSTOMER_WITHOUT_FACTOR, DEMO_PASSWORD);
  const passkey = page.getByRole('button', { name: 'Gebruik uw passkey' });
  await expect(passkey).toBeFocused();
  await expect(page.getByRole('button', { name: 'Gebruik een herstelcode' })).toBeVisible();
  await passkey.click();
  await expect(page).toHaveURL(/#\/portal$/);
});

for (const locale of ['nl', 'en'] as const) {
  for (const width of [1280, 375]) {
    test(`the login page's passkey button and the second step pass axe (${locale}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript((chosen) => localStorage.setItem('hub.locale', chosen), locale);
      await page.goto('/#/login');
      await expect(page.getByRole('button', { name: either('Inloggen met een passkey', 'Log in with a passkey') })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `${SHOTS}/login-${locale}-${width}.png` });
      await attemptLogIn(page, CUSTOMER_WITH_APP, DEMO_PASSWORD);
      const field = page.getByRole('textbox', { name: either('Code uit de app', 'Code from the app') });
      await expect(field).toBeFocused();
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `${SHOTS}/app-${locale}-${width}.png`, fullPage: true });

      await field.fill('12345');
      await field.press('Enter');
      await expect(page.getByText(either('Een code bestaat uit zes cijfers.', 'A code has six digits.'))).toBeVisible();
      await page.getByRole('button', { name: either('Gebruik een herstelcode', 'Use a recovery code') }).click();
      await expect(page.getByRole('textbox', { name: either('Herstelcode', 'Recovery code') })).toBeFocused();
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `${SHOTS}/recovery-${locale}-${width}.png`, fullPage: true });
    });
  }
}
