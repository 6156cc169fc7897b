import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app (public pages and the volunteer dashboard): root `web/`, built into `dist/web`,
 * which the server serves. Pages are split per route with React.lazy. The build must not emit
 * inline scripts: the Content-Security-Policy allows scripts from our own origin only.
 */
export default defineConfig({
  root: 'web',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The polyfill would be bundled anyway; every browser we support has modulepreload.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
