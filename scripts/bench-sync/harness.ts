// The sync benchmark harness: runs in headless Chromium (scripts/bench-sync.ts builds and serves it) and
// times the app's own sync engine and Dexie bridge against the CouchDB-protocol stand-in, each figure
// beside the bare library calls it competes with (a PouchDB replicate, a Dexie bulkPut, a Dexie put).
import Dexie from 'dexie'
import { UprDeskDatabase } from '../../src-renderer/db/schema/database'
import { RecommendationRepository } from '../../src-renderer/db/repositories/recommendations'
import { SCHEMA_V5 } from '../../src-renderer/domain/stores'
import { DexieSyncStore } from '../../src-renderer/db/sync/dexie-sync-store'
import { loadBrowserPouch } from '../../src-renderer/sync/browser-pouch'
import { dataToRecord, docData } from '../../src-renderer/sync/documents'
import type { SyncDoc } from '../../src-renderer/sync/documents'
import { SyncEngine } from '../../src-renderer/sync/engine'
import type { PouchDatabase } from '../../src-renderer/sync/pouch-types'
import { authenticatedFetch, type Credentials } from '../../src-renderer/sync/session'
import { syntheticRecommendation } from '../bench-records'

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))
const unique = () => Math.random().toString(36).slice(2, 8)

async function until(check: () => Promise<boolean>, timeoutMs: number, stepMs = 50): Promise<void> {
  const end = performance.now() + timeoutMs
  while (performance.now() < end) {
    if (await check()) return
    await wait(stepMs)
  }
  throw new Error('timed out')
}

async function remoteOf(credentials: Credentials, database: string): Promise<PouchDatabase> {
  const PouchDB = await loadBrowserPouch()
  return new PouchDB(`${credentials.server}/${database}`, { adapter: 'http', fetch: authenticatedFetch(credentials), skip_setup: true })
}

interface Laptop {
  db: UprDeskDatabase
  engine: SyncEngine
  local: PouchDatabase
}

async function laptop(credentials: Credentials, database: string): Promise<Laptop> {
  const PouchDB = await loadBrowserPouch()
  const name = unique()
  const db = new UprDeskDatabase(`bench-sync-${name}`)
  await db.open()
  const local = new PouchDB(`bench-sync-pouch-${name}`, { adapter: 'idb' })
  const engine = new SyncEngine({ local, store: new DexieSyncStore(db), target: { kind: 'server', remote: await remoteOf(credentials, database) }, cipher: null, readOnly: false, maxRetryDelay: 1000 })
  engine.start()
  return { db, engine, local }
}

async function close(l: Laptop): Promise<void> {
  await l.engine.close()
  l.db.close()
}

const bench = {
  /** Initial sync of a mission database into an empty laptop, then the bare calls on the same documents. */
  async initialSync(credentials: Credentials, database: string, expected: number) {
    const t0 = performance.now()
    const l = await laptop(credentials, database)
    await until(async () => (await l.db.recommendations.count()) >= expected, 30 * 60_000, 250)
    const oursMs = performance.now() - t0
    await close(l)

    // Bare: a PouchDB replicate into an empty local copy, then a Dexie bulkPut of the same documents.
    const PouchDB = await loadBrowserPouch()
    const bare = new PouchDB(`bench-sync-bare-${unique()}`, { adapter: 'idb' })
    const r0 = performance.now()
    await bare.replicate.from(await remoteOf(credentials, database), { batch_size: 250 })
    const replicateMs = performance.now() - r0
    const plain = new Dexie(`bench-sync-plain-${unique()}`)
    plain.version(5).stores(SCHEMA_V5)
    await plain.open()
    const p0 = performance.now()
    let put = 0
    let startkey = 'recommendations:'
    for (;;) {
      const page = await bare.allDocs({ include_docs: true, startkey, endkey: 'recommendations:\uffff', limit: 1001 })
      const rows = page.rows.slice(0, 1000)
      if (rows.length === 0) break
      await plain.table('recommendations').bulkPut(rows.map((row) => dataToRecord('recommendations', row.id.slice('recommendations:'.length), docData(row.doc as unknown as SyncDoc))))
      put += rows.length
      if (page.rows.length <= 1000) break
      startkey = page.rows[1000]!.id
    }
    const bulkPutMs = performance.now() - p0
    plain.close()
    return { records: expected, oursMs, bare: { replicateMs, bulkPutMs, totalMs: replicateMs + bulkPutMs, records: put } }
  },

  /** A change's trip from laptop A to laptop B (both live on the server): put on A until B's Dexie has it. */
  async changeTrip(credentials: Credentials, database: string, trips: number) {
    const a = await laptop(credentials, database)
    const b = await laptop(credentials, database)
    const repoA = new RecommendationRepository(a.db)
    const [first] = await repoA.addAll([{ ...syntheticRecommendation(1), id: `rec_trip_${unique()}` }])
    await until(async () => (await b.db.recommendations.get(first!.id)) !== undefined, 60_000, 5)
    const ms: number[] = []
    for (let i = 0; i < trips; i++) {
      const current = (await repoA.get(first!.id))!
      const note = `trip ${i}`
      const t0 = performance.now()
      await repoA.update({ ...current, notes: note })
      await until(async () => (await b.db.recommendations.get(first!.id))?.notes === note, 60_000, 5)
      ms.push(performance.now() - t0)
      await wait(100)
    }
    await close(a)
    await close(b)
    return { ms }
  },

  /** The bridge's cost on a local edit: a put with the outbox beside a put on a plain Dexie; then the revision. */
  async localEdit(edits: number) {
    const withBridge = new UprDeskDatabase(`bench-sync-edit-${unique()}`)
    await withBridge.open()
    const plain = new Dexie(`bench-sync-edit-plain-${unique()}`)
    plain.version(5).stores(SCHEMA_V5)
    await plain.open()
    const records = Array.from({ length: 1000 }, (_, i) => syntheticRecommendation(i))
    await withBridge.recommendations.bulkPut(records)
    await plain.table('recommendations').bulkPut(records)
    await withBridge.syncOutbox.clear()
    const PouchDB = await loadBrowserPouch()
    const local = new PouchDB(`bench-sync-edit-pouch-${unique()}`, { adapter: 'idb' })
    const engine = new SyncEngine({ local, store: new DexieSyncStore(withBridge), target: { kind: 'none' }, cipher: null, readOnly: false })
    engine.start()
    await engine.flush()
    const bridged: number[] = []
    const bare: number[] = []
    const toRevision: number[] = []
    for (let i = 0; i < edits; i++) {
      const record = { ...records[i % records.length]!, notes: `edit ${i}` }
      let t0 = performance.now()
      await plain.table('recommendations').put(record)
      bare.push(performance.now() - t0)
      t0 = performance.now()
      await withBridge.recommendations.put(record)
      bridged.push(performance.now() - t0)
      const seq = Number((await local.info()).update_seq)
      await until(async () => Number((await local.info()).update_seq) > seq && (await withBridge.syncOutbox.count()) === 0, 10_000, 1)
      toRevision.push(performance.now() - t0)
    }
    await engine.close()
    withBridge.close()
    plain.close()
    return { putWithBridgeMs: bridged, barePutMs: bare, commitToRevisionMs: toRevision }
  }
}

;(window as unknown as { bench: typeof bench }).bench = bench
document.documentElement.dataset['ready'] = 'true'
