/**
 * Builds the baseline app with the app's own Vite config (same plugins, same chunking, same
 * build record and CSP nonce for the production server), only with this folder as root. The
 * bench chooses the output folder (--outDir) and the API (VITE_API_URL).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import appConfig from '../../../vite.config.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig((env) => mergeConfig(appConfig(env), { root: here, publicDir: false }));
