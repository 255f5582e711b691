import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({ root: __dirname, plugins: [react()], resolve: { alias: process.env.RRPROD ? [{ find: /^react-router$/, replacement: '/work/main/node_modules/react-router/dist/production/index.mjs' }] : [] }, build: { outDir: '/tmp/exp', emptyOutDir: true, rolldownOptions: { input: { b: __dirname + '/b.html' } } } });
