import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The reference page builds on its own, into bench/dist-reference, and is never part of the app's build.
export default defineConfig({
  root: resolve(import.meta.dirname, 'reference'),
  base: './',
  publicDir: resolve(import.meta.dirname, '..', 'public'),
  build: { outDir: resolve(import.meta.dirname, 'dist-reference'), emptyOutDir: true, target: 'es2022' },
  worker: { format: 'es' },
});
