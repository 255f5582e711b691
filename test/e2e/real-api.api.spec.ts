/**
 * The production build with VITE_API_URL pointed at `npm run mock-api` over real HTTP: no MSW in
 * the page, real CORS, real Authorization headers. The mock server keeps its state for the whole
 * run and its files run in parallel, so each file changes only its own contacts (this one: Jan).
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { api, tokenFor } from './mockApi';
import { logIn, logOut, openContact } from './support';


test('the API answers /account/mine in the seed\'s shape for a customer, 401 without a token, 403 for staff', async ({ request }) => {
  const customer = await tokenFor(request, 'klant@hub.example');
  const mine = await request.get(`${api}/account/mine`, { headers: { Authorization: `Bearer ${customer}` } });
  expect(mine.status()).toBe(200);
  const item = ((await mine.json()) as { data: { items: Record<string, unknown>[] } }).data.items[0];
  expect(Object.keys(item).sort()).toEqual(
    ['dossiers', 'email', 'firstName', 'groupIds', 'id', 'lastName', 'middleName', 'name'].sort(),
  );
  expect(item.name).toBe('klant@hub.example');

  const anonymous = await request.get(`${api}/account/mine`);
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });

  const staff = await tokenFor(request, 'beheerder@hub.example');
  const forbidden = await request.get(`${api}/account/mine`, { headers: { Authorization: `Bearer ${staff}` } });
  expect(forbidden.status()).toBe(403);
});

test('against the real HTTP API, a Beheerder creates an account and the customer logs in with it', async ({ page }) => {
  const workerRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('mockServiceWorker')) workerRequests.push(request.url());
  });

  await logIn(page, 'beheerder@hub.example');
  await openContact(page, 'Jan de Vries');
  await page.getByRole('region', { name: 'Account' }).getByRole('button', { name: 'Account toevoegen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Account aanmaken' }).click();
  const password = await dialog.getByRole('textbox', { name: 'Tijdelijk wachtwoord', exact: true }).inputValue();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.getByRole('region', { name: 'Account' }).getByText('jan.devries@voorbeeld.nl')).toBeVisible();

  await logOut(page);
  await logIn(page, 'jan.devries@voorbeeld.nl', password);
  await expect(page).toHaveURL(/#\/portal\/change-password$/);
  expect(workerRequests).toEqual([]);
});

test('the real-API build holds the product only: no mock code, service worker, outbox, demo accounts or screenshots', () => {
  const root = new URL('../../dist/real-api/', import.meta.url);
  const files = (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(fileURLToPath(root), join(entry.parentPath, entry.name)));
  expect(files.filter((name) => name.endsWith('.js')).length).toBeGreaterThan(0);
  expect(files.filter((name) => /mockServiceWorker|outbox|screenshots|\.png$/i.test(name))).toEqual([]);
  // What only the demo has: MSW, the mock's seed and handlers, its accounts and password, the outbox,
  // the reset-demo dialog and the notices that use its texts (hub.demo.*).
  const demoOnly = ['mockServiceWorker', 'msw', 'setupWorker', 'hub.example', 'wachtwoord “demo”', 'password “demo”', 'Demo-postvak', 'demo outbox', 'OutboxPage', 'seedContacts', 'hub.demo.'];
  const found = files
    .filter((name) => /\.(js|html|json)$/.test(name))
    .flatMap((name) => {
      const text = readFileSync(new URL(name, root), 'utf8');
      return demoOnly.filter((needle) => text.includes(needle)).map((needle) => `${name}: ${needle}`);
    });
  expect(found).toEqual([]);
});
