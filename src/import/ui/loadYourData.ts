/**
 * Opens "Your data" (`?dataset=yours`): the file imported in this browser, read back from IndexedDB, checked like any
 * input against the imported profile, and turned into the app's Dataset (toDataset.ts via published.ts). Loaded as
 * its own chunk, only when the link asks for it.
 */
import { YOUR_DATA } from '../../state/urlState'
import { showImported, type Shown } from '../published'
import { loadImport } from '../storage'

/** The saved import as the app's dataset; null when this browser keeps none (or what it keeps is not a dataset). */
export async function loadYourData(): Promise<Shown | null> {
  const saved = await loadImport().catch(() => undefined)
  if (!saved) return null
  // Storage is input like any file: the report's counts are used only if they are numbers.
  const summary = (saved.report as { summary?: { rowsRead?: unknown; skipped?: unknown } } | undefined)
    ?.summary
  const counts =
    typeof summary?.rowsRead === 'number' && typeof summary.skipped === 'number'
      ? { rowsRead: summary.rowsRead, skipped: summary.skipped }
      : undefined
  return showImported(saved.dataset, { kind: 'yours', name: YOUR_DATA }, counts)
}
