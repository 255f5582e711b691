/**
 * The JS a route of a build makes its visitor download, from Vite's `.vite/manifest.json`
 * (build.manifest in vite.config.ts), keyed by source path: the entry chunk (`isEntry`), the lazy
 * chunks of the route's source modules, and every chunk those import statically (`imports`),
 * transitively. Dynamic imports (`dynamicImports`) are what code splitting defers: only the ones
 * named are counted. Extra files, such as the demo's service worker script, can be added.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialChunk {
  /** Path from the build's root, as the browser asks for it: `/assets/index-abc.js`. */
  path: string;
  gzipBytes: number;
}

export interface RouteJs {
  /**
   * The lazy chunks the route loads beside the entry: each by its source module (a manifest key,
   * e.g. `mocks/browser.ts`) or, for a chunk group of vite.config.ts, by the group's name (`portal`).
   */
  lazyModules?: string[];
  /** Other files the route fetches, from the build's root, e.g. `mockServiceWorker.js`. */
  files?: string[];
}

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
}

function readManifest(distDir: string): Record<string, ManifestChunk> {
  const path = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build with build.manifest`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
}

function gzipped(distDir: string, file: string): InitialChunk {
  return { path: `/${file}`, gzipBytes: gzipSync(readFileSync(join(distDir, file))).length };
}

export function initialJs(distDir: string, { lazyModules = [], files = [] }: RouteJs = {}): InitialChunk[] {
  const manifest = readManifest(distDir);
  const lazyKeys = lazyModules.map((source) => {
    const key = manifest[source] ? source : Object.keys(manifest).find((candidate) => !manifest[candidate].isEntry && manifest[candidate].name === source);
    if (!key) throw new Error(`${source} is not a chunk of ${distDir} (see its .vite/manifest.json)`);
    return key;
  });
  const pending = [...Object.keys(manifest).filter((key) => manifest[key].isEntry), ...lazyKeys];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const key = pending.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    pending.push(...(manifest[key].imports ?? []));
  }
  const chunks = [...seen].map((key) => gzipped(distDir, manifest[key].file));
  const extras = files.filter((file) => existsSync(join(distDir, file))).map((file) => gzipped(distDir, file));
  return [...chunks, ...extras].sort((a, b) => a.path.localeCompare(b.path));
}

export function totalGzipBytes(chunks: readonly InitialChunk[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
}
