/**
 * The JS a build makes every visitor of the login page download: the entry chunk(s) and module
 * preloads named in index.html, plus every chunk they import statically, transitively. Dynamically
 * imported chunks (`import(...)`) are left out (they are what code splitting defers), except the
 * ones the app starts loading at boot anyway (`atBoot`: in demo mode, the mock worker's chunk,
 * found through Vite's manifest) and extra files such as the service worker script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialChunk {
  /** Path from the build's root, as the browser asks for it: `/assets/index-abc.js`. */
  path: string;
  gzipBytes: number;
}

export interface LoadedAtBoot {
  /** Source modules the app imports dynamically at startup, e.g. `mocks/browser.ts`. */
  atBoot?: string[];
  /** Other files fetched at startup, from the build's root, e.g. `mockServiceWorker.js`. */
  files?: string[];
}

const htmlScripts = /<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g;
// Minified static imports and re-exports: `import{a as b}from"./x.js"`, `import"./x.js"`,
// `export{a}from"./x.js"`. Dynamic ones are `import(...)` and never match.
const staticImports = /\b(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?"(\.{1,2}\/[^"]+\.js)"/g;

const rooted = (path: string) => posix.normalize(`/${path.replace(/^\//, '')}`);

/** The chunk files of source modules, from `.vite/manifest.json` (build.manifest in vite.config.ts). */
function chunksOf(distDir: string, sources: string[]): string[] {
  if (sources.length === 0) return [];
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build with build.manifest`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string }>;
  return sources.map((source) => {
    const entry = manifest[source];
    if (!entry) throw new Error(`${source} is not a chunk of ${distDir} (see its .vite/manifest.json)`);
    return rooted(entry.file);
  });
}

export function initialJs(distDir: string, { atBoot = [], files = [] }: LoadedAtBoot = {}): InitialChunk[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const pending = [...[...html.matchAll(htmlScripts)].map((match) => rooted(match[1])), ...chunksOf(distDir, atBoot)];
  const chunks = new Map<string, InitialChunk>();
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (chunks.has(path)) continue;
    const code = readFileSync(join(distDir, path));
    chunks.set(path, { path, gzipBytes: gzipSync(code).length });
    for (const match of code.toString('utf8').matchAll(staticImports)) {
      pending.push(posix.join(dirname(path), match[1]));
    }
  }
  for (const file of files.map(rooted)) {
    if (existsSync(join(distDir, file))) chunks.set(file, { path: file, gzipBytes: gzipSync(readFileSync(join(distDir, file))).length });
  }
  return [...chunks.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export function totalGzipBytes(chunks: readonly InitialChunk[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
}
