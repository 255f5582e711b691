/** Shared steps for the end-to-end tests: log in as a user would, and check accessibility. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { DEMO_TOTP_SECRET } from '../../mocks/db/logins';

export const DEMO_PASSWORD = 'demo';

/** A name in either language, exactly: for steps that run in Dutch and in English. */
export function either(dutch: string, english: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(${escape(dutch)}|${escape(english)})$`);
}

/** Submits the login form; the caller checks what follows (a failed login stays on the page). */
export async function attemptLogIn(page: Page, username: string, password: string) {
  await page.goto('/#/login');
  // Either language: the caller may have chosen English before.
  await page.getByRole('textbox', { name: either('E-mailadres', 'Email address') }).fill(username);
  await page.getByRole('textbox', { name: either('Wachtwoord', 'Password') }).fill(password);
  await page.getByRole('button', { name: either('Inloggen', 'Log in') }).click();
}

const STEP_MS = 30_000;

/** The code an authenticator app with this key shows in time step `step` (now, by default). */
export function appCode(secret = DEMO_TOTP_SECRET, step = Math.floor(Date.now() / STEP_MS)): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * STEP_MS });
}

/** The last time step whose code each account used, per browser context (a demo's data is the context's). */
const usedSteps = new WeakMap<BrowserContext, Map<string, number>>();

/**
 * The seeded app's code for `username` that the API still takes: each code works once, and the
 * next step's is accepted too (clock drift), so a second login within 30 seconds uses that one.
 */
function unusedAppCode(page: Page, username: string): string {
  const used = usedSteps.get(page.context()) ?? new Map<string, number>();
  usedSteps.set(page.context(), used);
  const step = Math.max(Math.floor(Date.now() / STEP_MS), (used.get(username) ?? -Infinity) + 1);
  used.set(username, step);
  return appCode(DEMO_TOTP_SECRET, step);
}

/**
 * Logs in and waits until the app has left the login page, so the next navigation is
 * authenticated. When the login asks for its second step, the seeded authenticator app's code
 * is typed, as its owner would from the phone.
 */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await attemptLogIn(page, username, password);
  const codeField = page.locator('input[autocomplete="one-time-code"]');
  const leftLogin = () => !new URL(page.url()).hash.startsWith('#/login');
  await expect(async () => expect(leftLogin() || (await codeField.isVisible())).toBe(true)).toPass();
  if (!leftLogin()) {
    await codeField.fill(unusedAppCode(page, username));
    await codeField.press('Enter');
  }
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}

/** Logs out through the UI: the back office's user menu, or the portal's own button. */
export async function logOut(page: Page) {
  const userMenu = page.getByRole('button', { name: /gebruikersmenu/i });
  if (await userMenu.isVisible()) {
    await userMenu.click();
    await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
  } else {
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  }
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
}

/**
 * A customer's first login: the forced change of the temporary password into their own (asked
 * twice, nothing else), then "Later" to the passkey the portal offers next.
 */
export async function changeTemporaryPassword(page: Page, next: string) {
  await expect(page).toHaveURL(/#\/portal\/change-password$/);
  await page.getByRole('textbox', { name: 'Nieuw wachtwoord', exact: true }).fill(next);
  await page.getByRole('textbox', { name: 'Herhaal nieuw wachtwoord' }).fill(next);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen met een passkey?' })).toBeVisible();
  await page.getByRole('button', { name: 'Later' }).click();
}

/**
 * The activation page a welcome mail's link opened: the username shown, a first password typed
 * twice, "Later" to the passkey offer, and Mijn contracten.
 */
export async function activateAccount(page: Page, username: string, password: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Account activeren' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Uw gebruikersnaam' })).toHaveValue(username);
  await page.getByRole('textbox', { name: 'Nieuw wachtwoord', exact: true }).fill(password);
  await page.getByRole('textbox', { name: 'Herhaal nieuw wachtwoord' }).fill(password);
  await page.getByRole('button', { name: 'Account activeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen met een passkey?' })).toBeVisible();
  await page.getByRole('button', { name: 'Later' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn contracten' })).toBeVisible();
  await expect(page).toHaveURL(/#\/portal\/contracts$/);
}

/** Opens a contact's detail page from the list (a table, or a simple list on a phone), by searching as staff would. */
export async function openContact(page: Page, name: string) {
  await page.goto('/#/contacts');
  await page.getByRole('textbox', { name: 'Zoek op naam of e-mail' }).fill(name);
  await page.getByRole('main').getByText(name).first().click();
  await expect(page.getByRole('main').getByRole('heading', { name })).toBeVisible();
}

/** axe's rule sets we hold every page to: WCAG 2.0, 2.1 and 2.2 at A and AA, and best practice. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What a user waits for before reading a page: nothing on it is loading any more. */
export async function waitForSettledPage(page: Page) {
  await expect(page.locator('[role="progressbar"]:visible, [aria-busy="true"]:visible, .MuiSkeleton-root:visible')).toHaveCount(0);
  // No transition under way either: a dialog still fading in blends its text into the backdrop,
  // and axe measured a colour contrast the user never sees (a CI run failed so). Endless
  // animations (spinners) are a loading state, checked above.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

/**
 * Once the page has settled: exactly one h1, and no axe violation of impact "serious" or
 * "critical". `skipFrames` names iframes axe cannot enter: a script-less sandbox (the outbox's
 * mail) leaves it waiting.
 */
export async function expectNoSeriousA11yViolations(page: Page, { skipFrames }: { skipFrames?: string } = {}) {
  await waitForSettledPage(page);
  // One h1, the page's title; behind an open dialog it may be out of view (a phone's app bar
  // slides away on scroll), on the page itself it must be seen.
  await expect(page.locator('h1')).toHaveCount(1);
  if ((await page.getByRole('dialog').count()) === 0) await expect(page.locator('h1')).toBeVisible();
  // options() replaces what withTags() set, so it comes first. Label in Name (WCAG 2.5.3) is
  // named explicitly: some axe versions mark it experimental, which tags alone leave out.
  const axe = new AxeBuilder({ page })
    .options({ iframes: !skipFrames, rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(AXE_TAGS);
  if (skipFrames) axe.exclude(skipFrames);
  const { violations } = await axe.analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
