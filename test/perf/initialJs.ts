/**
 * The JS a build makes every visitor download before anything else: the entry chunk(s) and
 * module preloads named in index.html, plus every chunk they import statically, transitively.
 * Dynamically imported chunks (`import(...)`) are left out: they are what code splitting defers.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialChunk {
  /** Path from the build's root, as the browser asks for it: `/assets/index-abc.js`. */
  path: string;
  gzipBytes: number;
}

const htmlScripts = /<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g;
// Minified static imports and re-exports: `import{a as b}from"./x.js"`, `import"./x.js"`,
// `export{a}from"./x.js"`. Dynamic ones are `import(...)` and never match.
const staticImports = /\b(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?"(\.{1,2}\/[^"]+\.js)"/g;

export function initialJs(distDir: string): InitialChunk[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const pending = [...html.matchAll(htmlScripts)].map((match) => posix.normalize(`/${match[1].replace(/^\//, '')}`));
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
  return [...chunks.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export function totalGzipBytes(chunks: readonly InitialChunk[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
}
