/**
 * `npm run serve:production`: serves the build in DIST (default dist) on 127.0.0.1:PORT (default
 * 8080) with deploy/'s nginx configuration, in the foreground, until SIGTERM or Ctrl-C. Installs
 * nginx when it is missing and this is root on Debian or Ubuntu; else says what to install.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { canInstallWithApt, installWithApt } from '../scripts/debianPackages.ts';
import { readBuildRecord } from './buildRecord.ts';
import { siteConfig } from './siteConfig.ts';

const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];
/** Debian's libnginx-mod-http-brotli-static: serves the build's .br copies (deploy/precompress.ts). */
const BROTLI_PACKAGE = 'libnginx-mod-http-brotli-static';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

function findNginx(): string | undefined {
  return NGINX_PATHS.find((path) => existsSync(path));
}

/** nginx and its brotli module: installed when missing and this is root on Debian or Ubuntu. */
function installNginx(): { nginx: string; brotliModule: string } {
  const found = findNginx();
  if (found && existsSync(BROTLI_MODULE)) return { nginx: found, brotliModule: BROTLI_MODULE };
  if (!canInstallWithApt()) throw new Error(`nginx with its brotli module is missing: install it (Debian/Ubuntu: apt-get install -y nginx ${BROTLI_PACKAGE}), then run this again.`);
  installWithApt('nginx', BROTLI_PACKAGE);
  const installed = findNginx();
  if (!installed || !existsSync(BROTLI_MODULE)) throw new Error(`nginx or its brotli module is still missing after apt-get install nginx ${BROTLI_PACKAGE}`);
  return { nginx: installed, brotliModule: BROTLI_MODULE };
}

function main() {
  const root = resolve(process.env.DIST || 'dist');
  const port = Number(process.env.PORT || 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  const record = readBuildRecord(root);
  const { nginx, brotliModule } = installNginx();

  const runDir = mkdtempSync(join(tmpdir(), 'hub-nginx-'));
  // Run as root, nginx's workers drop to "nobody", who must reach the config and temp paths.
  chmodSync(runDir, 0o755);
  const files = siteConfig({ root, listen: `127.0.0.1:${port}`, runDir, brotliModule, record });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(runDir, name), text);

  const server = spawn(nginx, ['-e', 'stderr', '-p', runDir, '-c', join(runDir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
  console.log(`Serving ${root} on http://127.0.0.1:${port} (API: ${record.apiOrigin ?? 'in the page, demo'})`);
  const stop = () => server.kill('SIGQUIT'); // nginx's graceful shutdown: open requests finish
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  server.on('exit', (code, signal) => {
    rmSync(runDir, { recursive: true, force: true });
    process.exit(signal === 'SIGQUIT' || signal === 'SIGTERM' ? 0 : (code ?? 1));
  });
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
