/** The build's compressed copies: every served text file big enough, never the page or dot files. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressFolder } from './precompress';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
});

const script = 'export const greeting = "hallo wereld";\n'.repeat(100);

function write(path: string, text: string) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

it('writes a brotli and a gzip copy that decode to the file', async () => {
  write('assets/index-abc.js', script);
  write('assets/index-abc.css', script);
  await precompressFolder(dir);
  for (const file of ['assets/index-abc.js', 'assets/index-abc.css']) {
    expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).toString()).toBe(script);
    expect(readFileSync(join(dir, `${file}.br`)).length).toBeLessThan(readFileSync(join(dir, `${file}.gz`)).length);
  }
});

it('leaves the page (its nonce is written per response), small files, images and dot files alone', async () => {
  write('index.html', `<html>${script}</html>`);
  write('assets/tiny.js', 'export {};');
  write('logo.png', script);
  write('.deploy.json', JSON.stringify({ padding: script }));
  write('.vite/manifest.json', JSON.stringify({ padding: script }));
  await precompressFolder(dir);
  for (const file of ['index.html', 'assets/tiny.js', 'logo.png', '.deploy.json', '.vite/manifest.json']) {
    expect(existsSync(join(dir, `${file}.br`)), file).toBe(false);
    expect(existsSync(join(dir, `${file}.gz`)), file).toBe(false);
  }
});
