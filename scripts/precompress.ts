/**
 * Precompression, as a static host does it (nginx `gzip_static`, most CDNs): every compressible file of the build gets
 * a `.gz` twin, written once at build time, so the server sends compressed bytes without compressing on each request.
 * Used as a Vite plugin (vite.config.ts) and by the benchmark for its synthetic datasets. scripts/staticServer.ts
 * serves a twin only while it is at least as new as its file.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Plugin, ResolvedConfig } from 'vite'
import { COMPRESSIBLE } from './staticServer'

/** Below this, gzip saves too little to be worth a second file. */
const MIN_BYTES = 1024

/** Writes `<file>.gz` next to the file (gzip level 9). */
export function writeGzipTwin(path: string, content: Buffer | string = readFileSync(path)): void {
  writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }))
}

/** Every compressible file under `dir` (recursively) of at least MIN_BYTES gets its `.gz` twin. */
export function precompressDir(dir: string): number {
  let count = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) count += precompressDir(path)
    else if (COMPRESSIBLE.has(extname(entry.name)) && statSync(path).size >= MIN_BYTES) {
      writeGzipTwin(path)
      count++
    }
  }
  return count
}

export function precompress(): Plugin {
  let config: ResolvedConfig | undefined
  return {
    name: 'frontera-precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    closeBundle() {
      if (!config) return
      precompressDir(
        config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir),
      )
    },
  }
}
