/**
 * Staff log in as a user would: the password, then, when the login asks for it, a code of the
 * seeded authenticator app (computed here, as a phone would).
 */
import { Secret, TOTP } from 'otpauth';
import { expect, type Page } from '@playwright/test';
import { DEMO_TOTP_SECRET } from '../../mocks/db/logins';
import { attemptLogIn, DEMO_PASSWORD } from './support';

/** The current code of an authenticator app with this key. */
export function appCode(secret = DEMO_TOTP_SECRET): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate();
}

export async function logInAsStaff(page: Page, username: string) {
  await attemptLogIn(page, username, DEMO_PASSWORD);
  const codeField = page.locator('input[autocomplete="one-time-code"]');
  const outsideLogin = (url: URL) => !url.hash.startsWith('#/login');
  const leftLogin = () => outsideLogin(new URL(page.url()));
  // Either the app opens, or the login's second step asks for the app's code.
  await expect(async () => expect(leftLogin() || (await codeField.isVisible())).toBe(true)).toPass();
  if (!leftLogin()) {
    await codeField.fill(appCode());
    await codeField.press('Enter');
    await page.waitForURL(outsideLogin);
  }
}
