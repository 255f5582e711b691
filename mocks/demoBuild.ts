/**
 * What only a demo build (no VITE_API_URL) ships of the mock Hub: MSW's service worker
 * (mockServiceWorker.js, kept in mocks/public/ where `msw init` writes it, see package.json's
 * msw.workerDirectory), served by the dev server and emitted into demo builds only. A build for
 * a real API gets no file of the mock at all.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const WORKER_NAME = 'mockServiceWorker.js';
const workerSource = () => readFileSync(new URL(`public/${WORKER_NAME}`, import.meta.url));

export function isDemoBuild(env: Record<string, string>): boolean {
  return !env.VITE_API_URL;
}

export function demoServiceWorker(): Plugin {
  let demo = true;
  return {
    name: 'hub:demo-service-worker',
    configResolved(config) {
      demo = isDemoBuild(config.env);
    },
    configureServer(server) {
      server.middlewares.use(`/${WORKER_NAME}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(workerSource());
      });
    },
    generateBundle() {
      if (demo) this.emitFile({ type: 'asset', fileName: WORKER_NAME, source: workerSource() });
    },
  };
}
