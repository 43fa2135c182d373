/**
 * Downloads the events that pass the current filters as CSV or as dataset JSON. Loaded on demand (dynamic import)
 * by the header's export buttons, so none of this is in the first bundle.
 */
import type { Dataset, EventRecord, Lang } from '../data/types'
import { toCsv } from './toCsv'
import { toDatasetFile } from './toDatasetJson'

export type ExportFormat = 'csv' | 'json'

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = '\uFEFF'
/** Long enough for every browser to have started the download before the object URL goes away. */
const REVOKE_AFTER_MS = 10_000

export function exportFileName(format: ExportFormat, now: Date): string {
  return `frontera-events-${now.toISOString().slice(0, 10)}.${format}`
}

export function exportSelection(
  format: ExportFormat,
  events: readonly EventRecord[],
  dataset: Pick<Dataset, 'categories' | 'actors'>,
  lang: Lang,
  now = new Date(),
): void {
  const blob =
    format === 'csv'
      ? new Blob([BOM, toCsv(events, lang, dataset.actors)], { type: 'text/csv;charset=utf-8' })
      : new Blob([JSON.stringify(toDatasetFile(events, dataset, now), null, 2)], {
          type: 'application/json',
        })
  downloadBlob(blob, exportFileName(format, now))
}

/** Saves a blob through a temporary link; the object URL is revoked once the download has started. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, REVOKE_AFTER_MS)
}
