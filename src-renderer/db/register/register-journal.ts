/**
 * The register journal: a Dexie DBCore middleware that notes, in the same transaction, the id of every
 * recommendation any code writes or deletes through Dexie (repositories, the import worker, restores and
 * merges of archives, upgrades). The in-memory register and its cache read the journal to learn what
 * changed, so they stay correct whoever writes to `db.recommendations`.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie'
import { touchedIds } from '../touched-ids'

/** The store of journal entries (auto-incremented `seq`). */
export const REGISTER_JOURNAL = 'registerJournal'
/** The store of the register cache (chunks and their meta record); derived data, rebuilt from the journal. */
export const REGISTER_CACHE = 'registerCache'
const WATCHED = 'recommendations'

/** One write to the recommendations: the ids it touched, or `all` when a whole range went (clear, deleteRange). */
export interface RegisterJournalEntry {
  seq?: number
  ids?: string[]
  all?: true
}

/** The register store's own transactions: their writes to the cache and the journal are not "foreign". */
const trusted = new WeakSet<object>()

/** Marks a transaction (Dexie's `Transaction.idbtrans`) as the register store's own. */
export function trustRegisterTransaction(trans: object | undefined): void {
  if (trans) trusted.add(trans)
}

/**
 * The middleware. Every read-write transaction that includes the recommendations also includes the
 * journal, so an entry lands (or is rolled back) together with the write it describes.
 *
 * The cache and the journal are derived data: any other code that writes them (a restore that copies
 * every table, a clear) makes the register rebuild: the cache's meta record goes, and the journal
 * notes "everything changed", after that write and in its transaction.
 */
export const registerJournalMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'RegisterJournal',
  create(down: DBCore): Partial<DBCore> {
    // While an older database is being upgraded, the journal may not exist yet: nothing to note then
    // (the version 4 upgrade itself notes "everything changed").
    const hasJournal = down.schema.tables.some((t) => t.name === REGISTER_JOURNAL)
    if (!hasJournal) return {}
    const journal = down.table(REGISTER_JOURNAL)
    const watchedStores = [WATCHED, REGISTER_CACHE, REGISTER_JOURNAL]
    return {
      transaction(stores, mode, options) {
        const needed = mode === 'readwrite' && stores.some((s) => watchedStores.includes(s)) ? [REGISTER_JOURNAL, REGISTER_CACHE].filter((s) => !stores.includes(s)) : []
        return down.transaction(needed.length > 0 ? [...stores, ...needed] : stores, mode, options)
      },
      table(name) {
        const table = down.table(name)
        if (name === WATCHED) {
          return {
            ...table,
            mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
              const touched = touchedIds(table, req)
              const entry: RegisterJournalEntry = touched === 'all' ? { all: true } : { ids: touched }
              // Issued before the write itself, in the same transaction: both land, or neither does.
              const noted = touched !== 'all' && touched.length === 0 ? Promise.resolve() : journal.mutate({ type: 'add', trans: req.trans, values: [entry] })
              // A failed note fails the write below; this only keeps a failed write from leaving it unhandled.
              noted.catch(() => undefined)
              return table.mutate(req).then((res) => noted.then(() => res))
            }
          }
        }
        if (name === REGISTER_CACHE || name === REGISTER_JOURNAL) {
          const cache = down.table(REGISTER_CACHE)
          return {
            ...table,
            mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
              if (trusted.has(req.trans)) return table.mutate(req)
              // Someone else's write: after it, the cache is no longer to be trusted.
              return table.mutate(req).then(async (res) => {
                await cache.mutate({ type: 'delete', trans: req.trans, keys: ['meta'] })
                await journal.mutate({ type: 'add', trans: req.trans, values: [{ all: true }] })
                return res
              })
            }
          }
        }
        return table
      }
    }
  }
}
