import { DATABASE_NAME } from '../../domain/stores'

/** Why the app must not touch its data: written by a newer version, or not openable at all. */
export type DatabaseProblem = { status: 'newer'; foundVersion: number; supportedVersion: number } | { status: 'failed'; message: string }

/** A copy of everything in the database, store by store, as plain JSON-compatible data. */
export interface RescueCopy {
  format: 'upr-desk-rescue'
  database: string
  idbVersion: number
  takenAt: string
  stores: Record<string, unknown[]>
}

/**
 * Reads every store of the database with raw IndexedDB, whatever its version, without upgrading or
 * changing anything: the way out when the app cannot open its data.
 */
export function readRescueCopy(name: string = DATABASE_NAME, factory: IDBFactory = indexedDB): Promise<RescueCopy> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name)
    // Opening without a version never upgrades an existing database; a missing one is created empty,
    // so abort that creation rather than leave an empty database behind.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onerror = () => reject(request.error ?? new Error('The database could not be read.'))
    request.onsuccess = () => {
      const idb = request.result
      const names = Array.from(idb.objectStoreNames)
      const copy: RescueCopy = {
        format: 'upr-desk-rescue',
        database: name,
        idbVersion: idb.version,
        takenAt: new Date().toISOString(),
        stores: {}
      }
      if (names.length === 0) {
        idb.close()
        resolve(copy)
        return
      }
      const tx = idb.transaction(names, 'readonly')
      for (const store of names) {
        const all = tx.objectStore(store).getAll()
        all.onsuccess = () => {
          copy.stores[store] = all.result as unknown[]
        }
      }
      tx.oncomplete = () => {
        idb.close()
        resolve(copy)
      }
      tx.onerror = () => {
        idb.close()
        reject(tx.error ?? new Error('The database could not be read.'))
      }
    }
  })
}

/** The rescue copy as UTF-8 JSON bytes, ready to save. */
export function encodeRescueCopy(copy: RescueCopy): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(copy, null, 1))
}
