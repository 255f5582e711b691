/**
 * Fills in deploy/nginx.conf and deploy/hub-portal.conf for one build: where it is, where to
 * listen, and the CSP sources its .deploy.json asks for (the API origin, the demo's service
 * worker and mail style hashes). Pure, so a test can read the config a build gets.
 */
import { readFileSync } from 'node:fs';
import { CSP_NONCE_PLACEHOLDER, type BuildRecord } from './buildRecord.ts';

export interface SiteOptions {
  /** The build folder, absolute. */
  root: string;
  /** e.g. 127.0.0.1:8080 */
  listen: string;
  /** Where nginx keeps its pid file and temp files, absolute. */
  runDir: string;
  /** nginx's brotli_static module (.so), absolute. */
  brotliModule: string;
  record: BuildRecord;
}

const template = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');

/** A value nginx would read as something else (a space, `;`, a quote) is refused, not escaped. */
function checked(name: string, value: string): string {
  if (!/^[\w.:/'+=@ -]*$/.test(value) || /[;{}"]/.test(value)) throw new Error(`Unsafe ${name} for the nginx config: ${value}`);
  return value;
}

export function cspSources(record: BuildRecord) {
  return {
    CONNECT_SRC: ["'self'", ...(record.apiOrigin ? [new URL(record.apiOrigin).origin] : [])].join(' '),
    WORKER_SRC: record.serviceWorker ? "'self'" : "'none'",
    STYLE_SRC_ATTR: record.styleAttributeHashes.length ? ["'unsafe-hashes'", ...record.styleAttributeHashes].join(' ') : "'none'",
  };
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/@([A-Z_]+)@/g, (placeholder, name: string) => {
    if (!(name in values)) throw new Error(`No value for ${placeholder}`);
    return checked(name, values[name]);
  });
}

/** The two files nginx reads: `nginx.conf` (includes `hub-portal.conf` from runDir). */
export function siteConfig({ root, listen, runDir, brotliModule, record }: SiteOptions): { 'nginx.conf': string; 'hub-portal.conf': string } {
  const values = { ROOT: root, LISTEN: listen, RUN_DIR: runDir, BROTLI_MODULE: brotliModule, NONCE_PLACEHOLDER: CSP_NONCE_PLACEHOLDER, ...cspSources(record) };
  return { 'nginx.conf': fill(template('nginx.conf'), values), 'hub-portal.conf': fill(template('hub-portal.conf'), values) };
}
