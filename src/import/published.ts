/**
 * Published datasets: imported files a site publishes with its build (`public/datasets/<name>.json`, listed by the
 * build in `datasets/index.json`: scripts/publishedDatasets.ts), opened with `?dataset=<name>` — in the explorer and
 * in embeds. Only a name the index lists is ever fetched, and only from the site's own `datasets/` folder.
 */
import type { Dataset, Problem, YourDataInfo } from '../data/types'
import { showValue } from '../data/vocabulary'
import { importedDatasetFileSchema } from './profile'
import { importedToDatasetInSlices, type ShownImport } from './toDataset'
import type { ImportedDataset } from './types'

/** The dataset names a build may publish: also what `?dataset=` may name (no dots, slashes or other characters). */
export const DATASET_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export type PublishedIndex = { datasets: { name: string; title: string; attribution: string }[] }

export type Shown = { dataset: Dataset; info: YourDataInfo; problems: Problem[] }

/**
 * An imported dataset file (from storage or from the site) as what the app shows, with the banner's facts. Checked
 * and converted a slice at a time (importedToDatasetInSlices): 100,000 events never block the page for long.
 */
export async function showImported(
  file: unknown,
  source: { kind: 'yours' | 'published'; name: string },
  counts?: { rowsRead: number; skipped: number },
): Promise<Shown | null> {
  const imported = checkedFile(file)
  return imported ? shown(imported, await importedToDatasetInSlices(imported), source, counts) : null
}

function checkedFile(file: unknown): ImportedDataset | null {
  const checked = importedDatasetFileSchema.safeParse(file)
  return checked.success ? (checked.data as unknown as ImportedDataset) : null
}

function shown(
  imported: ImportedDataset,
  { dataset, dropped }: ShownImport,
  source: { kind: 'yours' | 'published'; name: string },
  counts?: { rowsRead: number; skipped: number },
): Shown {
  const info: YourDataInfo = {
    kind: source.kind,
    name: source.name,
    title: imported.title,
    ...(imported.intro && (imported.intro.text || imported.intro.links.length > 0)
      ? { intro: { text: imported.intro.text, links: imported.intro.links } }
      : {}),
    attribution: imported.attribution,
    ...(imported.licence ? { licence: imported.licence } : {}),
    fileName: imported.origin.fileName,
    format: imported.origin.format,
    ...(counts ? { rowsRead: counts.rowsRead, skipped: counts.skipped } : {}),
    imported: dataset.events.length,
    notOnMap: dataset.events.filter((event) => event.places.length === 0).length,
    notOnTimeline: dataset.events.filter((event) => event.when.undated).length,
  }
  const problems: Problem[] = dropped.map((row) => ({
    severity: 'error',
    row: row.locator,
    field: 'event',
    value: showValue(row.locator),
    message: `is not a valid imported event (${row.message}); it is not shown`,
  }))
  return { dataset, info, problems }
}

/** `?dataset=<name>`: the site's published dataset of that name, if its index lists it; null otherwise. */
export async function loadPublished(name: string, base: string): Promise<Shown | null> {
  if (!DATASET_NAME.test(name)) return null
  const indexResponse = await fetch(new URL('datasets/index.json', base))
  if (!indexResponse.ok) return null
  const index = (await indexResponse.json()) as unknown
  const listed =
    typeof index === 'object' &&
    index !== null &&
    Array.isArray((index as { datasets?: unknown }).datasets) &&
    (index as PublishedIndex).datasets.some((entry) => entry.name === name)
  if (!listed) return null
  const response = await fetch(new URL(`datasets/${name}.json`, base))
  if (!response.ok) return null
  return showImported(await response.json(), { kind: 'published', name })
}
