/**
 * The bench's static server: serves built apps from one Node process on 127.0.0.1, one port
 * per app (so each app has its own origin: storage and service workers never mix). Responses are
 * gzipped when the browser accepts it, never cached (every load of a run fetches its JS again,
 * so it can be counted), and every response is logged with its gzipped size.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg']);

export interface ServedFile {
  path: string;
  isJs: boolean;
  gzipBytes: number;
  /** When the response finished (ms since the epoch, comparable with `performance.timeOrigin`). */
  finishedAt: number;
}

export interface StaticSite {
  origin: string;
  /** Everything served since the last `clearLog()`. */
  log: ServedFile[];
  clearLog(): void;
}

interface Entry {
  body: Buffer;
  gzipped: Buffer;
  type: string;
}

export async function serveStatic(root: string): Promise<StaticSite & { close(): Promise<void> }> {
  const files = new Map<string, Entry | null>();
  const site = { log: [] as ServedFile[] };

  async function load(path: string): Promise<Entry | null> {
    if (!files.has(path)) {
      const ext = extname(path);
      const body = await readFile(join(root, path)).catch(() => null);
      files.set(path, body && { body, gzipped: compressible.has(ext) ? gzipSync(body) : body, type: types[ext] ?? 'application/octet-stream' });
    }
    return files.get(path)!;
  }

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    // A single-page app: unknown paths get index.html, as `vite preview` does.
    const entry = (await load(path.endsWith('/') ? `${path}index.html` : path)) ?? (await load('/index.html'));
    if (!entry) {
      response.writeHead(404).end();
      return;
    }
    const gzip = compressible.has(extname(path)) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'Content-Type': entry.type,
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      // MSW's worker is served from the root and controls the whole origin.
      'Service-Worker-Allowed': '/',
    });
    response.on('finish', () => {
      site.log.push({ path, isJs: entry.type.startsWith('text/javascript'), gzipBytes: entry.gzipped.length, finishedAt: Date.now() });
    });
    response.end(gzip ? entry.gzipped : entry.body);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get log() {
      return site.log;
    },
    clearLog: () => {
      site.log = [];
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** Gzipped bytes of the JS served until `until` (ms since the epoch). */
export function jsBytesUntil(log: readonly ServedFile[], until: number): number {
  return log.filter((file) => file.isJs && file.finishedAt <= until).reduce((sum, file) => sum + file.gzipBytes, 0);
}
