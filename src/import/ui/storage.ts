/**
 * "Your data" survives a reload: the imported dataset and its report are kept in this browser's IndexedDB (never
 * sent anywhere) until the reader removes them.
 */
import type { ImportResult } from '../types'

const DB_NAME = 'frontera-your-data'
const STORE = 'imports'
const KEY = 'current'

export type SavedImport = ImportResult & { savedAt: string }

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

function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode)
        const request = action(transaction.objectStore(STORE))
        transaction.oncomplete = () => {
          db.close()
          resolve(request.result as T)
        }
        transaction.onerror = () => {
          db.close()
          reject(transaction.error ?? new Error('IndexedDB failed'))
        }
      }),
  )
}

export function saveImport(result: ImportResult): Promise<void> {
  const saved: SavedImport = { ...result, savedAt: new Date().toISOString() }
  return run<unknown>('readwrite', (store) => store.put(saved, KEY)).then(() => undefined)
}

export function loadImport(): Promise<SavedImport | undefined> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(undefined)
  return run<SavedImport | undefined>('readonly', (store) => store.get(KEY))
}

export function removeImport(): Promise<void> {
  return run<unknown>('readwrite', (store) => store.delete(KEY)).then(() => undefined)
}
