import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './src/pwa/precompress';

// base './' keeps every asset URL relative, so the build works from the root or any sub-path; the service
// worker's scope is './' too, so it controls exactly the folder the app is served from.
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    VitePWA({
      registerType: 'prompt',
      // Registered by src/pwa/serviceWorkerUpdates after the first data load, never by an inline script (CSP).
      injectRegister: null,
      manifest: false,
      workbox: {
        // The app, the engine build current browsers select (eh: WebAssembly exceptions) and every data file.
        // The mvp build is for browsers without wasm exceptions; it stays on the host for them, online only.
        globPatterns: ['**/*.{js,css,html,svg,json,parquet,txt}', 'assets/duckdb-eh-*.wasm'],
        globIgnores: ['**/node_modules/**', 'assets/duckdb-browser-mvp.worker-*.js'],
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/data\//, /\/assets\//],
        cleanupOutdatedCaches: true,
      },
    }),
    precompress(),
  ],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
});
