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
