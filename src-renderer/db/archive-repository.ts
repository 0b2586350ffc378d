/**
 * Reads and replaces the whole database for archives and backups, generically over the tables of the
 * current schema (a table added later is archived without code changes). Snapshots are ONE read-only
 * transaction; a restore is ONE read-write transaction; a merge is ONE read-write transaction. Bulk work
 * goes through raw IndexedDB on Dexie's own connection: a restore reloads the app afterwards, so Dexie's
 * live queries need no notice, and 100,000 records skip Dexie's per-record bookkeeping.
 */
import type { TableChunk } from '../archive/content'
import type { ArchiveContent, ArchiveRecord, ArchiveTables } from '../archive/format'
import { baseKey, mergeOutcome, naturalKeysToLookUp, type ConflictChoice, type LocalView, type MergePlan, type MergeReport, planMerge } from '../archive/merge-plan'
import { naturalKeys, naturalKeysOf } from '../archive/natural-keys'
import { recordHash, sameValue } from '../archive/record-hash'
import { BOOKKEEPING_TABLES, currentTables, dataTables } from '../archive/tables'
import type { UprDeskDatabase } from './database'
import { DATA_SAFETY_META_KEYS } from './data-safety-state'
import { transactionDone } from './idb-requests'
import { nowIso } from './ids'

/** Records read per request: big enough to be fast, small enough to keep the window responsive. */
const CHUNK = 2_000

/** The app facts a restore never takes from an archive: they describe this copy of the app. */
export const LOCAL_META_KEYS: readonly string[] = DATA_SAFETY_META_KEYS

/** A snapshot being read: its chunks, in table order, each table's records in key order. */
export interface Snapshot {
  chunks: AsyncIterable<TableChunk>
}

/** Keeps a safety backup of the data about to be replaced, before anything is written. */
export type SafetyBackup = (current: Iterable<TableChunk>) => Promise<void>

/** What to put in an archive. */
export type Selection = { kind: 'mission'; withBookkeeping: boolean } | { kind: 'review'; id: string } | { kind: 'statement'; id: string }

/** Thrown when records changed between a merge's plan and its application (nothing was written). */
export class DataChangedError extends Error {
  constructor() {
    super('The data changed while the merge was being prepared; nothing was written.')
    this.name = 'DataChangedError'
  }
}

/** What a restore did. */
export interface RestoreReport {
  written: number
  deleted: number
  unchanged: number
}

/** A simple single-consumer queue between IndexedDB callbacks and an async reader. */
class ChunkQueue {
  private items: TableChunk[] = []
  private waiting: ((value: IteratorResult<TableChunk>) => void) | null = null
  private failed: ((error: unknown) => void) | null = null
  private error: unknown = null
  private closed = false

  push(chunk: TableChunk): void {
    if (this.waiting) {
      const resolve = this.waiting
      this.waiting = null
      this.failed = null
      resolve({ value: chunk, done: false })
    } else this.items.push(chunk)
  }

  close(): void {
    this.closed = true
    this.waiting?.({ value: undefined, done: true })
    this.waiting = null
  }

  fail(error: unknown): void {
    this.error = error ?? new Error('snapshot failed')
    this.failed?.(this.error)
    this.waiting = null
    this.failed = null
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TableChunk> {
    for (;;) {
      if (this.items.length > 0) {
        yield this.items.shift()!
        continue
      }
      if (this.error !== null) throw this.error
      if (this.closed) return
      const next = await new Promise<IteratorResult<TableChunk>>((resolve, reject) => {
        this.waiting = resolve
        this.failed = reject
      })
      if (next.done) return
      yield next.value
    }
  }
}

/** Archives, backups, restores and merges over one database. */
export class ArchiveRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** The tables of the current schema that exist in the open database. */
  private storedTables(names: readonly string[] = currentTables()): string[] {
    const present = new Set(Array.from(this.db.backendDB().objectStoreNames))
    return names.filter((name) => present.has(name))
  }

  /**
   * Reads every record of the given tables (default: all) in ONE read-only transaction, as a stream of
   * chunks: the next chunk is already being read while the previous one is being archived.
   */
  snapshot(tables: readonly string[] = currentTables()): Snapshot {
    const names = this.storedTables(tables)
    const queue = new ChunkQueue()
    if (names.length === 0) {
      queue.close()
      return { chunks: queue }
    }
    const tx = this.db.backendDB().transaction(names, 'readonly')
    tx.addEventListener('abort', () => queue.fail(tx.error))
    const read = (index: number, after: IDBValidKey | undefined) => {
      try {
        request(index, after)
      } catch (error) {
        queue.fail(error)
      }
    }
    const request = (index: number, after: IDBValidKey | undefined) => {
      const table = names[index]!
      const store = tx.objectStore(table)
      const req = store.getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), CHUNK)
      req.onsuccess = () => {
        const records = req.result as ArchiveRecord[]
        // Ask for the next chunk before handing this one on: the transaction stays alive, and reading
        // overlaps with the archiving of this chunk.
        const last = records[records.length - 1]
        if (records.length === CHUNK && last) read(index, last.id)
        else if (index + 1 < names.length) read(index + 1, undefined)
        queue.push({ table, records })
        if (records.length < CHUNK && index + 1 === names.length) queue.close()
      }
    }
    read(0, undefined)
    return { chunks: queue }
  }

  /** The records of a selection, read in ONE read-only transaction (for exports to a colleague). */
  async selection(selection: Selection): Promise<ArchiveTables> {
    if (selection.kind === 'mission') {
      const tables: ArchiveTables = {}
      const names = selection.withBookkeeping ? currentTables() : dataTables()
      for await (const chunk of this.snapshot(names).chunks) {
        ;(tables[chunk.table] ??= []).push(...chunk.records)
      }
      return tables
    }
    const { db } = this
    return db.transaction('r', [db.reviews, db.tasks, db.attachments, db.recommendations, db.statements], async () => {
      if (selection.kind === 'review') {
        const review = await db.reviews.get(selection.id)
        if (!review) throw new Error(`No review with id ${selection.id}`)
        return {
          reviews: [review],
          tasks: await db.tasks.where('reviewId').equals(selection.id).toArray(),
          attachments: await db.attachments.where('ownerId').equals(selection.id).toArray(),
          recommendations: await db.recommendations.where('reviewId').equals(selection.id).toArray()
        } as unknown as ArchiveTables
      }
      const statement = await db.statements.get(selection.id)
      if (!statement) throw new Error(`No statement with id ${selection.id}`)
      // Recommendations drafted in a statement carry its id as the start of their origin key.
      const recommendations = await db.recommendations
        .where('origin.key')
        .startsWith(`${selection.id}#`)
        .filter((r) => r.origin.kind === 'statement')
        .toArray()
      return { statements: [statement], recommendations } as unknown as ArchiveTables
    })
  }

  /**
   * Replaces everything with an archive's content in ONE read-write transaction. Records that are the
   * same are left alone; the rest are written, and records the archive lacks are deleted. Tables the
   * archive does not hold are emptied, except the bookkeeping ones: an archive without app facts keeps
   * ours, and one without merge bases gets bases for every restored record (it was an exchange).
   *
   * `safetyBackup` receives everything as it is, read inside the same transaction, and must have kept it
   * before anything is written: so the safety backup holds exactly what the restore replaces, and no
   * write from elsewhere can fall in between (others wait for the transaction). If it fails, nothing is
   * replaced.
   */
  async replaceAll(content: ArchiveContent, safetyBackup?: SafetyBackup): Promise<RestoreReport> {
    const names = this.storedTables()
    const tx = this.db.backendDB().transaction(names, 'readwrite')
    const done = transactionDone(tx)
    done.catch(() => undefined)
    const report: RestoreReport = { written: 0, deleted: 0, unchanged: 0 }
    const incoming = (name: string): ArchiveRecord[] | null => (Object.hasOwn(content.tables, name) ? content.tables[name]! : null)
    try {
      const current = new Map<string, ArchiveRecord[]>()
      for (const name of names) current.set(name, await readAll(tx.objectStore(name)))
      if (safetyBackup) await keepAliveWhile(tx, names[0]!, safetyBackup(chunksOf(names, current)))
      // Data tables first, so the merge bases of an exchange can be computed from what was restored.
      const order = [...names.filter((n) => !BOOKKEEPING_TABLES.includes(n)), ...names.filter((n) => BOOKKEEPING_TABLES.includes(n))]
      for (const name of order) {
        const now = current.get(name) ?? []
        current.delete(name)
        let wanted = incoming(name)
        if (name === 'appMeta') wanted = appMetaAfterRestore(now, wanted)
        if (name === 'syncBases' && wanted === null) wanted = basesFor(content.tables, names)
        await replaceTable(tx.objectStore(name), now, wanted ?? [], report)
      }
    } catch (error) {
      try {
        tx.abort()
      } catch {
        // already finished
      }
      await done.catch(() => undefined)
      throw error
    }
    await done
    return report
  }

  /** Looks up what we hold for the incoming records, in ONE read-only transaction. */
  async localView(incoming: ArchiveTables): Promise<LocalView> {
    const names = this.storedTables(Object.keys(incoming))
    const tables = [...names, 'syncBases'].map((n) => this.db.table(n))
    const lookups = naturalKeysToLookUp(incoming)
    const keyDefs = naturalKeys()
    return this.db.transaction('r', tables, async () => {
      const view: LocalView = { byId: new Map(), byNaturalKey: new Map(), bases: new Map() }
      const baseIds: string[] = []
      for (const name of names) {
        const records = incoming[name] ?? []
        const table = this.db.table<ArchiveRecord, string>(name)
        const found = (await table.bulkGet(records.map((r) => r.id))).filter((r): r is ArchiveRecord => r !== undefined)
        view.byId.set(name, new Map(found.map((r) => [r.id, r])))
        const wantedKeys = lookups.get(name)
        if (wantedKeys && wantedKeys.length > 0) {
          // Recommendations: look up by origin key (indexed); other natural-key tables are small.
          const candidates =
            name === 'recommendations'
              ? await table.where('origin.key').anyOf(records.map((r) => (r['origin'] as { key?: unknown } | undefined)?.key).filter((k): k is string => typeof k === 'string')).toArray()
              : await table.toArray()
          const wanted = new Set(wantedKeys)
          const byKey = new Map<string, ArchiveRecord>()
          for (const candidate of [...found, ...candidates]) {
            for (const { key } of naturalKeysOf(keyDefs.get(name), candidate)) if (wanted.has(key) && !byKey.has(key)) byKey.set(key, candidate)
          }
          view.byNaturalKey.set(name, byKey)
          for (const candidate of candidates) baseIds.push(baseKey(name, candidate.id))
        }
        for (const r of records) baseIds.push(baseKey(name, r.id))
      }
      const bases = await this.db.syncBases.bulkGet(baseIds)
      for (const base of bases) if (base) view.bases.set(base.id, base.hash)
      return view
    })
  }

  /** Plans a merge of an archive's data tables (bookkeeping left out) into ours. */
  async planMerge(content: ArchiveContent): Promise<MergePlan> {
    const incoming = Object.fromEntries(Object.entries(content.tables).filter(([name]) => !BOOKKEEPING_TABLES.includes(name) && currentTables().includes(name)))
    return planMerge(incoming, await this.localView(incoming))
  }

  /**
   * Applies a merge with the person's choices in ONE read-write transaction. First checks that every
   * record about to be written is still as it was when the merge was planned: if one changed meanwhile,
   * nothing is written and DataChangedError asks for a fresh plan.
   */
  async applyMerge(plan: MergePlan, choices: ReadonlyMap<string, ConflictChoice>): Promise<MergeReport> {
    const outcome = mergeOutcome(plan, choices)
    const names = [...new Set([...outcome.puts.keys(), ...plan.items.map((i) => i.table)])]
    const tables = [...names, 'syncBases'].map((n) => this.db.table(n))
    await this.db.transaction('rw', tables, async () => {
      for (const [name, records] of outcome.puts) {
        const items = outcome.written.filter((i) => i.table === name)
        const now = await this.db.table<ArchiveRecord, string>(name).bulkGet(items.map((i) => i.theirs.id))
        items.forEach((item, i) => {
          const hash = now[i] ? recordHash(now[i]) : null
          if (hash !== item.mineHash) throw new DataChangedError()
        })
        await this.db.table(name).bulkPut(records)
      }
      const at = nowIso()
      await this.db.syncBases.bulkPut(outcome.bases.map((b) => ({ id: b.id, hash: b.hash, updatedAt: at })))
    })
    return outcome.report
  }

  /** Notes the records just exported as the merge base for each (only those whose hash changed). */
  async recordExchange(tables: ArchiveTables): Promise<void> {
    const wanted = Object.entries(tables)
      .filter(([name]) => !BOOKKEEPING_TABLES.includes(name))
      .flatMap(([name, records]) => records.map((r) => ({ id: baseKey(name, r.id), hash: recordHash(r) })))
    if (wanted.length === 0) return
    await this.db.transaction('rw', this.db.syncBases, async () => {
      const existing = await this.db.syncBases.bulkGet(wanted.map((w) => w.id))
      const at = nowIso()
      const changed = wanted.filter((w, i) => existing[i]?.hash !== w.hash).map((w) => ({ ...w, updatedAt: at }))
      await this.db.syncBases.bulkPut(changed)
    })
  }

  /** Record counts per table (cheap: IndexedDB counts), for the page. */
  async counts(): Promise<Record<string, number>> {
    const names = this.storedTables()
    return this.db.transaction('r', names.map((n) => this.db.table(n)), async () => {
      const out: Record<string, number> = {}
      for (const name of names) out[name] = await this.db.table(name).count()
      return out
    })
  }
}

/** Tables held in memory as archive chunks (chunked, so no archive line grows huge). */
function* chunksOf(names: readonly string[], tables: ReadonlyMap<string, readonly ArchiveRecord[]>): Generator<TableChunk> {
  for (const table of names) {
    const records = tables.get(table) ?? []
    if (records.length === 0) yield { table, records }
    for (let start = 0; start < records.length; start += CHUNK) yield { table, records: records.slice(start, start + CHUNK) }
  }
}

/** A key no store holds: reading it is the cheapest request there is. */
const KEEP_ALIVE_KEY = '\uffff upr-desk keep-alive'

/**
 * Keeps a transaction alive while work outside IndexedDB runs (writing the safety backup), by asking
 * for a key that does not exist until the work is done, then resumes inside a request callback, where
 * the transaction accepts requests again. (Dexie's waitFor works the same way.)
 */
function keepAliveWhile<T>(tx: IDBTransaction, storeName: string, work: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null
    work.then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error })
    )
    const store = tx.objectStore(storeName)
    const ping = () => {
      try {
        const request = store.get(KEEP_ALIVE_KEY)
        request.onsuccess = () => {
          if (outcome === null) ping()
          else if (outcome.ok) resolve(outcome.value)
          else reject(outcome.error)
        }
        request.onerror = () => reject(request.error)
      } catch (error) {
        reject(error)
      }
    }
    ping()
  })
}

/** Every record of a store, read in chunks inside the caller's transaction. */
function readAll(store: IDBObjectStore): Promise<ArchiveRecord[]> {
  return new Promise((resolve, reject) => {
    const out: ArchiveRecord[] = []
    const next = (after: IDBValidKey | undefined) => {
      try {
        const request = store.getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), CHUNK * 5)
        request.onsuccess = () => {
          const records = request.result as ArchiveRecord[]
          for (const r of records) out.push(r)
          const last = records[records.length - 1]
          if (records.length === CHUNK * 5 && last) next(last.id)
          else resolve(out)
        }
        request.onerror = () => reject(request.error)
      } catch (error) {
        reject(error)
      }
    }
    next(undefined)
  })
}

/** Writes what differs and deletes what is gone, resolving once every request has succeeded. */
function replaceTable(store: IDBObjectStore, current: readonly ArchiveRecord[], wanted: readonly ArchiveRecord[], report: RestoreReport): Promise<void> {
  const before = new Map(current.map((r) => [r.id, r]))
  const writes: ArchiveRecord[] = []
  for (const record of wanted) {
    const old = before.get(record.id)
    before.delete(record.id)
    if (old && sameValue(old, record)) report.unchanged++
    else writes.push(record)
  }
  const deletes = [...before.keys()]
  report.written += writes.length
  report.deleted += deletes.length
  if (writes.length === 0 && deletes.length === 0) return Promise.resolve()
  return new Promise((resolve, reject) => {
    let next = 0
    // Issue requests in slices from success callbacks, so the window can paint between them.
    const issue = () => {
      try {
        slice()
      } catch (error) {
        // A refused put (storage full, a value that cannot be stored) ends the restore.
        reject(error)
      }
    }
    const slice = () => {
      const end = Math.min(writes.length, next + CHUNK)
      let last: IDBRequest | null = null
      for (; next < end; next++) last = store.put(writes[next])
      if (next >= writes.length) {
        for (const id of deletes) last = store.delete(id)
        deletes.length = 0
        if (last) {
          last.onsuccess = () => resolve()
          last.onerror = () => reject(last?.error)
        } else resolve()
        return
      }
      if (last) {
        last.onsuccess = issue
        last.onerror = () => reject(last?.error)
      }
    }
    issue()
  })
}

/** The app facts after a restore: the archive's (or ours, if it has none), with this copy's own kept. */
function appMetaAfterRestore(current: readonly ArchiveRecord[], incoming: ArchiveRecord[] | null): ArchiveRecord[] {
  if (incoming === null) return [...current]
  const local = current.filter((r) => LOCAL_META_KEYS.includes(r.id))
  return [...incoming.filter((r) => !LOCAL_META_KEYS.includes(r.id)), ...local]
}

/** Merge bases for every restored data record (the archive was an exchange with a colleague). */
function basesFor(tables: ArchiveTables, names: readonly string[]): ArchiveRecord[] {
  const at = nowIso()
  return Object.entries(tables)
    .filter(([name]) => names.includes(name) && !BOOKKEEPING_TABLES.includes(name))
    .flatMap(([name, records]) => records.map((r) => ({ id: baseKey(name, r.id), hash: recordHash(r), updatedAt: at })))
}
