/** What the browser tests compare against: the bundled dataset as built, validated by the app's own validator. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatDateSpan } from '../../src/data/formatDate'
import { placeNames } from '../../src/data/localize'
import type { Dataset, Lang } from '../../src/data/types'
import { validateDataset } from '../../src/data/validateDataset'

export function readBuiltDatasetFile(dist = 'dist'): Record<string, unknown> {
  const path = join(dist, 'data/frontera.json')
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" before the browser tests`)
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
}

export function builtDataset(): Dataset {
  return validateDataset(readBuiltDatasetFile()).dataset
}

export type ExpectedRow = { id: string; title: string; date: string; place: string }

export function expectedRows(dataset: Dataset, lang: Lang): ExpectedRow[] {
  return dataset.events.map((event) => ({
    id: event.id,
    title: event.title[lang],
    date: formatDateSpan(event.when, lang),
    place: placeNames(event.places, lang),
  }))
}

/** A copy of dist/ whose dataset is replaced, for tests that need other data. */
export function distWithDataset(dataset: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontera-dist-'))
  cpSync('dist', dir, { recursive: true })
  writeFileSync(join(dir, 'data/frontera.json'), JSON.stringify(dataset))
  // The build's precompressed twin is of the bundled dataset: remove it, so the server cannot send it for this one.
  rmSync(join(dir, 'data/frontera.json.gz'), { force: true })
  return dir
}
