/** Starts an import in a Web Worker; progress as it goes, a promise for the result, and cancel (terminates it). */
import type { ImportReply, ImportRequest } from '../worker'
import type { ImportResult } from '../types'

/** `saved`: the worker kept it in storage, and `result.dataset.events` is empty (storage has them). */
export type WorkerImport = { result: ImportResult; saved: boolean }
export type RunningImport = { result: Promise<WorkerImport>; cancel: () => void }

export class ImportCancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'ImportCancelled'
  }
}

export function runInWorker(request: ImportRequest, onProgress: (done: number) => void): RunningImport {
  const worker = new Worker(new URL('../worker.ts', import.meta.url), {
    type: 'module',
    name: 'frontera-import',
  })
  let settle: { reject: (error: Error) => void } | undefined
  const result = new Promise<WorkerImport>((resolve, reject) => {
    settle = { reject }
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data
      if (reply.type === 'progress') onProgress(reply.done)
      else {
        worker.terminate()
        if (reply.type === 'done') resolve({ result: reply.result, saved: reply.saved })
        else reject(new Error(reply.message))
      }
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'the import stopped'))
    }
  })
  // The bytes are transferred, not copied.
  worker.postMessage(request, [request.bytes.buffer])
  return {
    result,
    cancel: () => {
      worker.terminate()
      settle?.reject(new ImportCancelled())
    },
  }
}
