import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { siteSchema } from './src/tab/config/site-schema.js';
import { inlineTokens } from './scripts/inline-tokens.js';
import { precompileStyles } from './scripts/precompile-styles.js';

/**
 * The Teams tab (src/tab) built to dist/tab with relative asset paths, so the server can serve it
 * under any path next to its /config.json. `npm run dev:tab` proxies /api, /graph and
 * /config.json to the local app server (TAB_DEV_BACKEND, default https://localhost:3978).
 */
const backend = process.env.TAB_DEV_BACKEND ?? 'https://localhost:3978';
const proxied = { target: backend, changeOrigin: true, secure: false };

/**
 * src/tab/config/site-schema.ts replaced by its value, computed here at build time (a broken
 * manifest fails the build), so the tab ships neither the manifest nor its validator.
 */
function siteSchemaForTab(): Plugin {
  const module = fileURLToPath(new URL('./src/tab/config/site-schema.ts', import.meta.url));
  return {
    name: 'aktivitetsplan-site-schema',
    load: (id) =>
      id === module ? `export const siteSchema = ${JSON.stringify(siteSchema)};` : undefined,
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./src/tab', import.meta.url)),
  base: './',
  plugins: [
    precompileStyles({
      root: fileURLToPath(new URL('./src/tab/', import.meta.url)),
      cacheDir: fileURLToPath(
        new URL('./node_modules/.cache/aktivitetsplan-styles', import.meta.url),
      ),
    }),
    inlineTokens(),
    react(),
    siteSchemaForTab(),
  ],
  build: {
    outDir: fileURLToPath(new URL('./dist/tab', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    /** dist/tab/.vite/manifest.json: chunks and their static/dynamic imports (bundle-size bench). */
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: {
        /**
         * graph-client 3.0.7 declares no `sideEffects` in its package.json, so its upload tasks,
         * chaos handler and the like would ship unused; none of its modules has side effects.
         */
        moduleSideEffects: [
          {
            test: /node_modules[\\/]@microsoft[\\/]microsoft-graph-client[\\/]/,
            sideEffects: false,
          },
        ],
      },
    },
  },
  server: {
    proxy: { '/api': proxied, '/graph': proxied, '/config.json': proxied },
  },
});
