/**
 * The import, off the main thread: the page posts the file's bytes, the worker posts progress (0–1) and then the
 * dataset and its report. KML uses @xmldom/xmldom here, as workers have no DOMParser. Cancel = terminate().
 */
import { importFile, type ImportOptions } from './importFile'
import type { ImportResult } from './types'
import { xmldomParser } from './xmldomParser'

export type ImportRequest = { bytes: Uint8Array } & Pick<
  ImportOptions,
  'fileName' | 'format' | 'dayMonthOrder' | 'sourceUrl' | 'mapping'
>
export type ImportReply =
  | { type: 'progress'; done: number }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; message: string }

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null
  postMessage: (reply: ImportReply) => void
}

scope.onmessage = (event) => {
  const { bytes, ...options } = event.data
  try {
    const result = importFile(bytes, {
      ...options,
      parseXml: xmldomParser,
      onProgress: (done) => {
        scope.postMessage({ type: 'progress', done })
      },
    })
    scope.postMessage({ type: 'done', result })
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
