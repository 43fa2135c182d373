import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { eventPages } from './scripts/eventPages'
import { importOriginsBuild } from './scripts/importOriginsBuild'
import { precompress } from './scripts/precompress'
import { prerender } from './scripts/prerender'
import { publishedDatasets } from './scripts/publishedDatasets'
import { serviceWorkerBuild } from './scripts/serviceWorkerBuild'
import { unusedCss } from './scripts/unusedCss'

// BASE_PATH lets the build be served from any sub-path of a static host (default: relative, works anywhere).
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  // eventPages, publishedDatasets, importOriginsBuild and prerender before the service worker and precompression: their
  // closeBundle hooks see the files these write.
  plugins: [
    react(),
    unusedCss(),
    eventPages(),
    publishedDatasets(),
    importOriginsBuild(),
    prerender(),
    serviceWorkerBuild(),
    precompress(),
  ],
  build: { target: 'es2022', sourcemap: false },
  // vis-timeline's HTML filter is replaced by one that escapes everything (src/timeline/escapeAllHtml.ts).
  resolve: { alias: { xss: fileURLToPath(new URL('./src/timeline/escapeAllHtml.ts', import.meta.url)) } },
  preview: { port: 4173, strictPort: false },
})
