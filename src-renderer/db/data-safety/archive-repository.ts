/**
 * Reads and replaces the whole database for archives and backups, generically over the tables of the
 * current schema (a table added later is archived without code changes). Snapshots are ONE read-only
 * transaction; a restore is ONE read-write transaction; a merge is ONE read-write transaction. Bulk work
 * goes through raw IndexedDB on Dexie's own connection: a restore reloads the app afterwards, so Dexie's
 * live queries need no notice, and 100,000 records skip Dexie's per-record bookkeeping.
 */
import type { RecordsChunk, SerialisedChunk, TableChunk } from '../../archive/content'
import type { ArchiveContent, ArchiveRecord, ArchiveTables } from '../../archive/format'
import { baseKey, mergeOutcome, naturalKeysToLookUp, type ConflictChoice, type LocalView, type MergePlan, type MergeReport, planMerge } from '../../archive/merge-plan'
import { naturalKeys, naturalKeysOf } from '../../archive/natural-keys'
import { recordHash, sameValue } from '../../archive/record-hash'
import { checkTables, isChecked, markChecked } from '../../archive/record-schemas'
import { BOOKKEEPING_TABLES, currentTables, dataTables } from '../../archive/tables'
import { ChunkQueue } from './chunk-queue'
import type { Recommendation, Review, Statement } from '../../domain/model'
import type { UprDeskDatabase } from '../schema/database'
import { DATA_SAFETY_META_KEYS } from './data-safety-state'
import { transactionDone } from './idb-requests'
import { nowIso } from '../../domain/ids'
import { REGISTER_JOURNAL } from '../register/register-journal'
import { readInTwoParts, SnapshotMovedError, UpperPartUnavailableError, workerUpperPartReader, type RecordTexts, type TwoPartOptions, type UpperPartReader } from './two-part-read'

/** Records read per request: big enough to be fast, small enough to keep the window responsive. */
const CHUNK = 2_000

/** The app facts a restore never takes from an archive: they describe this copy of the app. */
export const LOCAL_META_KEYS: readonly string[] = DATA_SAFETY_META_KEYS

/** A snapshot being read: its chunks, in table order, each table's records in key order. */
export interface Snapshot {
  chunks: AsyncIterable<RecordsChunk>
}

/** Keeps a safety backup of the data about to be replaced (given as it is read), before anything is written. */
export type SafetyBackup = (current: AsyncIterable<TableChunk>) => Promise<void>

/** The table big enough to be read by two cores at once, and how. */
const BIG_TABLE = 'recommendations'
const TWO_PARTS: Omit<TwoPartOptions, 'onStarted'> = { table: BIG_TABLE, stampTable: REGISTER_JOURNAL, minRecords: 20_000, chunk: CHUNK, lowerShare: 0.55, plainJson: true, startTimeoutMs: 5_000 }

/** A type with every byte array in it turned into `never`. */
type WithoutBytes<T> = T extends Uint8Array | ArrayBuffer ? never : T extends object ? { [K in keyof T]: WithoutBytes<T[K]> } : T
// The recommendations hold no byte arrays, so plain JSON serialises them (`plainJson` above): this line
// stops compiling if a byte field is ever added to them.
const recommendationsHoldNoBytes: Recommendation extends WithoutBytes<Recommendation> ? true : never = true
void recommendationsHoldNoBytes

/** How an archive repository reads big tables (tests use a second connection instead of a worker). */
export interface ArchiveReadOptions {
  /** A reader of the big table's upper part, or null to read everything in one transaction. */
  upperReader?: () => UpperPartReader | null
  /** Below this many records the big table is read in one part. */
  minRecordsForTwoParts?: number
  /** Records per request when reading in two parts (tests use small chunks: many requests). */
  chunkForTwoParts?: number
}

/** The records of a table as serialised archive chunks. */
function serialised(table: string, part: RecordTexts): SerialisedChunk {
  return { table, count: part.texts.length, json: `[${part.texts.join(',')}]` }
}

/** The failures after which a read in two parts is done again in one transaction. */
function readAgainInOne(error: unknown): boolean {
  if (error instanceof SnapshotMovedError || error instanceof UpperPartUnavailableError) {
    console.info(`[archives] ${error.message}`)
    return true
  }
  return false
}

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

/** Archives, backups, restores and merges over one database. */
export class ArchiveRepository {
  constructor(
    private readonly db: UprDeskDatabase,
    private readonly options: ArchiveReadOptions = {}
  ) {}

  /** A reader for the big table's upper part, when the database has what a read in two parts needs. */
  private upperReader(): UpperPartReader | null {
    const stores = this.db.backendDB().objectStoreNames
    if (!stores.contains(BIG_TABLE) || !stores.contains(REGISTER_JOURNAL)) return null
    return (this.options.upperReader ?? workerUpperPartReader)()
  }

  private twoParts(onStarted?: () => void): TwoPartOptions {
    const { minRecordsForTwoParts: minRecords = TWO_PARTS.minRecords, chunkForTwoParts: chunk = TWO_PARTS.chunk } = this.options
    return { ...TWO_PARTS, minRecords, chunk, ...(onStarted ? { onStarted } : {}) }
  }

  /**
   * Gives `consume` every record of every table as one consistent snapshot, for backups. With 100,000
   * recommendations, their upper half is read at the same time by a worker on its own connection
   * (two cores deserialise); if a write lands between the two parts' snapshots, or the worker cannot
   * help, `consume` runs again on a snapshot read in one transaction. Nothing is written here.
   */
  async withSnapshot<T>(consume: (chunks: AsyncIterable<TableChunk>) => Promise<T>): Promise<T> {
    const reader = this.upperReader()
    if (reader) {
      try {
        return await consume(this.snapshotInTwo(reader))
      } catch (error) {
        if (!readAgainInOne(error)) throw error
      }
    }
    return consume(this.snapshot().chunks)
  }

  /** The snapshot read in two parts: the big table first (its lower part streamed as it is read), then the rest. */
  private snapshotInTwo(reader: UpperPartReader): AsyncIterable<TableChunk> {
    const names = this.storedTables()
    const others = names.filter((n) => n !== BIG_TABLE)
    const idb = this.db.backendDB()
    const queue = new ChunkQueue<TableChunk>()
    const tx = idb.transaction([...names, REGISTER_JOURNAL], 'readonly')
    tx.addEventListener('abort', () => queue.fail(tx.error))
    const rest = Promise.all(others.map(async (name) => [name, await readAll(tx.objectStore(name))] as const))
    rest.catch(() => undefined)
    readInTwoParts(tx, idb, reader, this.twoParts(), (part) => queue.push(serialised(BIG_TABLE, part)))
      .then(async () => {
        for (const chunk of chunksOf(others, new Map(await rest))) queue.push(chunk)
        queue.close()
      })
      .catch((error: unknown) => queue.fail(error))
    return queue
  }

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
    const queue = new ChunkQueue<RecordsChunk>()
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
    // Nothing of the wrong shape is written: content from openArchive was checked there (in a worker).
    await ensureChecked(content)
    const reader = safetyBackup ? this.upperReader() : null
    if (reader && safetyBackup) {
      try {
        return await this.replaceAllInTwo(content, safetyBackup, reader)
      } catch (error) {
        if (!readAgainInOne(error)) throw error
      }
    }
    return this.replaceAllInOne(content, safetyBackup)
  }

  /** The replacement, everything read and written in the one read-write transaction. */
  private async replaceAllInOne(content: ArchiveContent, safetyBackup?: SafetyBackup): Promise<RestoreReport> {
    const names = this.storedTables()
    const journal = this.db.backendDB().objectStoreNames.contains(REGISTER_JOURNAL) ? [REGISTER_JOURNAL] : []
    const tx = this.db.backendDB().transaction([...names, ...journal], 'readwrite')
    const done = transactionDone(tx)
    done.catch(() => undefined)
    const report: RestoreReport = { written: 0, deleted: 0, unchanged: 0 }
    try {
      const current = new Map<string, ArchiveRecord[]>()
      for (const name of names) current.set(name, await readAll(tx.objectStore(name)))
      if (safetyBackup) await keepAliveWhile(tx, names[0]!, safetyBackup(inOrder(chunksOf(names, current))))
      for (const name of writeOrder(names)) {
        const wanted = wantedAfterRestore(content, name, names, current.get(name) ?? [])
        await applyWrites(tx.objectStore(name), diffRecords(current.get(name) ?? [], wanted, report))
        current.delete(name)
      }
      noteRestored(tx, journal)
    } catch (error) {
      await abandon(tx, done)
      throw error
    }
    await done
    return report
  }

  /**
   * The replacement with the recommendations read in two parts first (read-only, this connection and a
   * worker's), then ONE read-write transaction, created once both reads have started, so it comes after
   * them and no other write can fall in between unseen: in it, the journal's stamp must still be the
   * one both parts saw (else SnapshotMovedError: the caller does it all in one transaction), and the
   * other tables are read. The safety backup is then exactly what the transaction replaces. Records are
   * compared by their JSON text; only those that differ are written.
   */
  private async replaceAllInTwo(content: ArchiveContent, safetyBackup: SafetyBackup, reader: UpperPartReader): Promise<RestoreReport> {
    const names = this.storedTables()
    const others = names.filter((n) => n !== BIG_TABLE)
    const idb = this.db.backendDB()
    const wantedBig = wantedAfterRestore(content, BIG_TABLE, names, [])
    // The safety backup is written as the records are read: the recommendations first, the rest once the
    // read-write transaction has them. The incoming records are serialised meanwhile, for the comparison.
    const current = new ChunkQueue<TableChunk>()
    const safety = safetyBackup(current)
    safety.catch(() => undefined)
    const wantedTexts = textsOf(wantedBig)
    const parts: RecordTexts[] = []
    let started: () => void = () => undefined
    const readerStarted = new Promise<void>((resolve) => (started = resolve))
    const read = readInTwoParts(idb.transaction([BIG_TABLE, REGISTER_JOURNAL], 'readonly'), idb, reader, this.twoParts(started), (part) => {
      parts.push(part)
      current.push(serialised(BIG_TABLE, part))
    })
    const giveUp = async (error: unknown): Promise<never> => {
      current.fail(error)
      await safety.catch(() => undefined)
      throw error
    }
    try {
      await Promise.race([readerStarted, read])
    } catch (error) {
      return giveUp(error)
    }

    // Created once the second reader's transaction is active: this one comes after both reads.
    const tx = idb.transaction([...names, REGISTER_JOURNAL], 'readwrite')
    const done = transactionDone(tx)
    done.catch(() => undefined)
    const report: RestoreReport = { written: 0, deleted: 0, unchanged: 0 }
    try {
      const stampNow = await lastKeyOf(tx.objectStore(REGISTER_JOURNAL))
      const now = new Map<string, ArchiveRecord[]>()
      for (const name of others) now.set(name, await readAll(tx.objectStore(name)))
      const stamp = await keepAliveWhile(tx, REGISTER_JOURNAL, read)
      if (!sameKey(stamp, stampNow)) throw new SnapshotMovedError()
      for (const chunk of chunksOf(others, now)) current.push(chunk)
      current.close()
      const [, texts] = await keepAliveWhile(tx, REGISTER_JOURNAL, Promise.all([safety, wantedTexts]))
      for (const name of writeOrder(names)) {
        if (name === BIG_TABLE) {
          await applyWrites(tx.objectStore(name), diffTexts(parts, wantedBig, texts, report))
          parts.length = 0
        } else {
          const wanted = wantedAfterRestore(content, name, names, now.get(name) ?? [])
          await applyWrites(tx.objectStore(name), diffRecords(now.get(name) ?? [], wanted, report))
          now.delete(name)
        }
      }
      noteRestored(tx, [REGISTER_JOURNAL])
    } catch (error) {
      await abandon(tx, done)
      return giveUp(error)
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
    // The tables a merge takes are checked (the bookkeeping it leaves aside is not read).
    if (!isChecked(content)) await checkTables(incoming)
    return markChecked(planMerge(incoming, await this.localView(incoming)))
  }

  /**
   * Applies a merge with the person's choices in ONE read-write transaction. First checks that every
   * record about to be written is still as it was when the merge was planned: if one changed meanwhile,
   * nothing is written and DataChangedError asks for a fresh plan.
   */
  async applyMerge(plan: MergePlan, choices: ReadonlyMap<string, ConflictChoice>): Promise<MergeReport> {
    const outcome = mergeOutcome(plan, choices)
    // A plan from planMerge holds checked records (and field merges of checked records); any other is checked now.
    if (!isChecked(plan)) await checkTables(Object.fromEntries(outcome.puts))
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

  /** The reviews (by session) and statements (by title) that can be saved on their own. */
  async choices(): Promise<{ reviews: Review[]; statements: Statement[] }> {
    return {
      reviews: await this.db.reviews.orderBy('session').toArray(),
      statements: (await this.db.statements.toArray()).sort((a, b) => a.title.localeCompare(b.title))
    }
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

/**
 * Checks every record of content that openArchive did not check (built elsewhere: tests, a future
 * caller); throws InvalidRecordError, before any transaction is opened, at the first one refused.
 */
async function ensureChecked(content: ArchiveContent): Promise<void> {
  if (isChecked(content)) return
  await checkTables(content.tables)
  markChecked(content)
}

/** Tables held in memory as archive chunks (chunked, so no archive line grows huge). */
function* chunksOf(names: readonly string[], tables: ReadonlyMap<string, readonly ArchiveRecord[]>): Generator<TableChunk> {
  for (const table of names) {
    const records = tables.get(table) ?? []
    if (records.length === 0) yield { table, records }
    for (let start = 0; start < records.length; start += CHUNK) yield { table, records: records.slice(start, start + CHUNK) }
  }
}

/** Chunks held in memory, handed on as a stream. */
async function* inOrder(chunks: Iterable<TableChunk>): AsyncGenerator<TableChunk> {
  yield* chunks
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

/** What a restore writes to one table: the records that differ, and the keys of those that go. */
interface TableWrites {
  writes: ArchiveRecord[]
  deletes: IDBValidKey[]
}

/** The writes that turn `current` into `wanted` (equal records are left alone), counted in `report`. */
function diffRecords(current: readonly ArchiveRecord[], wanted: readonly ArchiveRecord[], report: RestoreReport): TableWrites {
  const before = new Map(current.map((r) => [r.id, r]))
  const writes: ArchiveRecord[] = []
  for (const record of wanted) {
    const old = before.get(record.id)
    before.delete(record.id)
    if (old && sameValue(old, record)) report.unchanged++
    else writes.push(record)
  }
  report.written += writes.length
  report.deleted += before.size
  return { writes, deletes: [...before.keys()] }
}

/** The same, with the current records as JSON texts and the wanted ones' texts beside them. */
function diffTexts(current: readonly RecordTexts[], wanted: readonly ArchiveRecord[], wantedTexts: readonly string[], report: RestoreReport): TableWrites {
  const before = new Map<string, string>()
  for (const part of current) part.ids.forEach((id, i) => before.set(String(id), part.texts[i]!))
  const writes: ArchiveRecord[] = []
  wanted.forEach((record, i) => {
    const old = before.get(record.id)
    before.delete(record.id)
    if (old !== undefined && old === wantedTexts[i]) report.unchanged++
    else writes.push(record)
  })
  report.written += writes.length
  report.deleted += before.size
  return { writes, deletes: [...before.keys()] }
}

/** The JSON text of each record (of a table without byte arrays), serialised in slices so that messages and timers run in between. */
async function textsOf(records: readonly ArchiveRecord[]): Promise<string[]> {
  const out: string[] = new Array<string>(records.length)
  for (let start = 0; start < records.length; start += CHUNK) {
    const end = Math.min(records.length, start + CHUNK)
    // Plain JSON, as the stored records are serialised (a byte array in a damaged archive just differs).
    for (let i = start; i < end; i++) out[i] = JSON.stringify(records[i])
    if (end < records.length) await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return out
}

/** Data tables first, so the merge bases of an exchange can be computed from what was restored. */
function writeOrder(names: readonly string[]): string[] {
  return [...names.filter((n) => !BOOKKEEPING_TABLES.includes(n)), ...names.filter((n) => BOOKKEEPING_TABLES.includes(n))]
}

/** What a table holds after a restore of `content`. */
function wantedAfterRestore(content: ArchiveContent, name: string, names: readonly string[], current: readonly ArchiveRecord[]): ArchiveRecord[] {
  const incoming = Object.hasOwn(content.tables, name) ? content.tables[name]! : null
  if (name === 'appMeta') return appMetaAfterRestore(current, incoming)
  if (name === 'syncBases' && incoming === null) return basesFor(content.tables, names)
  return incoming ?? []
}

/** Tells the register, in the restore's transaction, that every recommendation may have changed. */
function noteRestored(tx: IDBTransaction, journal: readonly string[]): void {
  for (const name of journal) tx.objectStore(name).add({ all: true })
}

/** Aborts a transaction that failed and waits for it to end. */
async function abandon(tx: IDBTransaction, done: Promise<void>): Promise<void> {
  try {
    tx.abort()
  } catch {
    // already finished
  }
  await done.catch(() => undefined)
}

/** The key of the last record of a store, or null. */
function lastKeyOf(store: IDBObjectStore): Promise<IDBValidKey | null> {
  return new Promise((resolve, reject) => {
    const request = store.openKeyCursor(null, 'prev')
    request.onsuccess = () => resolve(request.result ? (request.result.primaryKey as IDBValidKey) : null)
    request.onerror = () => reject(request.error)
  })
}

function sameKey(a: IDBValidKey | null, b: IDBValidKey | null): boolean {
  return a === null || b === null ? a === b : indexedDB.cmp(a, b) === 0
}

/** Writes what differs and deletes what is gone, resolving once every request has succeeded. */
function applyWrites(store: IDBObjectStore, { writes, deletes }: TableWrites): Promise<void> {
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
