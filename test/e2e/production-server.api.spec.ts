/**
 * The production server (deploy/, run by `npm run serve:production`) as Playwright starts it for
 * both builds: the CSP and security headers on every answer, nginx's own error pages included;
 * caching; compression; and nothing but files of the build, a missing one being a real 404.
 */
import { request as httpRequest } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ports } from '../../playwright.config';
import { expect, test } from './fixtures';

const realApi = `http://127.0.0.1:${ports.realApi}`;
const demo = `http://127.0.0.1:${ports.demo}`;

/**
 * A raw GET: the path is sent exactly as given (no URL normalisation of `..`); `acceptEncoding`
 * is the header a browser would send. `bytes` is the body as sent, `body` the same read as text.
 */
function rawGet(
  port: number,
  path: string,
  { acceptEncoding }: { acceptEncoding?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode!, headers: res.headers, body: bytes.toString('latin1'), bytes });
      });
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

const assetsFolder = new URL('../../dist/real-api/assets/', import.meta.url);
const assetName = () => readdirSync(assetsFolder).find((name) => /^index-.*\.js$/.test(name))!;

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

test('a hashed asset: immutable for a year, as JavaScript, in the best compression the browser accepts', async () => {
  const original = readFileSync(new URL(assetName(), assetsFolder));
  const brotli = await rawGet(ports.realApi, `/assets/${assetName()}`, { acceptEncoding: 'gzip, deflate, br, zstd' });
  const gzip = await rawGet(ports.realApi, `/assets/${assetName()}`, { acceptEncoding: 'gzip' });
  const plain = await rawGet(ports.realApi, `/assets/${assetName()}`);
  for (const answer of [brotli, gzip, plain]) {
    expect(answer.status).toBe(200);
    expectSecurityHeaders(answer.headers);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['content-type']).toBe('text/javascript');
    expect(answer.headers.vary).toBe('Accept-Encoding');
  }
  expect(brotli.headers['content-encoding']).toBe('br');
  expect(brotliDecompressSync(brotli.bytes).equals(original)).toBe(true);
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(gunzipSync(gzip.bytes).equals(original)).toBe(true);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.bytes.equals(original)).toBe(true);
  // The build's own copies (deploy/precompress.ts), not nginx's per-request gzip at level 1.
  expect(brotli.bytes.equals(readFileSync(new URL(`${assetName()}.br`, assetsFolder)))).toBe(true);
  expect(gzip.bytes.equals(readFileSync(new URL(`${assetName()}.gz`, assetsFolder)))).toBe(true);
});

test('the page is compressed too, with its fresh nonce in it', async () => {
  const page = await rawGet(ports.realApi, '/', { acceptEncoding: 'gzip' });
  expect(page.headers['content-encoding']).toBe('gzip');
  const nonce = /'nonce-([0-9a-f]+)'/.exec(String(page.headers['content-security-policy']))![1];
  expect(gunzipSync(page.bytes).toString('utf8')).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
});

test('a missing asset is a real 404, not the page, and is not cached as immutable', async () => {
  const missing = await rawGet(ports.realApi, '/assets/index-missing.js');
  expect(missing.status).toBe(404);
  expect(missing.body).not.toContain('<div id="root">');
  expectSecurityHeaders(missing.headers);
  expect(missing.headers['cache-control']).toBe('no-cache');
});

test('redirects are relative: /index.html goes to /, never to http:// and the internal port', async () => {
  const answer = await rawGet(ports.realApi, '/index.html');
  expect([answer.status, answer.headers.location]).toEqual([301, '/']);
  expectSecurityHeaders(answer.headers);
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
