/**
 * The recommendations register in memory (a compact RegisterTable), loaded from the register cache in a
 * fraction of a second and kept in step with every write to `db.recommendations`, whoever makes it: the
 * register journal (register-journal.ts) names the ids each write touched, and Dexie's `storagemutated`
 * event (fired across windows and workers) says when to read it. The cache is written back in idle time.
 *
 * The table is only ever derived from what is stored: the store never writes recommendations itself.
 */
import Dexie, { type ObservabilitySet } from 'dexie'
import type { Recommendation } from '../../domain/model'
import { CHUNK_FORMAT, isChunkData, RegisterTable, rowOf, type ChunkChanges, type RegisterChunkData } from '../../domain/register-table'
import { searchIndexOf } from '../../domain/register-search'
import { sortOrder } from '../../domain/register-view'
import type { UprDeskDatabase } from '../schema/database'
import { isCacheMeta } from './register-cache'
import { trustRegisterTransaction, type RegisterJournalEntry } from './register-journal'

export interface RegisterSnapshot {
  /** True once every row is in memory. */
  loaded: boolean
  /** The rows. Changed in place; `revision` says when. */
  table: RegisterTable
  /** Changes whenever the rows do, for memoisation. */
  revision: number
  /** Why the register could not be read, if it could not (the rows shown are then what was read before). */
  failed: string | null
}

/** Records read per transaction when the cache is rebuilt from the recommendations (keeps tasks short). */
const REBUILD_PAGE = 2000
/** Wait after a change before the cache is written, so that a burst of edits is written once. */
const PERSIST_DELAY_MS = 1500
/** Records read per request when applying the journal (each request's results arrive in their own task). */
const READ_BATCH = 200
/** Changed records applied per task (about one chunk's worth). */
const APPLY_SLICE = 1000
/** While rebuilding, the partial register is shown again after this many more rows. */
const PROGRESS_EVERY = 20_000

class StaleCache extends Error {}

function newGeneration(): string {
  return crypto.randomUUID()
}

/** Holds the register and tells subscribers when it changes. */
export class RegisterStore {
  private table = new RegisterTable()
  private snapshot: RegisterSnapshot = { loaded: false, table: this.table, revision: 0, failed: null }
  private readonly listeners = new Set<() => void>()
  private queue: Promise<void> = Promise.resolve()
  private loading: Promise<void> | null = null
  private syncQueued = false
  /** The last journal entry applied to the table. */
  private appliedSeq = 0
  /** The cache generation the table's chunk layout came from (null: not from the cache). */
  private generation: string | null = null
  /** The whole cache must be written again (after a rebuild). */
  private rewriteAll = false
  private readonly dirty = new Set<number>()
  private readonly removed = new Set<number>()
  private persistedSeq = -1
  private persistTimer: ReturnType<typeof setTimeout> | null = null
  private stopListening: (() => void) | null = null

  constructor(private readonly db: UprDeskDatabase) {}

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The current snapshot (stable between changes). */
  getSnapshot = (): RegisterSnapshot => this.snapshot

  /** Loads the register (once): from the cache when it is there, else from the recommendations. */
  load(): Promise<void> {
    if (!this.loading) {
      this.listen()
      // A failure is shown in the snapshot (`failed`); callers need not handle it.
      this.loading = this.run(() => this.loadFromCache()).catch(() => undefined)
    }
    return this.loading
  }

  /** Reads what changed since the last look (the journal) and applies it; resolves when done. */
  sync(): Promise<void> {
    if (!this.loading) return this.load()
    if (this.syncQueued) return this.queue
    this.syncQueued = true
    return this.run(async () => {
      this.syncQueued = false
      await this.applyJournal()
    })
  }

  /**
   * Brings the register up to date with the database now (as `sync`). Callers that have just written
   * recommendations may call it so that the list shows their change at once; the register would also
   * learn of the write by itself.
   */
  reload(): Promise<void> {
    return this.sync()
  }

  /** Writes pending changes to the cache now (tests, and before the app closes). */
  flush(): Promise<void> {
    if (this.persistTimer) clearTimeout(this.persistTimer)
    this.persistTimer = null
    return this.run(() => this.persist())
  }

  /** Stops listening for changes and drops pending work. */
  dispose(): void {
    this.stopListening?.()
    this.stopListening = null
    if (this.persistTimer) clearTimeout(this.persistTimer)
    this.persistTimer = null
  }

  // ---------------------------------------------------------------------------------------------

  private run(op: () => Promise<void>): Promise<void> {
    const next = this.queue.then(op)
    this.queue = next.catch((error: unknown) => {
      // The register stays as it was and says so; the next change tries again.
      console.error('The register could not be brought up to date:', error)
      this.snapshot = { ...this.snapshot, revision: this.snapshot.revision + 1, failed: error instanceof Error ? error.message : String(error) }
      for (const listener of this.listeners) listener()
    })
    return next
  }

  private listen(): void {
    const prefix = `idb://${this.db.name}/recommendations/`
    const onChange = (parts: ObservabilitySet) => {
      if ('all' in parts || Object.keys(parts).some((k) => k.startsWith(prefix))) void this.sync().catch(() => undefined)
    }
    Dexie.on('storagemutated', onChange)
    this.stopListening = () => Dexie.on('storagemutated').unsubscribe(onChange)
  }

  private publish(loaded: boolean): void {
    this.snapshot = { loaded, table: this.table, revision: this.snapshot.revision + 1, failed: null }
    for (const listener of this.listeners) listener()
    if (loaded) this.prepareSearch()
  }

  /**
   * Builds the search index and the vocabulary's lookup in idle time once the screen is drawn, a slice
   * per idle period, so that the first search does not wait for them.
   */
  private prepareSearch(): void {
    const table = this.table
    const revision = table.revision
    const later = (step: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 2000 }) : setTimeout(step, 20))
    // First the index (words are matched through it), then the word lookup (for phrases and new rows).
    const step = () => {
      if (table !== this.table || table.revision !== revision) return
      if (!table.vocabulary.prepare(8)) later(step)
    }
    later(() => {
      if (table !== this.table || table.revision !== revision) return
      searchIndexOf(table)
      later(step)
    })
  }

  private async loadFromCache(): Promise<void> {
    performance.mark('register-load-start')
    const { db } = this
    const read = await db.transaction('r', [db.registerCache, db.registerJournal, db.recommendations], async () => {
      const meta = await db.registerCache.get('meta')
      if (!isCacheMeta(meta)) return null
      const chunks = await db.registerCache.bulkGet(meta.chunks)
      const entries = await db.registerJournal.where('seq').above(meta.journalSeq).toArray()
      if (entries.some((e) => e.all)) return null
      const ids = [...new Set(entries.flatMap((e) => e.ids ?? []))]
      const records = await this.readRecords(ids)
      return { meta, chunks, entries, ids, records }
    })
    performance.measure('register-cache-read', 'register-load-start')
    if (!read || !read.chunks.every(isChunkData)) {
      await this.rebuild()
      return
    }
    // The stored order is right only for the stored rows: with changes to apply, sort again.
    this.table = RegisterTable.fromChunks(read.chunks as RegisterChunkData[], read.meta.vocabulary, read.entries.length === 0 ? read.meta.registerOrder : null)
    this.generation = read.meta.generation
    this.appliedSeq = lastSeq(read.entries) ?? read.meta.journalSeq
    this.persistedSeq = read.meta.journalSeq
    this.dirty.clear()
    this.removed.clear()
    this.rewriteAll = false
    await this.applyRecords(read.ids, read.records)
    performance.measure('register-loaded', 'register-load-start')
    this.publish(true)
    if (read.entries.length > 0) this.schedulePersist()
    // Writes that bypassed Dexie (raw IndexedDB) are not in the journal: a count tells.
    void this.run(() => this.verify())
  }

  /** Builds the table from every stored recommendation, page by page (cache missing or out of step). */
  private async rebuild(): Promise<void> {
    const { db } = this
    const startSeq = (await db.registerJournal.orderBy('seq').last())?.seq ?? 0
    const table = new RegisterTable()
    const showProgress = !this.snapshot.loaded
    let lastId: string | null = null
    let shown = -PROGRESS_EVERY
    for (;;) {
      const page: Recommendation[] =
        lastId === null
          ? await db.recommendations.orderBy('id').limit(REBUILD_PAGE).toArray()
          : await db.recommendations.where('id').above(lastId).limit(REBUILD_PAGE).toArray()
      table.apply(page.map(rowOf), [])
      if (showProgress && table.size - shown >= PROGRESS_EVERY) {
        // The rows read so far are usable (and counted as "loading") while the rest is read.
        shown = table.size
        this.table = table
        this.publish(false)
      }
      if (page.length < REBUILD_PAGE) break
      lastId = page[page.length - 1]!.id
    }
    this.table = table
    this.appliedSeq = startSeq
    this.generation = null
    this.rewriteAll = true
    this.dirty.clear()
    this.removed.clear()
    performance.measure('register-rebuilt', 'register-load-start')
    this.publish(true)
    // Whatever was written while the pages were read is in the journal after startSeq.
    await this.applyJournal()
    this.schedulePersist()
  }

  private async applyJournal(): Promise<void> {
    const { db } = this
    const read = await db.transaction('r', [db.registerCache, db.registerJournal, db.recommendations], async () => {
      const meta = await db.registerCache.get('meta')
      const entries = await db.registerJournal.where('seq').above(this.appliedSeq).toArray()
      if (entries.some((e) => e.all)) return { all: true as const }
      const ids = [...new Set(entries.flatMap((e) => e.ids ?? []))]
      const records = await this.readRecords(ids)
      return { meta: isCacheMeta(meta) ? meta : null, entries, ids, records }
    })
    if ('all' in read) {
      await this.rebuild()
      return
    }
    // Another window wrote the cache past what we have applied (and may have trimmed the journal).
    if (read.meta && read.meta.generation !== this.generation && read.meta.journalSeq > this.appliedSeq) {
      await this.loadFromCache()
      return
    }
    if (read.entries.length === 0) return
    this.appliedSeq = lastSeq(read.entries) ?? this.appliedSeq
    await this.applyRecords(read.ids, read.records)
    this.publish(this.snapshot.loaded)
    this.schedulePersist()
  }

  /** Records by id, in batches (inside the caller's transaction), so that no single task reads thousands. */
  private async readRecords(ids: readonly string[]): Promise<(Recommendation | undefined)[]> {
    const out: (Recommendation | undefined)[] = []
    for (let i = 0; i < ids.length; i += READ_BATCH) out.push(...(await this.db.recommendations.bulkGet(ids.slice(i, i + READ_BATCH))))
    return out
  }

  /**
   * Applies read records to the table (absent ones are deletions), a slice at a time with the UI thread
   * free in between: each slice re-encodes a chunk or two, never thousands of rows in one task.
   */
  private async applyRecords(ids: readonly string[], records: readonly (Recommendation | undefined)[]): Promise<void> {
    for (let start = 0; start < ids.length; start += APPLY_SLICE) {
      if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0))
      const upserts = []
      const deletes: string[] = []
      for (let i = start; i < Math.min(ids.length, start + APPLY_SLICE); i++) {
        const record = records[i]
        if (record) upserts.push(rowOf(record))
        else deletes.push(ids[i]!)
      }
      this.noteChanges(this.table.apply(upserts, deletes))
    }
  }

  private noteChanges(changes: ChunkChanges): void {
    for (const n of changes.changed) {
      this.dirty.add(n)
      this.removed.delete(n)
    }
    for (const n of changes.removed) {
      this.dirty.delete(n)
      this.removed.add(n)
    }
  }

  private async verify(): Promise<void> {
    const { db } = this
    const { count, last } = await db.transaction('r', [db.recommendations, db.registerJournal], async () => ({
      count: await db.recommendations.count(),
      last: (await db.registerJournal.orderBy('seq').last())?.seq ?? 0
    }))
    // Changes still to apply: the sync they trigger brings the table in step; nothing to judge yet.
    if (last !== this.appliedSeq) return
    if (count !== this.table.size) {
      console.warn(`The register cache held ${this.table.size} recommendations, the database ${count}: rebuilding it.`)
      await this.rebuild()
    }
  }

  private schedulePersist(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer)
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null
      void this.run(() => this.persist())
    }, PERSIST_DELAY_MS)
  }

  private async persist(): Promise<void> {
    if (!this.rewriteAll && this.dirty.size === 0 && this.removed.size === 0 && this.appliedSeq === this.persistedSeq) return
    const { db, table } = this
    const rewriteAll = this.rewriteAll
    const chunks = rewriteAll ? table.chunkList() : [...this.dirty].flatMap((n) => table.chunk(n) ?? [])
    const removed = [...this.removed]
    const appliedSeq = this.appliedSeq
    const registerOrder = sortOrder(table, 'register')
    const generation = newGeneration()
    try {
      await db.transaction('rw', [db.registerCache, db.registerJournal], async () => {
        trustRegisterTransaction(Dexie.currentTransaction?.idbtrans)
        const stored = await db.registerCache.get('meta')
        const storedGeneration = isCacheMeta(stored) ? stored.generation : null
        if (!rewriteAll && storedGeneration !== this.generation) throw new StaleCache()
        if (rewriteAll) await db.registerCache.clear()
        else if (removed.length > 0) await db.registerCache.bulkDelete(removed)
        // One put per chunk, one after the other: each is serialised in its own short task.
        for (const chunk of chunks) await db.registerCache.put(chunk)
        await db.registerCache.put({
          id: 'meta',
          format: CHUNK_FORMAT,
          journalSeq: appliedSeq,
          chunks: table.chunkList().map((c) => c.id),
          rows: table.size,
          vocabulary: table.vocabulary.words,
          registerOrder,
          generation
        })
        // The last applied entry stays, so that the journal's last number is always known.
        await db.registerJournal.where('seq').below(appliedSeq).delete()
      })
    } catch (error) {
      if (error instanceof StaleCache) {
        // Another window wrote the cache: take its chunks (and the journal since) instead of ours.
        await this.loadFromCache()
        return
      }
      throw error
    }
    this.generation = generation
    this.persistedSeq = appliedSeq
    if (rewriteAll) this.rewriteAll = false
    for (const chunk of chunks) this.dirty.delete(chunk.id)
    for (const n of removed) this.removed.delete(n)
  }
}

function lastSeq(entries: readonly RegisterJournalEntry[]): number | undefined {
  let last: number | undefined
  for (const e of entries) if (e.seq !== undefined && (last === undefined || e.seq > last)) last = e.seq
  return last
}
