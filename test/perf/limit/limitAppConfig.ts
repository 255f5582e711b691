/**
 * The Vite config of a limit app: React's plugin, production mode, the API origin from
 * VITE_API_URL (Vite's own env mechanism), and what the production server needs to serve it:
 * the build record (deploy/buildRecord.ts: the CSP's connect-src), the CSP nonce placeholder and
 * the precompressed copies (deploy/precompress.ts).
 * The bench chooses the output folder (--outDir). Nothing of the Hub's own config, so the app
 * stays "React 19 + MUI 7 and nothing else" (the stack limit: and what its main.tsx names).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { buildRecord, CSP_NONCE_PLACEHOLDER } from '../../../deploy/buildRecord.ts';
import { precompress } from '../../../deploy/precompress.ts';

export function limitAppConfig(app: 'login' | 'contracts' | 'stack') {
  return defineConfig({
    root: fileURLToPath(new URL(app, import.meta.url)),
    mode: 'production',
    publicDir: false,
    plugins: [
      react(),
      buildRecord({
        demo: () => {
          throw new Error(`The limit ${app} app talks to a real API: build it with VITE_API_URL.`);
        },
      }),
      precompress(),
    ],
    html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  });
}
