/**
 * Vite plugin: the datasets a newsroom publishes with the site. `npm run import` writes an imported file as
 * `public/datasets/<name>.json` (and its report); Vite copies public/ into the build, and this plugin then writes
 * `datasets/index.json`, the allow-list the app reads for `?dataset=<name>` (src/app/main.tsx): the names of the
 * datasets in the build that fit the imported profile, with their title and attribution. A file that does not fit
 * is left out of the list with a warning naming it; an empty list is written when there is none, so the app's
 * look-up never meets a 404.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { importedDatasetFileSchema } from '../src/import/profile'
import { DATASET_NAME, type PublishedIndex } from '../src/import/published'

export function indexPublishedDatasets(dir: string): { index: PublishedIndex; refused: string[] } {
  const index: PublishedIndex = { datasets: [] }
  const refused: string[] = []
  if (!existsSync(dir)) return { index, refused }
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json') || file.endsWith('.report.json') || file === 'index.json') continue
    const name = file.slice(0, -'.json'.length)
    let parsed: unknown
    try {
      parsed = JSON.parse(readFileSync(join(dir, file), 'utf8'))
    } catch (error) {
      refused.push(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`)
      continue
    }
    const checked = importedDatasetFileSchema.safeParse(parsed)
    if (!checked.success) {
      refused.push(`${file}: does not fit the imported profile (${checked.error.issues[0]?.message ?? ''})`)
      continue
    }
    if (!DATASET_NAME.test(name) || checked.data.name !== name) {
      refused.push(`${file}: its name must be the file's name, in lower-case letters, digits and hyphens`)
      continue
    }
    index.datasets.push({ name, title: checked.data.title, attribution: checked.data.attribution })
  }
  return { index, refused }
}

export function publishedDatasets(): Plugin {
  let outDir = 'dist'
  return {
    name: 'frontera:published-datasets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // closeBundle: the public/ copy (public/datasets/) is written by then.
    closeBundle() {
      const dir = join(outDir, 'datasets')
      const { index, refused } = indexPublishedDatasets(dir)
      for (const reason of refused)
        this.warn(`published datasets: ${reason}; left out of datasets/index.json`)
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'index.json'), `${JSON.stringify(index)}\n`)
      this.info(`published datasets: ${index.datasets.length} in datasets/index.json`)
    },
  }
}
