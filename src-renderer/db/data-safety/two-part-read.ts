/**
 * Reads a big table in two parts at once: the lower part on this connection, in the caller's
 * transaction, the upper part on a second connection (a worker: upper-part.ts), so that two cores
 * deserialise the records. Both parts come out as JSON texts, one per record, in chunks as they are
 * read: each chunk in key order, the two parts' chunks interleaved.
 *
 * Consistency: each part is read in one read-only transaction, and each notes the stamp (the last key of
 * the register journal, to which every write to the recommendations adds an entry in its own
 * transaction). Equal stamps mean no write to the table committed between the two snapshots; otherwise
 * the read fails with SnapshotMovedError and the caller reads again in one transaction.
 */
import { stringifyWithBytes } from '../../archive/binary-json'
import type { UpperPartMessage, UpperPartRequest } from './upper-part'

/** Records as JSON texts, with their keys. */
export interface RecordTexts {
  ids: IDBValidKey[]
  texts: string[]
}

/** Someone who reads a table's upper part: a worker in the app, a second connection in tests. */
export interface UpperPartReader {
  start(request: UpperPartRequest, listener: (message: UpperPartMessage) => void): void
  stop(): void
}

/** Thrown when the table changed between the two parts' snapshots (read it again in one transaction). */
export class SnapshotMovedError extends Error {
  constructor() {
    super('The data changed while it was being read; it is read again.')
    this.name = 'SnapshotMovedError'
  }
}

/** Thrown when the second reader could not help (no worker, it failed or did not start). */
export class UpperPartUnavailableError extends Error {
  constructor(message: string) {
    super(`The second reader could not read: ${message}`)
    this.name = 'UpperPartUnavailableError'
  }
}

/** A reader in a worker, or null where the platform has no workers (Node, tests). */
export function workerUpperPartReader(): UpperPartReader | null {
  if (typeof Worker === 'undefined' || typeof document === 'undefined') return null
  let worker: Worker | null = null
  return {
    start(request, listener) {
      worker = new Worker(new URL('./upper-part.worker.ts', import.meta.url), { type: 'module' })
      worker.onmessage = (event: MessageEvent<UpperPartMessage>) => listener(event.data)
      worker.onerror = (event) => listener({ type: 'failed', message: event.message || 'the reader worker stopped' })
      worker.postMessage(request)
    },
    stop() {
      worker?.terminate()
      worker = null
    }
  }
}

export interface TwoPartOptions {
  table: string
  stampTable: string
  /** Below this many records the table is read here alone. */
  minRecords: number
  chunk: number
  /** The share of the records read here (this side also does the caller's other work). */
  lowerShare: number
  /** The table holds no byte arrays (plain JSON serialises it). */
  plainJson: boolean
  /** How long the second reader may take to start (ms). */
  startTimeoutMs: number
  /** Called once the second reader's transaction is active: a transaction created after this comes after it. */
  onStarted?: () => void
}

/** The key of the last record of a store, or null (callbacks, so the transaction stays active). */
function lastKey(store: IDBObjectStore, then: (key: IDBValidKey | null) => void, fail: (error: Error) => void): void {
  const request = store.openKeyCursor(null, 'prev')
  request.onsuccess = () => then(request.result ? (request.result.primaryKey as IDBValidKey) : null)
  request.onerror = () => fail(request.error ?? new Error('the read failed'))
}

function sameStamp(a: IDBValidKey | null, b: IDBValidKey | null): boolean {
  return a === null || b === null ? a === b : indexedDB.cmp(a, b) === 0
}

/**
 * Reads `options.table` in two parts; `emit` receives the records as JSON texts, chunk by chunk as each
 * part reads them (interleaved). Resolves with the stamp once everything has been
 * emitted; rejects with SnapshotMovedError or UpperPartUnavailableError (the caller reads again).
 * `tx` is active, read-only or read-write, and includes the table and the stamp table.
 */
export function readInTwoParts(tx: IDBTransaction, database: IDBDatabase, reader: UpperPartReader, options: TwoPartOptions, emit: (part: RecordTexts) => void): Promise<IDBValidKey | null> {
  return new Promise<IDBValidKey | null>((resolve, reject) => {
    let settled = false
    const finish = (error: Error | null, stamp: IDBValidKey | null = null) => {
      if (settled) return
      settled = true
      clearTimeout(startTimer)
      reader.stop()
      if (error) reject(error)
      else resolve(stamp)
    }
    let lowerStamp: IDBValidKey | null | undefined
    let upperStamp: IDBValidKey | null | undefined
    let split: IDBValidKey | null | undefined
    let lowerDone = false
    let upperDone = false
    let wholeHere = false
    // The last key this side has handed on, and the key up to which the reader's records are dropped.
    let lowerLast: IDBValidKey | undefined
    let upperFloor: IDBValidKey | undefined
    const check = () => {
      if (settled || !lowerDone) return
      if (wholeHere) return finish(null, lowerStamp ?? null)
      if (!upperDone) return
      if (!sameStamp(lowerStamp ?? null, upperStamp ?? null)) return finish(new SnapshotMovedError())
      finish(null, lowerStamp ?? null)
    }
    const startTimer = setTimeout(() => finish(new UpperPartUnavailableError('it did not start in time')), options.startTimeoutMs)

    reader.start(
      {
        type: 'read',
        database: database.name,
        version: database.version,
        table: options.table,
        stampTable: options.stampTable,
        lowerShare: options.lowerShare,
        minRecords: options.minRecords,
        chunk: options.chunk,
        plainJson: options.plainJson
      },
      (message) => {
        if (settled) return
        switch (message.type) {
          case 'started':
            clearTimeout(startTimer)
            upperStamp = message.stamp
            options.onStarted?.()
            return
          case 'split':
            split = message.split
            if (split === null) wholeHere = true
            // This side may already have read past the split: the reader's records up to there are dropped.
            else if (lowerLast !== undefined && indexedDB.cmp(lowerLast, split) >= 0) upperFloor = lowerLast
            return check()
          case 'chunk': {
            if (wholeHere) return
            if (upperFloor === undefined) return emit({ ids: message.ids, texts: message.texts })
            const floor = upperFloor
            const keep = message.ids.map((id) => indexedDB.cmp(id, floor) > 0)
            return emit({ ids: message.ids.filter((_, i) => keep[i]), texts: message.texts.filter((_, i) => keep[i]) })
          }
          case 'done':
            upperDone = true
            return check()
          case 'failed':
            // A reader that failed once this side reads everything does not matter.
            if (wholeHere) return
            return finish(new UpperPartUnavailableError(message.message))
        }
      }
    )

    const store = tx.objectStore(options.table)
    const serialise = options.plainJson ? (r: unknown) => JSON.stringify(r) : stringifyWithBytes
    const below = (id: IDBValidKey) => split === undefined || split === null || indexedDB.cmp(id, split) < 0
    const read = (after: IDBValidKey | undefined) => {
      const range =
        split === undefined || split === null
          ? after === undefined
            ? undefined
            : IDBKeyRange.lowerBound(after, true)
          : after === undefined
            ? IDBKeyRange.upperBound(split, true)
            : IDBKeyRange.bound(after, split, true, true)
      const request = store.getAll(range, options.chunk)
      request.onerror = () => finish(request.error ?? new Error('the read failed'))
      request.onsuccess = () => {
        if (settled) return
        const found = request.result as Record<string, unknown>[]
        const kept = found.filter((r) => below(r['id'] as IDBValidKey))
        const last = found[found.length - 1]
        const more = found.length === options.chunk && kept.length === found.length && last !== undefined
        if (more) read(last['id'] as IDBValidKey)
        const lastKept = kept[kept.length - 1]
        if (lastKept) lowerLast = lastKept['id'] as IDBValidKey
        emit({ ids: kept.map((r) => r['id'] as IDBValidKey), texts: kept.map(serialise) })
        if (more) return
        lowerDone = true
        // The end of the table was reached before the split was known: this side read it all.
        if (kept.length === found.length && (split === undefined || split === null)) wholeHere = true
        check()
      }
    }
    const fail = (error: unknown) => finish(error instanceof Error ? error : new Error(String(error)))
    try {
      lastKey(
        tx.objectStore(options.stampTable),
        (stamp) => {
          lowerStamp = stamp
          try {
            read(undefined)
          } catch (error) {
            fail(error)
          }
        },
        fail
      )
    } catch (error) {
      fail(error)
    }
  })
}
