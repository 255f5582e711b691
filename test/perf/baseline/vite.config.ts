/**
 * Builds the baseline app with the app's own Vite config (same plugins, same resolution),
 * only with this folder as root and its own output folder: `dist/perf-baseline`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import appConfig from '../../../vite.config.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig((env) =>
  mergeConfig(appConfig(env), {
    root: here,
    publicDir: false,
    build: { outDir: fileURLToPath(new URL('../../../dist/perf-baseline', import.meta.url)), emptyOutDir: true },
  }),
);
