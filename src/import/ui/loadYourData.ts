/**
 * Opens "Your data" (`?dataset=yours`): the file imported in this browser, read back from IndexedDB, checked like any
 * input against the imported profile, and turned into the app's Dataset (toDataset.ts). Loaded as its own chunk, only
 * when the link asks for it.
 */
import type { Dataset, Problem, YourDataInfo } from '../../data/types'
import { showValue } from '../../data/vocabulary'
import { assignCategoryStyles } from '../../ui/categoryStyle'
import { importedDatasetFileSchema } from '../profile'
import { importedToDataset } from '../toDataset'
import { loadImport } from './storage'

export type YourData = { dataset: Dataset; info: YourDataInfo; problems: Problem[] }

/** The saved import as the app's dataset; null when this browser keeps none (or what it keeps is not a dataset). */
export async function loadYourData(): Promise<YourData | null> {
  const saved = await loadImport().catch(() => undefined)
  if (!saved) return null
  const checked = importedDatasetFileSchema.safeParse(saved.dataset)
  if (!checked.success) return null
  const imported = saved.dataset
  const { dataset, dropped } = importedToDataset(imported)
  assignCategoryStyles(dataset.categories.map((category) => category.id))
  const summary = saved.report.summary
  const info: YourDataInfo = {
    title: imported.title,
    attribution: imported.attribution,
    ...(imported.licence ? { licence: imported.licence } : {}),
    fileName: imported.origin.fileName,
    format: imported.origin.format,
    rowsRead: summary.rowsRead,
    imported: dataset.events.length,
    skipped: summary.skipped,
    notOnMap: dataset.events.filter((event) => event.places.length === 0).length,
    notOnTimeline: dataset.events.filter((event) => event.when.undated).length,
  }
  const problems: Problem[] = dropped.map((row) => ({
    severity: 'error',
    row: row.locator,
    field: 'event',
    value: showValue(row.locator),
    message: `was kept in this browser but is not a valid imported event (${row.message}); it is not shown`,
  }))
  return { dataset, info, problems }
}
