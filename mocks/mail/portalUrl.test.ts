/** Mail links come from configuration only; no request header shapes a mail. */
import { config, db } from '../db';
import { TEST_API_BASE } from '../node';
import { call, tokenFor } from '../../test/kit/api';
import { parsePortalUrl } from './portalUrl';

const hostile = { Origin: 'https://evil.example', Referer: 'https://evil.example/page', 'X-Forwarded-Host': 'evil.example' };
const lastMail = () => [...db.tables.mails.values()].at(-1)!;

test('a reset mail links to the configured portal, whatever Origin, Referer or forwarded host the request names', async () => {
  config.portalUrl = 'https://portaal.voorbeeld.nl/';
  const response = await fetch(`${TEST_API_BASE}/auth/forgot-password`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...hostile },
    body: JSON.stringify({ username: 'klant@hub.example' }),
  });
  expect(response.status).toBe(202);
  expect(lastMail().html).toMatch(/href="https:\/\/portaal\.voorbeeld\.nl\/#\/reset-password\?token=[\w-]+"/);
  expect(`${lastMail().html}${lastMail().text}`).not.toContain('evil');
});

test('a welcome mail links to the configured portal too', async () => {
  const response = await fetch(`${TEST_API_BASE}/account/accounts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await tokenFor('beheerder@hub.example')}`, ...hostile },
    body: JSON.stringify({ contactId: 1, email: 'jan.devries@voorbeeld.nl' }),
  });
  expect(response.status).toBe(201);
  expect(lastMail().text).toContain('http://localhost:3000/#/activate?token=');
  expect(`${lastMail().html}${lastMail().text}`).not.toContain('evil');
  // Bulk creation as well.
  const bulk = await call('post', '/account/accounts/bulk', '/account/accounts/bulk', { token: await tokenFor('beheerder@hub.example'), body: { items: [{ contactId: 2, email: 'fatima@voorbeeld.nl' }] } });
  expect(bulk.body.created).toBe(1);
  expect(lastMail().text).toContain('http://localhost:3000/#/activate?token=');
});

test('the configured portal URL must be an absolute http(s) URL, without credentials, query or fragment', () => {
  expect(parsePortalUrl('https://portaal.voorbeeld.nl')).toBe('https://portaal.voorbeeld.nl/');
  expect(parsePortalUrl('http://localhost:4174/app/')).toBe('http://localhost:4174/app/');
  for (const bad of ['javascript:alert(1)', 'ftp://portaal.voorbeeld.nl/', '/relative', 'https://user:pw@portaal.voorbeeld.nl/', 'https://portaal.voorbeeld.nl/?next=x', 'https://portaal.voorbeeld.nl/#/x']) {
    expect(() => parsePortalUrl(bad)).toThrow(/PORTAL_URL/);
  }
});
