/**
 * The import, off the main thread: the page posts the file's bytes, the worker posts progress (0–1), saves the
 * dataset and its report in this browser (storage.ts), and posts the report and the dataset without its events: the
 * page never copies 100,000 events (that took a 0.3 s task to receive and a 0.4 s one to save). Where the worker
 * cannot save (no IndexedDB), it posts the whole dataset and says so. KML uses @xmldom/xmldom here, as workers have
 * no DOMParser. Cancel = terminate().
 */
import { importFile, type ImportOptions } from './importFile'
import { saveImport } from './storage'
import type { ImportResult } from './types'
import { xmldomParser } from './xmldomParser'

export type ImportRequest = { bytes: Uint8Array } & Pick<
  ImportOptions,
  'fileName' | 'format' | 'dayMonthOrder' | 'sourceUrl' | 'mapping'
>
export type ImportReply =
  | { type: 'progress'; done: number }
  /** `saved`: the events are in storage and `result.dataset.events` is empty; otherwise it has them all. */
  | { type: 'done'; result: ImportResult; saved: boolean }
  | { type: 'failed'; message: string }

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => Promise<void>) | null
  postMessage: (reply: ImportReply) => void
}

scope.onmessage = async (event) => {
  const { bytes, ...options } = event.data
  try {
    const result = importFile(bytes, {
      ...options,
      parseXml: xmldomParser,
      onProgress: (done) => {
        scope.postMessage({ type: 'progress', done })
      },
    })
    const saved = await saveImport(result).then(
      () => true,
      () => false,
    )
    scope.postMessage({
      type: 'done',
      result: saved ? { ...result, dataset: { ...result.dataset, events: [] } } : result,
      saved,
    })
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
