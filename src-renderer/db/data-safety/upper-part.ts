/**
 * Reading the upper part of a big table on a second connection (in a worker), so that two cores
 * deserialise a 100,000-record snapshot instead of one. This file is the reader's side, plain IndexedDB:
 * the worker runs it (upper-part.worker.ts), and tests run it in place on a second connection.
 *
 * In ONE read-only transaction the reader notes the stamp (the last key of the register journal, which
 * every write to the recommendations adds to, in its own transaction), picks the split key from the
 * table's keys, and reads every record from the split up, as JSON texts. The other side reads below the
 * split in its own transaction and compares stamps: equal stamps mean no write to the table committed
 * between the two snapshots, so the two parts are one consistent table.
 */
import { stringifyWithBytes } from '../../archive/binary-json'

/** What the other side asks for. */
export interface UpperPartRequest {
  type: 'read'
  database: string
  /** The schema version the other side has open: a reader that finds another refuses. */
  version: number
  table: string
  stampTable: string
  /** Where to split, as a share of the table's records read by the other side (0.5: half each). */
  lowerShare: number
  /** Below this many records the table is not split (the other side reads it all). */
  minRecords: number
  /** Records per chunk. */
  chunk: number
  /** The table holds no byte arrays: plain JSON serialises its records (faster than looking for some). */
  plainJson: boolean
}

/** What the reader says, in this order: started, split, chunks, done (or failed at any point). */
export type UpperPartMessage =
  | { type: 'started'; stamp: IDBValidKey | null }
  | { type: 'split'; split: IDBValidKey | null }
  | { type: 'chunk'; ids: IDBValidKey[]; texts: string[] }
  | { type: 'done' }
  | { type: 'failed'; message: string }

/** The key of the last record of a store, or null when it is empty. */
function lastKey(store: IDBObjectStore, then: (key: IDBValidKey | null) => void, fail: (error: unknown) => void): void {
  const request = store.openKeyCursor(null, 'prev')
  request.onsuccess = () => then(request.result ? (request.result.primaryKey as IDBValidKey) : null)
  request.onerror = () => fail(request.error)
}

/** Reads the upper part of `request.table` from an open connection, posting what it finds. */
export function readUpperPart(db: IDBDatabase, request: UpperPartRequest, post: (message: UpperPartMessage) => void): void {
  const fail = (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error ?? 'the read failed') })
  try {
    if (db.version !== request.version) return fail(new Error(`the database is at version ${db.version}, not ${request.version}`))
    const tx = db.transaction([request.table, request.stampTable], 'readonly')
    tx.onabort = () => fail(tx.error)
    const store = tx.objectStore(request.table)
    const serialise = request.plainJson ? (r: unknown) => JSON.stringify(r) : stringifyWithBytes
    const readFrom = (range: IDBKeyRange) => {
      const records = store.getAll(range, request.chunk)
      records.onerror = () => fail(records.error)
      records.onsuccess = () => {
        const found = records.result as Record<string, unknown>[]
        const last = found[found.length - 1]
        // Ask for the next chunk first: the engine fetches it while this one is serialised.
        if (found.length === request.chunk && last) readFrom(IDBKeyRange.lowerBound(last['id'] as IDBValidKey, true))
        post({ type: 'chunk', ids: found.map((r) => r['id'] as IDBValidKey), texts: found.map(serialise) })
        if (found.length < request.chunk) post({ type: 'done' })
      }
    }
    lastKey(
      tx.objectStore(request.stampTable),
      (stamp) => {
        post({ type: 'started', stamp })
        const keys = store.getAllKeys()
        keys.onerror = () => fail(keys.error)
        keys.onsuccess = () => {
          const all = keys.result
          const at = Math.floor(all.length * request.lowerShare)
          const split = all.length >= request.minRecords && at < all.length ? all[at]! : null
          post({ type: 'split', split })
          if (split === null) post({ type: 'done' })
          else readFrom(IDBKeyRange.lowerBound(split))
        }
      },
      fail
    )
  } catch (error) {
    fail(error)
  }
}
