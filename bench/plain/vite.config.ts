// Builds the plain page (bench/plain/index.html) for scripts/bench.ts, which puts it beside the app's build as
// plain/ and measures it on the same data file (../data/frontera.json) and basemap (../basemap.json).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  // One chunk of about 740 kB is what the ordinary setup gives (no splitting): not worth a warning here.
  build: { emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 1000 },
})
