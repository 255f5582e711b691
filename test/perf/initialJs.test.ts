// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialJs, totalGzipBytes } from './initialJs';

let dist: string;

function write(path: string, text: string) {
  writeFileSync(join(dist, path), text);
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'initial-js-'));
  mkdirSync(join(dist, 'assets'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

test('counts the entry, its preloads and their static imports, but not dynamic imports', () => {
  write('index.html', '<script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-b.js">');
  write('assets/index-a.js', 'import{x as y}from"./shared-c.js";import"./style-d.js";const lazy=()=>import(`./lazy-e.js`);');
  write('assets/vendor-b.js', 'export{z}from"./shared-c.js";');
  write('assets/shared-c.js', 'export const x=1;'.repeat(50));
  write('assets/style-d.js', 'console.log(1)');
  write('assets/lazy-e.js', 'export default 1');

  const chunks = initialJs(dist);

  expect(chunks.map((chunk) => chunk.path)).toEqual(['/assets/index-a.js', '/assets/shared-c.js', '/assets/style-d.js', '/assets/vendor-b.js']);
  const sharedGzip = gzipSync('export const x=1;'.repeat(50)).length;
  expect(chunks.find((chunk) => chunk.path === '/assets/shared-c.js')?.gzipBytes).toBe(sharedGzip);
  expect(totalGzipBytes(chunks)).toBe(chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0));
});

test('adds the chunks the app imports dynamically at boot (from the manifest) and extra files', () => {
  write('index.html', '<script type="module" crossorigin src="/assets/index-a.js"></script>');
  write('assets/index-a.js', 'const worker=()=>import("./browser-f.js");const lazy=()=>import("./lazy-e.js");');
  write('assets/browser-f.js', 'import"./msw-g.js";');
  write('assets/msw-g.js', 'export const msw=1;');
  write('assets/lazy-e.js', 'export default 1');
  write('mockServiceWorker.js', 'self.addEventListener("fetch",()=>{})');
  mkdirSync(join(dist, '.vite'));
  write('.vite/manifest.json', JSON.stringify({ 'mocks/browser.ts': { file: 'assets/browser-f.js' } }));

  const chunks = initialJs(dist, { atBoot: ['mocks/browser.ts'], files: ['mockServiceWorker.js'] });

  expect(chunks.map((chunk) => chunk.path)).toEqual(['/assets/browser-f.js', '/assets/index-a.js', '/assets/msw-g.js', '/mockServiceWorker.js']);
});

test('fails loudly when a boot-time module is not in the manifest', () => {
  write('index.html', '<script type="module" crossorigin src="/assets/index-a.js"></script>');
  write('assets/index-a.js', 'export {}');
  mkdirSync(join(dist, '.vite'));
  write('.vite/manifest.json', '{}');

  expect(() => initialJs(dist, { atBoot: ['mocks/browser.ts'] })).toThrow(/mocks\/browser\.ts is not a chunk/);
});
