/**
 * Watches every read-write transaction of the database (a Dexie middleware): when one commits, the
 * change counter counts it; when one fails because the disk or the browser's quota is full, the app
 * says so with a way out. Registered once in the database's constructor, before it opens.
 */
import type { DBCore, Dexie, Middleware } from 'dexie'

/** A read-write transaction that ended. */
export type WriteEvent =
  | { kind: 'committed'; tables: readonly string[] }
  | { kind: 'failed'; tables: readonly string[]; error: unknown; quota: boolean }

type Listener = (event: WriteEvent) => void

const listeners = new WeakMap<Dexie, Set<Listener>>()

/** Subscribes to the end of every read-write transaction of `db`; returns the unsubscribe function. */
export function watchWrites(db: Dexie, listener: Listener): () => void {
  const set = listeners.get(db) ?? new Set<Listener>()
  listeners.set(db, set)
  set.add(listener)
  return () => set.delete(listener)
}

/** True for a "storage full" error: IndexedDB's QuotaExceededError, also when Dexie wraps it. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const name = (e as { name?: unknown }).name
    if (name === 'QuotaExceededError') return true
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause
  }
  return false
}

function notify(db: Dexie, event: WriteEvent): void {
  for (const listener of listeners.get(db) ?? []) {
    try {
      listener(event)
    } catch (error) {
      console.error('[write-watch] a listener failed', error)
    }
  }
}

/** The middleware for `db` (the core transaction of Dexie's IndexedDB adapter is the IDBTransaction). */
export function writeWatchMiddleware(db: Dexie): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'write-watch',
    create: (down) => ({
      ...down,
      // A request refused at once (the engine says the quota is reached as it stores a value).
      table(name) {
        const table = down.table(name)
        return {
          ...table,
          mutate: (req) =>
            table.mutate(req).catch((error: unknown) => {
              if (isQuotaError(error)) notify(db, { kind: 'failed', tables: [name], error, quota: true })
              throw error
            })
        }
      },
      // A transaction that fails as a whole (the engine runs out of space when it commits).
      transaction(stores, mode, options) {
        const tx = down.transaction(stores, mode, options)
        const target = tx as unknown as Partial<EventTarget> & { error?: unknown }
        if (mode === 'readwrite' && typeof target.addEventListener === 'function') {
          const tables = [...stores]
          target.addEventListener('complete', () => notify(db, { kind: 'committed', tables }))
          target.addEventListener('abort', () => {
            const error = target.error ?? null
            notify(db, { kind: 'failed', tables, error, quota: isQuotaError(error) })
          })
        }
        return tx
      }
    })
  }
}
