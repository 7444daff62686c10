import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { generatedPublicDir } from './scripts/lib/db/paths.ts';

export default defineConfig({
  plugins: [svelte()],
  base: './',
  // Written by scripts/snapshot.ts (first step of `npm run build`): data/ with the DuckDB files and
  // snapshot.json for ATLAS_DATA_DIR, plus anything in ./public.
  publicDir: generatedPublicDir(),
  build: { target: 'es2022', chunkSizeWarningLimit: 1000 },
  worker: { format: 'es' },
});
