/**
 * The second factor in the real-API build, against the mock API over HTTP (which seeds no factor):
 * a customer adds an authenticator app on "Beveiliging", and the next login asks for its code; a
 * recovery code logs in once, and is refused the second time; a passkey added on "Beveiliging"
 * logs in alone through the login page's button. Each test makes its own customer, so the shared
 * server's seeded accounts keep logging in with a password alone. WebAuthn refuses an IP address
 * as relying party (the mock's PORTAL_URL is localhost), so these pages are opened on localhost.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { ports } from '../../playwright.config';
import { expect, test } from './fixtures';
import { api, bearer, tokenFor } from './mockApi';
import { attemptLogIn, logIn, logOut } from './support';

test.use({ baseURL: `http://localhost:${ports.realApi}` });

const STAFF = 'beheerder@hub.example';
const PASSWORD = 'Zonnige dag aan zee in mei';
const STEP_MS = 30_000;

/** A new contact with an account whose own password is PASSWORD, set through the welcome mail's link. */
async function freshCustomer(request: APIRequestContext): Promise<string> {
  const staff = bearer(await tokenFor(request, STAFF));
  const username = `e2e.2fa.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@voorbeeld.nl`;
  const contact = await request.post(`${api}/contact/contacts`, { headers: staff, data: { firstName: 'Sanne', lastName: 'Tweestaps', email: username } });
  expect(contact.status()).toBe(201);
  const contactId = ((await contact.json()) as { id: number }).id;
  expect((await request.post(`${api}/account/accounts`, { headers: staff, data: { contactId, email: username } })).status()).toBe(201);
  const outbox = await request.get(`${api}/demo/outbox?filter=${encodeURIComponent(JSON.stringify({ to: username }))}`, { headers: staff });
  const [welcome] = (await outbox.json()) as { text: string }[];
  const activationToken = /#\/activate\?token=([\w-]+)/.exec(welcome.text)![1];
  const activated = await request.post(`${api}/auth/activation`, { data: { token: activationToken, newPassword: PASSWORD } });
  expect(activated.status()).toBe(200);
  // Activation logs in; only the browser's own sessions should stay open.
  const { token } = ((await activated.json()) as { data: { token: string } }).data;
  expect((await request.post(`${api}/auth/logout`, { headers: bearer(token) })).status()).toBe(204);
  expect((await request.post(`${api}/auth/logout`, { headers: staff })).status()).toBe(204);
  return username;
}

async function openSecurity(page: Page, username: string) {
  await logIn(page, username, PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  await page.getByRole('link', { name: 'Beveiliging' }).click();
  await expect(page).toHaveURL(/#\/portal\/security$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Beveiliging' })).toBeVisible();
}

/** Reads the ten recovery codes the dialog shows once, and confirms they were kept. */
async function keepRecoveryCodes(page: Page): Promise<string[]> {
  const dialog = page.getByRole('dialog', { name: 'Herstelcodes' });
  const items = dialog.getByRole('list', { name: 'Uw herstelcodes' }).getByRole('listitem');
  await expect(items).toHaveCount(10);
  const codes = (await items.allTextContents()).map((code) => code.trim());
  await dialog.getByRole('checkbox', { name: 'Ik heb mijn herstelcodes bewaard' }).check();
  await dialog.getByRole('button', { name: 'Klaar' }).click();
  await expect(dialog).toBeHidden();
  return codes;
}

/** The portal opened as this customer: their own account page, with their username. */
async function expectPortalOf(page: Page, username: string) {
  await expect(page).toHaveURL(/#\/portal$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  await expect(page.getByRole('main').getByText(username, { exact: true }).first()).toBeVisible();
}

async function useRecoveryCode(page: Page, username: string, code: string) {
  await attemptLogIn(page, username, PASSWORD);
  await page.getByRole('button', { name: 'Gebruik een herstelcode' }).click();
  const field = page.getByRole('textbox', { name: 'Herstelcode' });
  await field.fill(code);
  await field.press('Enter');
}

test('an authenticator app added on Beveiliging is asked for at the next login; a recovery code logs in once', async ({ page, request }) => {
  const username = await freshCustomer(request);
  await openSecurity(page, username);

  await page.getByRole('button', { name: 'App toevoegen' }).click();
  const appDialog = page.getByRole('dialog', { name: 'App toevoegen' });
  await expect(appDialog.getByRole('img', { name: 'QR-code die Hub Portal aan uw authenticator-app toevoegt' })).toBeVisible();
  // The key as text, typed into the phone's app when scanning fails: the test is that phone.
  const key = (await appDialog.getByLabel('Sleutel voor uw authenticator-app').textContent())!.replace(/\s/g, '');
  const app = new TOTP({ secret: Secret.fromBase32(key) });
  const enrolStep = Math.floor(Date.now() / STEP_MS);
  await appDialog.getByRole('textbox', { name: 'Code uit de app' }).fill(app.generate({ timestamp: enrolStep * STEP_MS }));
  await appDialog.getByRole('button', { name: 'App toevoegen' }).click();
  const codes = await keepRecoveryCodes(page);
  await expect(page.getByRole('status').filter({ hasText: 'De authenticator-app is toegevoegd.' })).toBeVisible();
  await expect(page.getByText(/^Nog 10 van de 10 codes ongebruikt/)).toBeVisible();
  await logOut(page);

  await attemptLogIn(page, username, PASSWORD);
  await expect(page.getByRole('heading', { level: 2, name: 'Bevestig dat u het bent' })).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Code uit de app' });
  await expect(field).toBeFocused();
  // Only the demo build shows the current code beside the field.
  await expect(page.getByText(/^Demo:/)).toHaveCount(0);
  // The enrolment's code is used up: the next step's, which the API takes as clock drift.
  const loginStep = Math.max(Math.floor(Date.now() / STEP_MS), enrolStep + 1);
  await field.fill(app.generate({ timestamp: loginStep * STEP_MS }));
  await field.press('Enter');
  await expectPortalOf(page, username);
  await logOut(page);

  await useRecoveryCode(page, username, codes[3]);
  await expectPortalOf(page, username);
  await page.getByRole('link', { name: 'Beveiliging' }).click();
  await expect(page.getByText(/^Nog 9 van de 10 codes ongebruikt/)).toBeVisible();
  await logOut(page);

  await useRecoveryCode(page, username, codes[3]);
  await expect(page.getByRole('alert')).toHaveText('Deze code klopt niet. Controleer hem en probeer het opnieuw.');
  await expect(page).toHaveURL(/#\/login/);
  await expect(page.getByRole('textbox', { name: 'Herstelcode' })).toHaveValue(codes[3]);
});

test('a passkey added on Beveiliging logs in alone through "Inloggen met een passkey"', async ({ page, request }) => {
  const username = await freshCustomer(request);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await openSecurity(page, username);

  await page.getByRole('button', { name: 'Passkey toevoegen' }).click();
  const passkeyDialog = page.getByRole('dialog', { name: 'Passkey toevoegen' });
  await passkeyDialog.getByRole('textbox', { name: 'Naam van de passkey' }).fill('Chromium');
  await passkeyDialog.getByRole('button', { name: 'Passkey maken' }).click();
  await expect(passkeyDialog).toBeHidden();
  // A first second factor brings the recovery codes.
  await keepRecoveryCodes(page);
  await expect(page.getByRole('status').filter({ hasText: 'Passkey ‘Chromium’ is toegevoegd.' })).toBeVisible();
  const passkeys = page.getByRole('region', { name: 'Passkeys' });
  await expect(passkeys.getByText('Chromium', { exact: true })).toBeVisible();
  await expect(passkeys.getByText(/Nog niet gebruikt/)).toBeVisible();
  // The passkey lives in the browser's authenticator, as a resident key the login can find alone.
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials.map((credential) => credential.isResidentCredential)).toEqual([true]);
  // The login page's autofill asks for passkey options as it opens, and Chromium's virtual
  // authenticator answers it at once: that first call is held, so the button is what logs in.
  let autofillHeld = false;
  await page.route(`${api}/auth/passkey/options`, async (route) => {
    if (autofillHeld) return route.continue();
    autofillHeld = true;
  });
  await logOut(page);
  await expect.poll(() => autofillHeld).toBe(true);

  await page.getByRole('button', { name: 'Inloggen met een passkey' }).click();
  // The same customer logging in again returns to the page they left.
  await expect(page).toHaveURL(/#\/portal\/security$/);
  await expect(passkeys.getByText(/Laatst gebruikt op /)).toBeVisible();
  await page.getByRole('link', { name: 'Mijn account' }).click();
  await expectPortalOf(page, username);
});
