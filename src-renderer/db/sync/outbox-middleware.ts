/**
 * The sync outbox: a Dexie DBCore middleware that notes, in the same transaction, the id of every record
 * of a shared table that any code writes or deletes (repositories, the import worker, restores, merges).
 * The sync engine turns each noted record into a PouchDB revision; because the note commits with the
 * write, a change made just before the app closed is still sent at the next start.
 *
 * Writes made by the sync layer itself (changes arriving from other laptops) run in transactions marked
 * with `markSyncTransaction` and are not noted, so they are never sent back.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Dexie, Middleware } from 'dexie'
import { touchedIds } from '../touched-ids'
import { docIdOf, isSharedTable } from '../../sync/tables'

/** The outbox store (auto-incremented `seq`). */
export const SYNC_OUTBOX = 'syncOutbox'

/** One noted write: the document ids (`<table>:<id>`) it touched. */
export interface SyncOutboxEntry {
  seq?: number
  keys: string[]
}

const fromSync = new WeakSet<object>()
const noted = new WeakSet<object>()
const listeners = new WeakMap<Dexie, Set<() => void>>()

/** Marks a transaction (Dexie's `Transaction.idbtrans`) as the sync layer's own: its writes are not noted. */
export function markSyncTransaction(trans: object | undefined): void {
  if (trans) fromSync.add(trans)
}

/** Calls back after every committed transaction that noted a local change; returns the unsubscribe function. */
export function watchLocalChanges(db: Dexie, listener: () => void): () => void {
  const set = listeners.get(db) ?? new Set()
  listeners.set(db, set)
  set.add(listener)
  return () => set.delete(listener)
}

/** The middleware for `db`. Registered in the database's constructor, before it opens. */
export function syncOutboxMiddleware(db: Dexie): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'SyncOutbox',
    create(down: DBCore): Partial<DBCore> {
      // While an older database is upgraded the outbox may not exist yet: nothing to note then.
      if (!down.schema.tables.some((t) => t.name === SYNC_OUTBOX)) return {}
      const outbox = down.table(SYNC_OUTBOX)
      return {
        transaction(stores, mode, options) {
          const shared = mode === 'readwrite' && stores.some(isSharedTable)
          const trans = down.transaction(shared && !stores.includes(SYNC_OUTBOX) ? [...stores, SYNC_OUTBOX] : stores, mode, options)
          const target = trans as unknown as Partial<EventTarget>
          if (shared && typeof target.addEventListener === 'function') {
            target.addEventListener('complete', () => {
              if (!noted.has(trans)) return
              for (const listener of listeners.get(db) ?? []) listener()
            })
          }
          return trans
        },
        table(name) {
          const table = down.table(name)
          if (!isSharedTable(name)) return table
          return {
            ...table,
            async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
              if (fromSync.has(req.trans)) return table.mutate(req)
              // A clear or a range delete: the keys are read first, in the same transaction.
              const touched = touchedIds(table, req)
              const ids =
                touched === 'all' && req.type === 'deleteRange'
                  ? (await table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })).result.map(String)
                  : touched === 'all'
                    ? []
                    : touched
              if (ids.length === 0) return table.mutate(req)
              noted.add(req.trans)
              // Issued together with the write, in its transaction: both land, or neither does.
              const note = outbox.mutate({ type: 'add', trans: req.trans, values: [{ keys: ids.map((id) => docIdOf(name, id)) } satisfies SyncOutboxEntry] })
              note.catch(() => undefined)
              return table.mutate(req).then((res) => note.then(() => res))
            }
          }
        }
      }
    }
  }
}
