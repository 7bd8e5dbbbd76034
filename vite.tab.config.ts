import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The Teams tab (src/tab) built to dist/tab with relative asset paths, so the server can serve it
 * under any path next to its /config.json. `npm run dev:tab` proxies /api, /graph and
 * /config.json to the local app server (TAB_DEV_BACKEND, default https://localhost:3978).
 */
const backend = process.env.TAB_DEV_BACKEND ?? 'https://localhost:3978';
const proxied = { target: backend, changeOrigin: true, secure: false };

export default defineConfig({
  root: fileURLToPath(new URL('./src/tab', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/tab', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    /** dist/tab/.vite/manifest.json: chunks and their static/dynamic imports (bundle-size bench). */
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': proxied, '/graph': proxied, '/config.json': proxied },
  },
});
