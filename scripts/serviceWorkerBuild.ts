/**
 * Vite plugin: after the build, writes into dist/sw.js the list of built files to precache and a version hashed from
 * their contents. A new deployment therefore changes sw.js, which makes browsers install the new worker, fill a new
 * cache and drop the old one. The dev server is untouched (apply: 'build'), and nothing registers a worker there.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'

const WORKER_FILE = 'sw.js'
const MARKER = /^const BUILD = .*\/\/ @build-manifest$/mu

export type ServiceWorkerBuild = { version: string; files: string[] }

/** Written for readers who arrive from a link and for crawlers, not part of the app: not precached. */
const NOT_APP = /^(?:events\/|robots\.txt$|sitemap\.xml$)/u

/**
 * Every file of the build the browser can fetch, as paths relative to the base, sorted: not the worker itself, not
 * source maps, and not host configuration such as _headers or dotfiles, which static hosts do not serve (one missing
 * file would fail the whole precache). Nor the static event pages, their cards, robots.txt and sitemap.xml
 * (scripts/eventPages.ts): hundreds of files the app never needs; an event page is cached when it is visited.
 */
export function listBuiltFiles(outDir: string): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.push(relative(outDir, path).split(sep).join('/'))
    }
  }
  walk(outDir)
  return files
    .filter((file) => file !== WORKER_FILE && !file.endsWith('.map') && !file.endsWith('.gz'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('_') || part.startsWith('.')))
    .filter((file) => !NOT_APP.test(file))
    .sort()
}

export function buildManifest(outDir: string): ServiceWorkerBuild {
  const hash = createHash('sha256')
  const files = listBuiltFiles(outDir)
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(outDir, file)))
      .update('\0')
  return { version: hash.digest('hex').slice(0, 16), files }
}

/** Replaces the worker's marked BUILD line; throws when the line is missing, so the build never ships a dead worker. */
export function injectManifest(workerSource: string, manifest: ServiceWorkerBuild): string {
  if (!MARKER.test(workerSource))
    throw new Error(`${WORKER_FILE}: the "const BUILD = … // @build-manifest" line is missing`)
  return workerSource.replace(MARKER, () => `const BUILD = ${JSON.stringify(manifest)} // @build-manifest`)
}

export function serviceWorkerBuild(): Plugin {
  let outDir = 'dist'
  return {
    name: 'frontera:service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // closeBundle runs once everything, the public/ copy included, is written.
    closeBundle() {
      const workerPath = join(outDir, WORKER_FILE)
      const manifest = buildManifest(outDir)
      writeFileSync(workerPath, injectManifest(readFileSync(workerPath, 'utf8'), manifest))
      this.info(`${WORKER_FILE}: ${manifest.files.length} files to precache, version ${manifest.version}`)
    },
  }
}
