/** What the browser tests compare against: the bundled dataset as built, validated by the app's own validator. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateSyntheticDataset, readBaseData } from '../../scripts/generateSynthetic'
import { formatDateSpan } from '../../src/data/formatDate'
import { placeNames } from '../../src/data/localize'
import type { Dataset, EventRecord, Lang } from '../../src/data/types'
import { validateDataset } from '../../src/data/validateDataset'
import { openPage, serveBuild, type Watched } from './harness'
import type { BrowserSuite } from './suite'

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

/**
 * A copy of dist/ serving `size` synthetic events (the bundled file's categories, actors and periods; no stories), and
 * a watched page for it at 1280 × 800 under reduced motion (not yet navigated): `test` gets them with the validated
 * events and the served URL; then the page, the server and the copy are closed and removed.
 */
export async function withSyntheticBuild(
  suite: BrowserSuite,
  size: number,
  seed: number,
  test: (built: { events: readonly EventRecord[]; watched: Watched; url: string }) => Promise<void>,
): Promise<void> {
  const file = {
    ...readBuiltDatasetFile(),
    stories: [],
    ...generateSyntheticDataset(size, seed, readBaseData('data')),
  }
  const { events } = validateDataset(JSON.parse(JSON.stringify(file))).dataset
  if (events.length !== size) throw new Error(`${size} synthetic events validated as ${events.length}`)
  const dir = distWithDataset(file)
  const local = await serveBuild(dir)
  const watched = await openPage(suite.browser, local.url, {
    width: 1280,
    height: 800,
    reducedMotion: 'reduce',
  })
  suite.watched.push(watched)
  try {
    await test({ events, watched, url: local.url })
  } finally {
    // The page first: left open on a closed server, it fails what it still asks for (its service worker).
    await watched.context.close()
    await local.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
