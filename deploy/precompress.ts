/**
 * Brotli and gzip copies of the build's text files, made once at build time at the strongest
 * settings (`x.js.br`, `x.js.gz` beside `x.js`), which nginx serves as they are (brotli_static,
 * gzip_static in hub-portal.conf). Compressing per request, nginx runs gzip at level 1: the login
 * page's first chunk was 226.5 kB on the wire, its brotli copy is 163.7 kB, and on a phone on
 * Slow 4G every 10 kB is 50 ms (figures in docs/performance.md).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';
import { outDirOf } from './outDir.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE = /\.(js|css|svg|json|txt)$/;
/** What nginx would not compress either (gzip_min_length): the copy would not be smaller. */
const MIN_SIZE = 512;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      // Dot files and folders (.deploy.json, .vite/) are never served.
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
}

/**
 * Writes the copies of every compressible file in `dir`. index.html gets none: nginx writes each
 * response's CSP nonce into it (sub_filter), which works on the plain file only.
 */
export async function precompressFolder(dir: string): Promise<void> {
  const files = (await filesUnder(dir)).filter((file) => COMPRESSIBLE.test(file));
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      if (content.length < MIN_SIZE) return;
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
    }),
  );
}

/** The Vite plugin: precompresses the output folder once the build is written. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'hub:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = outDirOf(config);
    },
    async closeBundle() {
      await precompressFolder(outDir);
    },
  };
}
