/**
 * The sync engine: a local PouchDB per mission, kept in step with the app's own store (through the
 * `SyncStore` port, implemented over Dexie in db/sync/) and replicated with the mission's CouchDB (or a
 * shared folder, folder.ts). Pure of Dexie and React.
 *
 * - Local edits: the store's outbox lists the records changed since they were last written here. Each
 *   becomes a revision written as a child of the revision the laptop's copy was based on, so an edit made
 *   while another laptop's change was arriving becomes a CouchDB conflict rather than overwriting it.
 * - Arriving changes (the local PouchDB's changes feed, whatever wrote them) are applied to the store in
 *   one transaction per batch; records with local changes still in the outbox are left for after them.
 * - Conflicts: fields changed on one side only merge by themselves, with a revision id computed from what
 *   it merges (two laptops write the same one); fields changed on both sides go to the Conflicts list.
 * - Typing never waits: the store's write commits first; all of this runs afterwards, one step at a time.
 */
import { canonicalJson } from '../archive/record-hash'
import { decodeData, encodeData, type FieldCipher } from './cipher'
import { dataToRecord, deletionDocument, docData, editDocument, recordToData, type RecordData, type SyncDoc } from './documents'
import { mergeLeaves, type Leaf } from './merge'
import type { PouchChangesListener, PouchDatabase, PouchDoc, PouchReplication } from './pouch-types'
import { childHistory, deterministicRevision, generationOf, newRevision } from './revisions'
import type { SyncProblem } from './session'
import { docIdOf, parseDocId, type SharedTable } from './tables'

/** A record as the store holds it. */
export type StoredRecord = Record<string, unknown> & { id: string }

/** Local changes waiting to be written to PouchDB: their document ids, and the outbox position they reach. */
export interface OutboxBatch {
  keys: string[]
  upToSeq: number
}

/** A change arriving for the store: the record as the winning revision has it, or null when deleted. */
export interface IncomingItem {
  key: string
  table: SharedTable
  id: string
  rev: string
  record: StoredRecord | null
}

/** A conflict the person resolves: the two versions of the record and the fields both sides changed. */
export interface StoredConflict {
  /** The document id (`<table>:<id>`). */
  id: string
  table: SharedTable
  recordId: string
  winnerRev: string
  loserRev: string
  /** What this laptop shows now (the winner, with the fields changed on one side only merged in). */
  mine: StoredRecord
  /** The other version: the same, with the other side's value of each conflicting field. */
  theirs: StoredRecord
  fields: string[]
  detectedAt: string
}

/** The engine's port to the app's store (implemented over Dexie in db/sync/dexie-sync-store.ts). */
export interface SyncStore {
  /** The oldest local changes not yet written to PouchDB (at most `limit` records), or null when none. */
  outbox(limit: number): Promise<OutboxBatch | null>
  /** How many records have local changes waiting. */
  outboxSize(): Promise<number>
  /** The records (undefined when deleted or never stored) and the revision each was last in step with. */
  read(keys: readonly string[]): Promise<Map<string, { record: StoredRecord | undefined; rev: string | undefined }>>
  /** PouchDB holds these revisions now: note them, and drop the outbox entries up to `upToSeq`. */
  sent(revs: ReadonlyMap<string, string>, upToSeq: number): Promise<void>
  /** Applies arriving changes in one transaction and remembers `seq`; records with waiting local changes are left as they are. */
  apply(items: readonly IncomingItem[], seq: number | string): Promise<void>
  /** The local PouchDB sequence applied so far (0 at first). */
  appliedSeq(): Promise<number | string>
  /** Records (or clears, for `resolved`) conflicts the person has to decide. */
  conflicts(found: readonly StoredConflict[], resolved: readonly string[]): Promise<void>
  /** Calls back after every committed local change to a shared table; returns the unsubscribe function. */
  onLocalChange(listener: () => void): () => void
}

/** What the status indicator shows. */
export type SyncState =
  | { state: 'starting' }
  | { state: 'synced'; at: string | null }
  | { state: 'sending'; count: number }
  | { state: 'receiving'; count: number }
  | { state: 'offline'; since: string }
  | { state: 'error'; problem: SyncProblem }
  | { state: 'stopped' }

/** The engine's status: the state, whether this account may write, and the last error's words for the log. */
export interface SyncStatus {
  sync: SyncState
  readOnly: boolean
  detail: string | null
}

/** How the engine reaches the mission's shared copy. */
export type SyncTarget = { kind: 'server'; remote: PouchDatabase } | { kind: 'none' }

/** What the engine needs. */
export interface SyncEngineOptions {
  local: PouchDatabase
  store: SyncStore
  target: SyncTarget
  cipher: FieldCipher | null
  readOnly: boolean
  /** Longest wait between two attempts to reach the server (ms). */
  maxRetryDelay?: number
  /** The server said 401 (the session expired, the server restarted): sign in again if possible; true when done. */
  renewSession?: () => Promise<boolean>
}

/** Records handled per step (one Dexie transaction, one bulkDocs). */
const BATCH = 250

/** The person's choice for a conflict: this laptop's version or the other one. */
export type ConflictChoice = 'mine' | 'theirs'

interface LeafDoc extends SyncDoc {
  _revisions: NonNullable<SyncDoc['_revisions']>
}

/** The sync engine of one mission. */
export class SyncEngine {
  private status: SyncStatus
  private readonly listeners = new Set<(status: SyncStatus) => void>()
  private unsubscribeStore: (() => void) | null = null
  private changesFeed: PouchChangesListener | null = null
  private poll: ReturnType<typeof setInterval> | null = null
  private pull: PouchReplication | null = null
  private push: PouchReplication | null = null
  private running = false
  private dirty = false
  private pump: Promise<void> = Promise.resolve()
  private stopped = false
  private offlineSince: string | null = null
  private problem: SyncProblem | null = null
  private pullActive = false
  private pushActive = false
  private pullPending = 0
  private unpushed = 0
  private outboxCount = 0
  private unapplied = 0
  private lastSynced: string | null = null
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private retryDelay = 0
  private renewing = false
  /** Sign-ins since the server last answered well (a refused password is not tried again and again). */
  private renewals = 0
  private maxDelay = 10_000

  constructor(private readonly options: SyncEngineOptions) {
    this.status = { sync: { state: 'starting' }, readOnly: options.readOnly, detail: null }
  }

  /** The current status. */
  current(): SyncStatus {
    return this.status
  }

  /** Calls back on every status change; returns the unsubscribe function. */
  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Starts: local changes go out, arriving changes come in, replication runs live. */
  start(): void {
    this.stopped = false
    this.unsubscribeStore = this.options.store.onLocalChange(() => this.schedule())
    this.changesFeed = this.options.local.changes({ since: 'now', live: true, return_docs: false })
    this.changesFeed.on('change', () => this.schedule())
    this.changesFeed.on('error', (error) => this.fail('server-error', error))
    this.startReplication()
    // A safety net for a notice that never came: look at the outbox and the local copy now and then.
    this.poll = setInterval(() => this.schedule(), 5000)
    this.schedule()
  }

  /** Stops everything (the local PouchDB stays open: `close()` closes it). */
  async stop(): Promise<void> {
    this.stopped = true
    this.unsubscribeStore?.()
    this.unsubscribeStore = null
    this.changesFeed?.cancel()
    this.changesFeed = null
    if (this.poll) clearInterval(this.poll)
    this.poll = null
    this.stopReplication()
    await this.pump.catch(() => undefined)
    this.setState({ state: 'stopped' })
  }

  /** Stops, and closes the local PouchDB. */
  async close(): Promise<void> {
    await this.stop()
    await this.options.local.close()
  }

  /** Tries the server again now (after a lost connection, or when the person asks). */
  syncNow(): void {
    if (this.stopped) return
    this.stopReplication()
    this.problem = null
    this.retryDelay = 0
    this.startReplication()
    // A safety net for a notice that never came: look at the outbox and the local copy now and then.
    this.poll = setInterval(() => this.schedule(), 5000)
    this.schedule()
  }

  /** Runs every pending local and arriving change through, until nothing is left (tests and the benchmark). */
  async flush(): Promise<void> {
    for (let round = 0; round < 50; round++) {
      this.dirty = true
      await this.runPump()
      const seq = (await this.options.local.info()).update_seq
      const applied = await this.options.store.appliedSeq()
      if ((await this.options.store.outboxSize()) === 0 && String(seq) === String(applied)) return
    }
  }

  private schedule(): void {
    this.dirty = true
    if (!this.running) void this.runPump()
  }

  private runPump(): Promise<void> {
    if (this.running) return this.pump
    this.running = true
    this.pump = (async () => {
      try {
        while (this.dirty) {
          this.dirty = false
          await this.sendLocal()
          await this.receive()
        }
      } catch (error) {
        this.fail('server-error', error)
      } finally {
        this.running = false
        await this.refreshCounts().catch(() => undefined)
      }
    })()
    return this.pump
  }

  // ---------------------------------------------------------------- local edits → local PouchDB

  private async sendLocal(): Promise<void> {
    const { store, local, cipher } = { store: this.options.store, local: this.options.local, cipher: this.options.cipher }
    for (;;) {
      const batch = await store.outbox(BATCH)
      if (!batch) return
      const current = await store.read(batch.keys)
      const bases = new Map<string, SyncDoc>()
      const wanted = batch.keys.flatMap((key) => {
        const rev = current.get(key)?.rev
        return rev ? [{ id: key, rev }] : []
      })
      if (wanted.length > 0) {
        const got = await local.bulkGet({ docs: wanted, revs: true, attachments: true })
        for (const result of got.results) {
          const found = result.docs[0]
          if (found && 'ok' in found) bases.set(result.id, found.ok as unknown as SyncDoc)
        }
      }
      const docs: SyncDoc[] = []
      const revs = new Map<string, string>()
      for (const key of batch.keys) {
        const parsed = parseDocId(key)
        if (!parsed) continue
        const entry = current.get(key)
        const base = bases.get(key) ?? null
        const baseData = base && !base._deleted ? await decodeData(key, docData(base), cipher) : null
        if (!entry?.record) {
          if (base && !base._deleted) {
            const rev = newRevision(generationOf(base._rev))
            docs.push(deletionDocument(base, rev))
            revs.set(key, rev)
          }
          continue
        }
        const data = recordToData(parsed.table, entry.record)
        if (baseData && canonicalJson(baseData) === canonicalJson(data)) continue
        const rev = newRevision(base ? generationOf(base._rev) : 0)
        const encoded = await encodeData(parsed.table, key, data, cipher)
        docs.push(editDocument(parsed.table, parsed.id, rev, data, base && baseData ? { doc: base, data: baseData } : null, encoded))
        revs.set(key, rev)
      }
      if (docs.length > 0) {
        const results = await local.bulkDocs(docs as unknown as PouchDoc[], { new_edits: false })
        const failed = results.find((r) => r.error)
        if (failed) throw new Error(`local write refused: ${String(failed.reason ?? failed.error)}`)
        this.unpushed += docs.length
      }
      await store.sent(revs, batch.upToSeq)
    }
  }

  // ---------------------------------------------------------------- local PouchDB → store

  private async receive(): Promise<void> {
    const { store, local } = this.options
    for (;;) {
      const since = await store.appliedSeq()
      const feed = await local.changes({ since, limit: BATCH, include_docs: true, conflicts: true, attachments: true, style: 'main_only' })
      if (feed.results.length === 0) {
        // Everything the local copy holds is applied (design documents and the key were skipped).
        this.unapplied = 0
        return
      }
      const items: IncomingItem[] = []
      const conflicted: string[] = []
      const clear: string[] = []
      for (const change of feed.results) {
        const parsed = parseDocId(change.id)
        const doc = change.doc as unknown as SyncDoc | undefined
        if (!parsed || !doc) continue
        if (doc._conflicts && doc._conflicts.length > 0) conflicted.push(change.id)
        else clear.push(change.id)
        const record = doc._deleted ? null : (dataToRecord(parsed.table, parsed.id, await decodeData(change.id, docData(doc), this.options.cipher)) as StoredRecord)
        items.push({ key: change.id, table: parsed.table, id: parsed.id, rev: doc._rev, record })
      }
      await store.apply(items, feed.last_seq)
      this.unapplied = Math.max(0, this.unapplied - feed.results.length)
      const found = conflicted.length > 0 ? await this.handleConflicts(conflicted) : []
      await store.conflicts(found, clear)
    }
  }

  // ---------------------------------------------------------------- conflicts

  private async leaves(docId: string): Promise<{ winner: Leaf; losers: Leaf[] } | null> {
    const { local, cipher } = this.options
    const head = (await local.get(docId, { conflicts: true })) as SyncDoc
    if (!head._conflicts || head._conflicts.length === 0) return null
    const open = (await local.get(docId, { open_revs: [head._rev, ...head._conflicts], revs: true, attachments: true })) as { ok?: LeafDoc }[]
    const docs = open.flatMap((o) => (o.ok && !o.ok._deleted ? [o.ok] : []))
    const winnerDoc = docs.find((d) => d._rev === head._rev)
    if (!winnerDoc) return null
    const toLeaf = async (doc: LeafDoc): Promise<Leaf> => ({ doc, data: await decodeData(docId, docData(doc), cipher) })
    const losers = await Promise.all(docs.filter((d) => d !== winnerDoc).sort((a, b) => (a._rev < b._rev ? -1 : 1)).map(toLeaf))
    return { winner: await toLeaf(winnerDoc), losers }
  }

  /** Merges what merges by itself; returns the conflicts left for the person. */
  private async handleConflicts(docIds: readonly string[]): Promise<StoredConflict[]> {
    const found: StoredConflict[] = []
    const writes: SyncDoc[] = []
    for (const docId of docIds) {
      const parsed = parseDocId(docId)
      const leaves = parsed ? await this.leaves(docId) : null
      if (!parsed || !leaves) continue
      const merged = mergeLeaves(leaves.winner, leaves.losers)
      if (merged.conflicts.length === 0) {
        const seed = ['merge', leaves.winner.doc._rev, ...leaves.losers.map((l) => l.doc._rev)].join('\n')
        writes.push(...(await this.resolution(parsed.table, docId, leaves, merged.data, merged.stamps, merged.superseded, { seed })))
        continue
      }
      const first = merged.conflicts[0]!
      const sameLoser = merged.conflicts.filter((c) => c.loserRev === first.loserRev)
      const theirs: RecordData = { ...merged.data }
      for (const c of sameLoser) theirs[c.field] = c.loser
      found.push({
        id: docId,
        table: parsed.table,
        recordId: parsed.id,
        winnerRev: leaves.winner.doc._rev,
        loserRev: first.loserRev,
        mine: dataToRecord(parsed.table, parsed.id, merged.data) as StoredRecord,
        theirs: dataToRecord(parsed.table, parsed.id, theirs) as StoredRecord,
        fields: sameLoser.map((c) => c.field),
        detectedAt: new Date().toISOString()
      })
    }
    if (writes.length > 0) await this.write(writes)
    return found
  }

  /**
   * The documents that end a conflict: the merged revision (a child of the winner; with a revision id from
   * `seed` when given, else random) and a deletion of each losing revision, written together.
   */
  private async resolution(
    table: SharedTable,
    docId: string,
    leaves: { winner: Leaf; losers: Leaf[] },
    data: RecordData,
    stamps: Record<string, string>,
    superseded: Record<string, string[]>,
    revision: { seed: string } | { rev: string } | null
  ): Promise<SyncDoc[]> {
    const docs: SyncDoc[] = []
    const winner = leaves.winner.doc
    const changed = canonicalJson(data) !== canonicalJson(leaves.winner.data) || canonicalJson(stamps) !== canonicalJson(winner.s) || canonicalJson(superseded) !== canonicalJson(winner.o ?? {})
    if (changed) {
      const gen = generationOf(winner._rev)
      const rev = revision === null ? newRevision(gen) : 'rev' in revision ? revision.rev : await deterministicRevision(gen, revision.seed)
      const encoded = await encodeData(table, docId, data, this.options.cipher)
      const doc = editDocument(table, parseDocId(docId)!.id, rev, data, null, encoded)
      doc._revisions = childHistory(rev, winner._revisions)
      doc.s = stamps
      doc.c = winner.c
      if (Object.keys(superseded).length > 0) doc.o = superseded
      else delete doc.o
      docs.push(doc)
    }
    for (const loser of leaves.losers) {
      const rev = await deterministicRevision(generationOf(loser.doc._rev), `delete\n${loser.doc._rev}`)
      docs.push(deletionDocument(loser.doc, rev))
    }
    return docs
  }

  private async write(docs: SyncDoc[]): Promise<void> {
    const results = await this.options.local.bulkDocs(docs as unknown as PouchDoc[], { new_edits: false })
    const failed = results.find((r) => r.error)
    if (failed) throw new Error(`local write refused: ${String(failed.reason ?? failed.error)}`)
    this.unpushed += docs.length
  }

  /**
   * Resolves a conflict with the person's choice: the merged revision and the removal of the losing one,
   * in one bulkDocs. If the document changed meanwhile, the merge is worked out again on what it is now,
   * and the choice applied to the fields still in conflict.
   */
  async resolve(docId: string, choice: ConflictChoice): Promise<void> {
    const parsed = parseDocId(docId)
    const leaves = parsed ? await this.leaves(docId) : null
    if (!parsed || !leaves) {
      await this.options.store.conflicts([], [docId])
      return
    }
    const merged = mergeLeaves(leaves.winner, leaves.losers)
    const rev = newRevision(generationOf(leaves.winner.doc._rev))
    const data = { ...merged.data }
    const stamps = { ...merged.stamps }
    const superseded = { ...merged.superseded }
    for (const c of merged.conflicts) {
      if (choice === 'theirs') {
        if (c.loser === undefined) delete data[c.field]
        else data[c.field] = c.loser
      }
      // The decision is newer than both versions: it supersedes both stamps.
      const loserDoc = leaves.losers.find((l) => l.doc._rev === c.loserRev)?.doc
      const older = [leaves.winner.doc.s[c.field] ?? leaves.winner.doc.c, loserDoc ? (loserDoc.s[c.field] ?? loserDoc.c) : null].filter((s): s is string => s !== null)
      superseded[c.field] = [...new Set([...(superseded[c.field] ?? []), ...older])].sort()
      stamps[c.field] = rev
    }
    // The new revision's id is the one the stamps name.
    await this.write(await this.resolution(parsed.table, docId, leaves, data, stamps, superseded, { rev }))
    await this.options.store.conflicts([], [docId])
    this.schedule()
  }

  // ---------------------------------------------------------------- replication

  private startReplication(): void {
    const target = this.options.target
    if (target.kind !== 'server') {
      this.setState({ state: 'synced', at: null })
      return
    }
    const maxDelay = this.options.maxRetryDelay ?? 10_000
    // Retries are the engine's own (PouchDB's live retry can stall after a lost connection): a failed
    // replication ends, and both directions start again after a growing delay, from their checkpoints.
    const options = { live: true, retry: false, batch_size: 250 }
    this.maxDelay = maxDelay
    const { local } = this.options
    // Events of a replication cancelled since (by "Sync now", by going back online) are ignored.
    const pull = local.replicate.from(target.remote, options)
    this.pull = pull
    const isPull = () => this.pull === pull
    pull
      .on('change', (info) => {
        if (!isPull()) return
        this.pullPending = info.pending ?? 0
        this.unapplied += info.docs_written ?? 0
        this.online()
        this.update()
      })
      .on('active', () => {
        if (!isPull()) return
        this.pullActive = true
        this.online()
        this.update()
      })
      .on('paused', (error) => {
        if (!isPull()) return
        this.pullActive = false
        if (error) this.lost(error)
        else {
          this.pullPending = 0
          this.online()
        }
        this.update()
      })
      .on('denied', (error) => {
        if (isPull()) this.fail('no-access', error)
      })
      .on('error', (error) => {
        if (isPull()) this.lostAndRetry(error)
      })
    if (!this.options.readOnly) {
      const push = local.replicate.to(target.remote, options)
      this.push = push
      const isPush = () => this.push === push
      push
        .on('change', (info) => {
          if (!isPush()) return
          this.unpushed = Math.max(0, this.unpushed - (info.docs_written ?? 0))
          this.online()
          this.update()
        })
        .on('active', () => {
          if (!isPush()) return
          this.pushActive = true
          this.online()
          this.update()
        })
        .on('paused', (error) => {
          if (!isPush()) return
          this.pushActive = false
          if (error) this.lost(error)
          else {
            this.unpushed = 0
            this.online()
          }
          this.update()
        })
        .on('denied', (error) => {
          if (isPush()) this.fail('no-write', error)
        })
        .on('error', (error) => {
          if (isPush()) this.lostAndRetry(error)
        })
    }
  }

  /** A replication failed: say so, and start both directions again after a growing delay. */
  private lostAndRetry(error: unknown): void {
    if ((error as { status?: unknown } | undefined)?.status === 401 && this.options.renewSession && !this.renewing && this.renewals < 2) {
      this.renewing = true
      this.renewals++
      void this.options
        .renewSession()
        .catch(() => false)
        .then((renewed) => {
          this.renewing = false
          if (renewed) this.syncNow()
          else {
            this.renewals = 2
            this.lostAndRetry(error)
          }
        })
      return
    }
    this.lost(error)
    if (this.stopped || this.retryTimer) return
    this.retryDelay = this.retryDelay === 0 ? 1000 : Math.min(this.maxDelay, this.retryDelay * 2)
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      if (this.stopped) return
      this.stopReplication()
      this.startReplication()
    }, this.retryDelay)
  }

  private stopReplication(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    this.pull?.cancel()
    this.push?.cancel()
    this.pull = null
    this.push = null
    this.pullActive = false
    this.pushActive = false
  }

  private online(): void {
    this.offlineSince = null
    this.retryDelay = 0
    this.renewals = 0
    if (this.problem === 'unreachable' || this.problem === 'server-error') this.problem = null
  }

  /** A failed request: unreachable (offline), or the server said no. */
  private lost(error: unknown): void {
    const status = (error as { status?: unknown } | undefined)?.status
    if (status === 401) this.fail('wrong-password', error)
    else if (status === 403) this.fail(this.options.readOnly ? 'no-access' : 'no-write', error)
    else {
      this.offlineSince ??= new Date().toISOString()
      this.status = { ...this.status, detail: describe(error) }
      this.update()
    }
  }

  private fail(problem: SyncProblem, error: unknown): void {
    this.problem = problem
    this.status = { ...this.status, detail: describe(error) }
    this.update()
  }

  private async refreshCounts(): Promise<void> {
    this.outboxCount = await this.options.store.outboxSize()
    this.update()
  }

  private update(): void {
    if (this.stopped) return
    let state: SyncState
    if (this.problem) state = { state: 'error', problem: this.problem }
    else if (this.offlineSince) state = { state: 'offline', since: this.offlineSince }
    else if (this.pullActive && this.pullPending + this.unapplied > 0) state = { state: 'receiving', count: this.pullPending + this.unapplied }
    else if (this.outboxCount + this.unpushed > 0 && this.options.target.kind === 'server' && !this.options.readOnly) state = { state: 'sending', count: this.outboxCount + this.unpushed }
    else if (this.unapplied > 0) state = { state: 'receiving', count: this.unapplied }
    else {
      // The moment both directions went quiet.
      if ((this.status.sync.state !== 'synced' || this.lastSynced === null) && !this.pushActive && !this.pullActive) this.lastSynced = new Date().toISOString()
      state = { state: 'synced', at: this.lastSynced }
    }
    this.setState(state)
  }

  private setState(sync: SyncState): void {
    const next: SyncStatus = { ...this.status, sync }
    if (canonicalJson(next) === canonicalJson(this.status)) return
    this.status = next
    for (const listener of this.listeners) listener(next)
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  if (typeof error === 'object' && error !== null) {
    const e = error as { status?: unknown; reason?: unknown; message?: unknown; error?: unknown }
    return [e.status, e.error, e.reason ?? e.message].filter((v) => v !== undefined).join(' ')
  }
  return String(error)
}

/** The document id of a record (re-exported for the store). */
export { docIdOf }
