/**
 * The demo's mock verifies passkeys in the browser: @simplewebauthn/server runs in the page (MSW)
 * under the production server's CSP, against Chromium's virtual authenticator. WebAuthn refuses
 * an IP address as relying party, so this page is opened on localhost.
 */
import { ports } from '../../playwright.config';
import { expect, test } from './fixtures';

test('a passkey made by Chromium is added and then logs in alone, verified by the mock in the page', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await page.goto(`http://localhost:${ports.demo}/`);
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
  const result = await page.evaluate(async () => {
    const post = async (path: string, body?: unknown, token?: string) => {
      const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      const response = await fetch(`/api${path}`, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: await response.json() };
    };
    const token = (await post('/auth/login', { username: 'klant.leeg@hub.example', password: 'demo' })).body.data.token;
    const creation = (await post('/auth/passkeys/registration-options', undefined, token)).body.data.options;
    const created = (await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(creation) })) as PublicKeyCredential;
    const added = await post('/auth/passkeys', { name: 'Chromium', credential: created.toJSON() }, token);
    const request = (await post('/auth/passkey/options', {})).body.data.options;
    const asserted = (await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(request) })) as PublicKeyCredential;
    const login = await post('/auth/passkey/login', { credential: asserted.toJSON() });
    return { rpId: creation.rp.id, added: added.status, login: login.status, user: login.body.data?.user?.name };
  });
  expect(result).toEqual({ rpId: 'localhost', added: 201, login: 200, user: 'Daan Mulder' });
});
