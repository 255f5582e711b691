// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialJs, totalGzipBytes } from './initialJs';

let dist: string;

function write(path: string, text: string) {
  writeFileSync(join(dist, path), text);
}

/** A build like Vite's: an entry, shared chunks, and lazy chunks of two route modules. */
function writeBuild() {
  write('assets/index-a.js', 'the entry');
  write('assets/shared-b.js', 'export const x=1;'.repeat(50));
  write('assets/vendor-c.js', 'vendor');
  write('assets/portal-d.js', 'the portal pages');
  write('assets/portal-part-e.js', 'a piece of the portal');
  write('assets/backoffice-f.js', 'the back office');
  write('assets/backoffice-part-g.js', 'a piece of the back office');
  write('mockServiceWorker.js', 'self.addEventListener("fetch",()=>{})');
  write(
    '.vite/manifest.json',
    JSON.stringify({
      'index.html': { file: 'assets/index-a.js', isEntry: true, imports: ['_shared-b.js'], dynamicImports: ['src/portal/pages.ts', 'src/backoffice/Layout.tsx'] },
      '_shared-b.js': { file: 'assets/shared-b.js', imports: ['_vendor-c.js'] },
      '_vendor-c.js': { file: 'assets/vendor-c.js' },
      'src/portal/pages.ts': { file: 'assets/portal-d.js', isDynamicEntry: true, imports: ['index.html', '_portal-part-e.js', '_shared-b.js'] },
      '_portal-part-e.js': { file: 'assets/portal-part-e.js', imports: ['index.html'] },
      'src/backoffice/Layout.tsx': { file: 'assets/backoffice-f.js', isDynamicEntry: true, imports: ['_backoffice-part-g.js'] },
      '_backoffice-part-g.js': { file: 'assets/backoffice-part-g.js' },
    }),
  );
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'initial-js-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  writeBuild();
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

test('counts the entry and its static imports, transitively, but no dynamic import', () => {
  const chunks = initialJs(dist);

  expect(chunks.map((chunk) => chunk.path)).toEqual(['/assets/index-a.js', '/assets/shared-b.js', '/assets/vendor-c.js']);
  expect(chunks.find((chunk) => chunk.path === '/assets/shared-b.js')?.gzipBytes).toBe(gzipSync('export const x=1;'.repeat(50)).length);
  expect(totalGzipBytes(chunks)).toBe(chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0));
});

test('adds the lazy chunks of the route modules and their static imports, each file once', () => {
  const chunks = initialJs(dist, { lazyModules: ['src/portal/pages.ts'] });

  expect(chunks.map((chunk) => chunk.path)).toEqual(['/assets/index-a.js', '/assets/portal-d.js', '/assets/portal-part-e.js', '/assets/shared-b.js', '/assets/vendor-c.js']);
});

test('finds a chunk group of vite.config.ts by its name', () => {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  manifest['_portal-h.js'] = { file: 'assets/portal-h.js', name: 'portal', imports: ['index.html'] };
  write('assets/portal-h.js', 'the portal, grouped');
  write('.vite/manifest.json', JSON.stringify(manifest));

  expect(initialJs(dist, { lazyModules: ['portal'] }).map((chunk) => chunk.path)).toEqual(['/assets/index-a.js', '/assets/portal-h.js', '/assets/shared-b.js', '/assets/vendor-c.js']);
  expect(() => initialJs(dist, { lazyModules: ['nothing'] })).toThrow(/nothing is not a chunk/);
});

test('adds extra files that exist in the build', () => {
  const chunks = initialJs(dist, { files: ['mockServiceWorker.js', 'not-in-this-build.js'] });

  expect(chunks.map((chunk) => chunk.path)).toContain('/mockServiceWorker.js');
  expect(chunks.map((chunk) => chunk.path)).not.toContain('/not-in-this-build.js');
});

test('fails loudly when a route module is not a chunk of the build', () => {
  expect(() => initialJs(dist, { lazyModules: ['src/portal/Renamed.tsx'] })).toThrow(/src\/portal\/Renamed\.tsx is not a chunk/);
});
