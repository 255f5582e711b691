/**
 * The build's own record of what its web server must allow, written beside index.html as
 * `.deploy.json` (nginx never serves dot files): the API origin from the same VITE_API_URL the
 * app was built with, and, for a demo build, its service worker and the mail frame's style
 * hashes. `npm run serve:production` makes the CSP from it, so a build and its policy always agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { outDirOf } from './outDir.ts';

export const RECORD_FILE = '.deploy.json';

/**
 * Vite's html.cspNonce: the nonce attribute of index.html's tags and of its
 * `<meta property="csp-nonce">`, replaced per response by nginx (sub_filter, $request_id). The
 * app reads it from the meta tag for emotion's style elements (src/core/ui/emotionCache.ts).
 */
export const CSP_NONCE_PLACEHOLDER = '__HUB_CSP_NONCE__';

export interface BuildRecord {
  /** The origin of VITE_API_URL, for connect-src; null in a demo build (the API is in the page). */
  apiOrigin: string | null;
  /** A demo build registers MSW's service worker (worker-src 'self'). */
  serviceWorker: boolean;
  /** CSP hash sources of the style attributes the build shows in frames (the demo's mails). */
  styleAttributeHashes: string[];
}

/** `demo`: what a demo build needs beyond the product (computed only for a demo build). */
export function buildRecord({ demo }: { demo: () => Pick<BuildRecord, 'styleAttributeHashes'> }): Plugin {
  let outDir = 'dist';
  let apiUrl: string | undefined;
  return {
    name: 'hub:build-record',
    apply: 'build',
    configResolved(config) {
      outDir = outDirOf(config);
      apiUrl = config.env.VITE_API_URL || undefined;
    },
    writeBundle() {
      const record: BuildRecord = apiUrl
        ? { apiOrigin: new URL(apiUrl).origin, serviceWorker: false, styleAttributeHashes: [] }
        : { apiOrigin: null, serviceWorker: true, ...demo() };
      writeFileSync(join(outDir, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
    },
  };
}

/** The record of the build in `dist`; a clear error when `dist` is not a build of this app. */
export function readBuildRecord(dist: string): BuildRecord {
  try {
    return JSON.parse(readFileSync(join(dist, RECORD_FILE), 'utf8')) as BuildRecord;
  } catch {
    throw new Error(`${dist} holds no ${RECORD_FILE}: build the app first (npm run build).`);
  }
}
