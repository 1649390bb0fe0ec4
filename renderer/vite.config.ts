import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * `npm run dev` only (Vite's dev server): the page's own CSP meta tag would block the reload
 * socket and the styles Vite injects; the main process sends the dev CSP as a header instead
 * (contentSecurityPolicy in electron/main/security.ts). Built files keep the meta tag.
 */
const devCspFromMainProcess: Plugin = {
  name: 'dwb-dev-csp-from-main-process',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

export default defineConfig({
  root: path.resolve(import.meta.dirname),
  base: './',
  plugins: [react(), devCspFromMainProcess],
  // The language check of long texts runs in a module worker (same origin: script-src 'self').
  worker: { format: 'es' },
  build: {
    outDir: path.resolve(import.meta.dirname, '../dist/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    // No inline scripts or data: modules, so the strict CSP holds.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
  },
});
