/// <reference types="vitest/config" />
import { defaultServerConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Tests only: react-router-dom's "node" export offers its ESM build only under "module-sync";
  // without it Vitest loads the CJS build, whose second copy of react-router makes react-admin
  // reject our <Route>s ("[Route] is not a <Route> component").
  ...(process.env.VITEST ? { resolve: { conditions: ['module-sync', ...defaultServerConditions] } } : {}),
  server: { port: 5173, strictPort: true },
  test: {
    environment: 'jsdom',
    // The mocked API base in tests is http://localhost:3000/api (see mocks/node.ts).
    environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
    globals: true,
    setupFiles: ['test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 20000,
  },
});
