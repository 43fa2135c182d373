/**
 * "Your data" survives a reload: the imported dataset and its report are kept in this browser's IndexedDB (never
 * sent anywhere) until the reader removes them. Used by the import worker (it saves what it imported, so the page
 * never has to copy 100,000 events) and by the page (it reads them back).
 *
 * Layout: the record `current` holds the dataset without its events, the report, when it was saved and how many
 * chunks of events follow; the events are in records `current/events/0`, `current/events/1`, … of
 * EVENTS_PER_CHUNK each. Each chunk is read back in its own task, so reading 100,000 events never blocks the page
 * for long (one record of all of them took 0.3 s to read). A record saved before chunks (the whole dataset in
 * `current`) is still read.
 */
import type { ImportedDataset, ImportResult } from './types'

const DB_NAME = 'frontera-your-data'
const STORE = 'imports'
const KEY = 'current'
const CHUNK_PREFIX = `${KEY}/events/`
const EVENTS_PER_CHUNK = 2000

export type SavedImport = ImportResult & { savedAt: string }

type HeadRecord = SavedImport & { chunks?: number }

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1)
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE)
    }
    request.onsuccess = () => {
      resolve(request.result)
    }
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB is not available'))
    }
  })
}

/** Runs `action` in one transaction; resolves with what it returns once the transaction has completed. */
function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => () => T): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode)
        const result = action(transaction.objectStore(STORE))
        transaction.oncomplete = () => {
          db.close()
          resolve(result())
        }
        transaction.onerror = () => {
          db.close()
          reject(transaction.error ?? new Error('IndexedDB failed'))
        }
        transaction.onabort = () => {
          db.close()
          reject(transaction.error ?? new Error('IndexedDB stopped'))
        }
      }),
  )
}

const chunkRange = () => IDBKeyRange.bound(CHUNK_PREFIX, `${CHUNK_PREFIX}\uffff`)

export function saveImport(result: ImportResult): Promise<void> {
  const { events } = result.dataset
  const chunks = Math.ceil(events.length / EVENTS_PER_CHUNK)
  const head: HeadRecord = {
    dataset: { ...result.dataset, events: [] },
    report: result.report,
    savedAt: new Date().toISOString(),
    chunks,
  }
  return run('readwrite', (store) => {
    store.delete(chunkRange())
    store.put(head, KEY)
    for (let index = 0; index < chunks; index++)
      store.put(
        events.slice(index * EVENTS_PER_CHUNK, (index + 1) * EVENTS_PER_CHUNK),
        `${CHUNK_PREFIX}${index}`,
      )
    return () => undefined
  })
}

/**
 * The saved import without its events (cheap to read): what the dialog shows (title, attribution, report);
 * undefined when none is kept.
 */
export function loadImportSummary(): Promise<SavedImport | undefined> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(undefined)
  return run('readonly', (store) => {
    const request = store.get(KEY) as IDBRequest<HeadRecord | undefined>
    return () => {
      const head = request.result
      if (!head) return undefined
      const { chunks: _chunks, ...saved } = head
      return { ...saved, dataset: { ...saved.dataset, events: [] } }
    }
  })
}

/** The saved import with its events; undefined when none is kept (or a chunk is missing). */
export function loadImport(): Promise<SavedImport | undefined> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(undefined)
  return run('readonly', (store) => {
    const head = store.get(KEY) as IDBRequest<HeadRecord | undefined>
    const parts: unknown[][] = []
    let complete = true
    head.onsuccess = () => {
      const chunks = head.result?.chunks
      if (typeof chunks !== 'number') return
      // One request per chunk: each result is copied out of storage in its own task.
      for (let index = 0; index < chunks; index++) {
        const part = store.get(`${CHUNK_PREFIX}${index}`)
        part.onsuccess = () => {
          if (Array.isArray(part.result)) parts[index] = part.result as unknown[]
          else complete = false
        }
      }
    }
    return () => {
      const record = head.result
      if (!record) return undefined
      const { chunks, ...saved } = record
      if (typeof chunks !== 'number') return saved
      if (!complete || parts.length !== chunks) return undefined
      const events = parts.flat() as ImportedDataset['events']
      return { ...saved, dataset: { ...saved.dataset, events } }
    }
  })
}

export function removeImport(): Promise<void> {
  return run('readwrite', (store) => {
    store.delete(KEY)
    store.delete(chunkRange())
    return () => undefined
  })
}
