/**
 * The production server (deploy/, run by `npm run serve:production`) as Playwright starts it for
 * both builds: the CSP and security headers on every answer, nginx's own error pages included;
 * caching; compression; and nothing but files of the build, a missing one being a real 404.
 */
import { request as httpRequest } from 'node:http';
import { readdirSync } from 'node:fs';
import { ports } from '../../playwright.config';
import { expect, test } from './fixtures';

const realApi = `http://127.0.0.1:${ports.realApi}`;
const demo = `http://127.0.0.1:${ports.demo}`;

/** A raw GET: the path is sent exactly as given (no URL normalisation of `..`). */
function rawGet(port: number, path: string, { gzip = false } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: gzip ? { 'Accept-Encoding': 'gzip' } : {} }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>) {
  const csp = String(headers['content-security-policy']);
  for (const directive of ["default-src 'self'", "script-src 'self';", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "img-src 'self' data:"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toMatch(/style-src 'self' 'nonce-[0-9a-f]{32}';/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  return csp;
}

const assetName = () => readdirSync(new URL('../../dist/real-api/assets/', import.meta.url)).find((name) => /^index-.*\.js$/.test(name))!;

test('the page: CSP with a fresh nonce that is also in the page, the API origin, no cache', async () => {
  const first = await rawGet(ports.realApi, '/');
  const second = await rawGet(ports.realApi, '/');
  expect(first.status).toBe(200);
  const csp = expectSecurityHeaders(first.headers);
  expect(csp).toContain(`connect-src 'self' http://127.0.0.1:${ports.mockApi};`);
  expect(csp).toContain("worker-src 'none'");
  expect(csp).toContain("style-src-attr 'none'");
  const nonce = /'nonce-([0-9a-f]+)'/.exec(csp)![1];
  expect(first.headers['cache-control']).toBe('no-cache');
  expect(first.body).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
  expect(first.body).not.toContain('__HUB_CSP_NONCE__');
  // No inline script: every <script> has a src.
  expect(first.body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  expect(nonce).not.toBe(/'nonce-([0-9a-f]+)'/.exec(String(second.headers['content-security-policy']))![1]);
});

test('a hashed asset: immutable for a year, gzipped, as JavaScript', async () => {
  const asset = await rawGet(ports.realApi, `/assets/${assetName()}`, { gzip: true });
  expect(asset.status).toBe(200);
  expectSecurityHeaders(asset.headers);
  expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers['content-encoding']).toBe('gzip');
  expect(asset.headers['content-type']).toBe('text/javascript');
});

test('a missing asset is a real 404, not the page, and is not cached as immutable', async () => {
  const missing = await rawGet(ports.realApi, '/assets/index-missing.js');
  expect(missing.status).toBe(404);
  expect(missing.body).not.toContain('<div id="root">');
  expectSecurityHeaders(missing.headers);
  expect(missing.headers['cache-control']).toBe('no-cache');
});

test('nginx answers `..`, an over-long URL, a directory and the build record with its own error page and the same headers', async () => {
  const answers = [
    [await rawGet(ports.realApi, '/../../etc/passwd'), 400],
    [await rawGet(ports.realApi, '/%2e%2e/%2e%2e/etc/passwd'), 400],
    [await rawGet(ports.realApi, `/${'a'.repeat(9000)}`), 414],
    [await rawGet(ports.realApi, '/assets/'), 404],
    [await rawGet(ports.realApi, '/.deploy.json'), 404],
    [await rawGet(ports.realApi, '/.vite/manifest.json'), 404],
  ] as const;
  for (const [answer, status] of answers) {
    expect(answer.status).toBe(status);
    expect(answer.body).toContain('<center>nginx</center>');
    expect(answer.body).not.toContain('root:');
    expectSecurityHeaders(answer.headers);
  }
});

test('the demo build gets what its mock API needs: its service worker and its mails’ style attributes, by hash', async () => {
  const answer = await rawGet(ports.demo, '/');
  const csp = expectSecurityHeaders(answer.headers);
  expect(csp).toContain("connect-src 'self';");
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toMatch(/style-src-attr 'unsafe-hashes' 'sha256-[A-Za-z0-9+/=]+';/);
  expect((await fetch(`${demo}/mockServiceWorker.js`)).status).toBe(200);
  expect((await fetch(`${realApi}/mockServiceWorker.js`)).status).toBe(404);
});
