import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// base './' keeps every asset URL relative, so the build works from the root or any sub-path.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
});
