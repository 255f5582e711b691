/** The nginx config a build gets: its CSP follows its .deploy.json, and nothing unsafe gets in. */
import { siteConfig } from './siteConfig';
import type { BuildRecord } from './buildRecord';

const product: BuildRecord = { apiOrigin: 'https://hub.example.nl', serviceWorker: false, styleAttributeHashes: [] };
const demo: BuildRecord = { apiOrigin: null, serviceWorker: true, styleAttributeHashes: ["'sha256-abc='"] };
const options = { root: '/srv/hub', listen: '127.0.0.1:8080', runDir: '/tmp/run', brotliModule: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so' };

const cspOf = (record: BuildRecord) => /Content-Security-Policy "([^"]*)"/.exec(siteConfig({ ...options, record })['hub-portal.conf'])![1];

it('lets the product talk to its API only, with no worker and no style attributes', () => {
  const csp = cspOf(product);
  expect(csp).toContain("connect-src 'self' https://hub.example.nl;");
  expect(csp).toContain("worker-src 'none'");
  expect(csp).toContain("style-src-attr 'none'");
  expect(csp).not.toContain('unsafe');
});

it('gives the demo its service worker and its mails’ style attributes by hash, not unsafe-inline', () => {
  const csp = cspOf(demo);
  expect(csp).toContain("connect-src 'self';");
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toContain("style-src-attr 'unsafe-hashes' 'sha256-abc='");
  expect(csp).not.toContain('unsafe-inline');
});

it('fills in every placeholder, and the nonce only where the page is served', () => {
  const files = siteConfig({ ...options, record: product });
  expect(Object.values(files).join('\n')).not.toMatch(/@[A-Z_]+@/);
  expect(files['hub-portal.conf']).toContain('sub_filter "__HUB_CSP_NONCE__" "$request_id";');
  expect(files['nginx.conf']).toContain('include /tmp/run/hub-portal.conf;');
});

it('refuses a value nginx would read as more config', () => {
  expect(() => siteConfig({ ...options, root: '/srv/hub; include /etc/passwd', record: product })).toThrow(/Unsafe ROOT/);
  expect(() => siteConfig({ ...options, record: { ...product, apiOrigin: 'https://a.nl"; evil' } })).toThrow();
});

it('redirects with a path only, never an absolute URL with the internal scheme and port', () => {
  expect(siteConfig({ ...options, record: product })['hub-portal.conf']).toMatch(/^\s*absolute_redirect off;$/m);
});
