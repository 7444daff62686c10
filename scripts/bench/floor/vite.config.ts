import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { generatedPublicDir } from '../../lib/db/paths.ts';

// The floor page: same base, public data dir (ATLAS_DATA_DIR) and worker format as the app's build.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: generatedPublicDir(),
  build: { target: 'es2022', chunkSizeWarningLimit: 1000, emptyOutDir: true },
  worker: { format: 'es' },
  logLevel: 'warn',
});
