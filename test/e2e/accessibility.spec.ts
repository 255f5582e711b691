/**
 * Every page and dialog, in Dutch and English, on a desktop and a phone: settled, one h1, and no
 * serious or critical axe finding (WCAG 2.2 AA and best practice, Label in Name included).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SEEDED_TEMPORARY_PASSWORD } from '../../mocks/db/seedCredentials';
import { appCode, attemptLogIn, either, expectNoSeriousA11yViolations, logIn } from './support';

const MAIL_FRAME = 'iframe[title]';

const CANCEL = either('Annuleren', 'Cancel');
const ADD_ACCOUNT = either('Account toevoegen', 'Add account');

/** Opens a dialog with `button`, checks it, and closes it again with Cancel. */
async function checkDialog(page: Page, button: RegExp) {
  await page.getByRole('main').getByRole('button', { name: button }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: CANCEL }).click();
  await expect(dialog).toBeHidden();
}

/** A fresh activation link in the demo: Jan's account, made through the page's own mock API as a Beheerder would. */
async function demoActivationToken(page: Page): Promise<string> {
  await page.goto('/#/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The demo's Beheerder has an authenticator app: the login answers 202 and asks for its code.
  return page.evaluate(async (code) => {
    const call = async (path: string, init: RequestInit = {}, token?: string) =>
      (await fetch(`/api${path}`, { ...init, headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) } })).json();
    const post = (path: string, body: unknown, token?: string) => call(path, { method: 'POST', body: JSON.stringify(body) }, token);
    const password = (await post('/auth/login', { username: 'beheerder@hub.example', password: 'demo' })) as { data: { secondStepToken: string } };
    const login = (await post('/auth/login/second-step', { secondStepToken: password.data.secondStepToken, method: 'totp', code })) as { data: { token: string } };
    await post('/account/accounts', { contactId: 1, email: 'jan.devries@voorbeeld.nl' }, login.data.token);
    const mails = (await call(`/demo/outbox?filter=${encodeURIComponent(JSON.stringify({ to: 'jan.devries@voorbeeld.nl' }))}`, {}, login.data.token)) as { text: string }[];
    return /#\/activate\?token=([\w-]+)/.exec(mails[0].text)![1];
  }, appCode());
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  await expectNoSeriousA11yViolations(page);
}

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

      test('the public pages and the forgot-password dialog', async ({ page }) => {
        await visit(page, '/#/login');
        await page.getByRole('button', { name: either('Wachtwoord vergeten?', 'Forgot your password?') }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        await page.keyboard.press('Escape');
        await visit(page, '/#/reset-password?token=not-a-token');
        await visit(page, '/#/no-such-page');
        await page.goto('/#/outbox');
        await expectNoSeriousA11yViolations(page, { skipFrames: MAIL_FRAME });
      });

      test("the customer's portal pages", async ({ page }) => {
        await logIn(page, 'klant@hub.example');
        for (const path of ['/#/portal', '/#/portal/organisations', '/#/portal/permissions', '/#/portal/contracts']) await visit(page, path);
        await page.getByRole('main').locator('a[href^="#/portal/contracts/"]').first().click();
        await expect(page).toHaveURL(/#\/portal\/contracts\/\d+/);
        await expectNoSeriousA11yViolations(page);
        await visit(page, '/#/portal/no-such-page');
      });

      test('the forced password change of a first login', async ({ page }) => {
        await attemptLogIn(page, 'eva.janssen@voorbeeld.nl', SEEDED_TEMPORARY_PASSWORD);
        await expect(page).toHaveURL(/#\/portal\/change-password$/);
        await expectNoSeriousA11yViolations(page);
      });

      test('the security page with where the customer is signed in and who looked in, and its dialog', async ({ page }) => {
        await logIn(page, 'klant@hub.example');
        await visit(page, '/#/portal/security');
        await expect(page.getByRole('region', { name: either('Wie keek mee', 'Who looked in') }).getByRole('listitem')).toHaveCount(1);
        await checkDialog(page, either('Overal anders uitloggen', 'Log out everywhere else'));
      });

      test('the activation page: its form, and a refused link', async ({ page }) => {
        await visit(page, `/#/activate?token=${await demoActivationToken(page)}`);
        await expect(page.getByRole('textbox', { name: either('Uw gebruikersnaam', 'Your username') })).toHaveValue('jan.devries@voorbeeld.nl');
        await expectNoSeriousA11yViolations(page);
        await visit(page, '/#/activate?token=not-a-token');
        await expect(page.getByText(either('Deze activeringslink is niet geldig. Vraag uw organisatie om een nieuwe link.', 'This activation link is not valid. Ask your organisation for a new link.'))).toBeVisible();
      });

      test('the back-office pages and the account dialogs', async ({ page }) => {
        // Nine pages and three dialogs through axe, after a login with its second step: on a busy
        // machine that took longer than the default minute.
        test.setTimeout(90_000);
        await logIn(page, 'beheerder@hub.example');
        await visit(page, '/#/contacts');
        await visit(page, '/#/contacts/8/show'); // Thomas van Leeuwen: an active account, its actions and timeline
        await checkDialog(page, either('Nieuw tijdelijk wachtwoord', 'New temporary password'));
        await checkDialog(page, either('Account blokkeren', 'Block account'));
        await visit(page, '/#/contacts/1/show'); // Jan de Vries: no account yet
        await checkDialog(page, ADD_ACCOUNT);
        await visit(page, '/#/contacts/1');
        await visit(page, '/#/contacts/create');
        await visit(page, '/#/audit');
        await visit(page, '/#/portal/contracts'); // staff on a portal URL
      });

      if (device === 'desktop') {
        test('the bulk "Account toevoegen" dialog', async ({ page }) => {
          await logIn(page, 'beheerder@hub.example');
          await page.goto('/#/contacts');
          const rows = page.getByRole('main').getByRole('row');
          for (const row of [1, 2]) await rows.nth(row).getByRole('checkbox').check();
          await checkDialog(page, ADD_ACCOUNT);
        });
      }
    });
  }
}
