/**
 * Builds the baseline app with the app's own Vite config (same plugins, same resolution),
 * only with this folder as root and its own output folder: `dist/perf-baseline`.
 */
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import appConfig from '../../../vite.config.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

export default mergeConfig(appConfig, {
  root: here,
  // The app's public/ holds the MSW worker; the baseline needs none of it.
  publicDir: false,
  build: { outDir: fileURLToPath(new URL('../../../dist/perf-baseline', import.meta.url)), emptyOutDir: true },
});
