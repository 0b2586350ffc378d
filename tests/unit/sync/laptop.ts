/**
 * A "laptop" for sync tests: its own Dexie database (fake-indexeddb), its own local PouchDB (memory
 * adapter) and the sync engine between them, with the CouchDB-protocol server (the stand-in, or the real
 * CouchDB of COUCHDB_URL) as the shared copy.
 */
import PouchDBCore from 'pouchdb-core'
import HttpAdapter from 'pouchdb-adapter-http'
import MemoryAdapter from 'pouchdb-adapter-memory'
import Replication from 'pouchdb-replication'
import { UprDeskDatabase } from '../../../src-renderer/db/schema/database'
import { DexieSyncStore } from '../../../src-renderer/db/sync/dexie-sync-store'
import { SyncEngine } from '../../../src-renderer/sync/engine'
import type { FieldCipher } from '../../../src-renderer/sync/cipher'
import type { PouchConstructor, PouchDatabase } from '../../../src-renderer/sync/pouch-types'
import { authenticatedFetch, type Credentials } from '../../../src-renderer/sync/session'

/** PouchDB for Node tests: memory adapter, http, replication. */
PouchDBCore.plugin(MemoryAdapter)
PouchDBCore.plugin(HttpAdapter)
PouchDBCore.plugin(Replication)
export const Pouch = PouchDBCore as unknown as PouchConstructor

let counter = 0

/**
 * Node's fetch with the `buffer()` PouchDB's http adapter reads attachments with under Node (it would take
 * a Blob otherwise, which the memory adapter cannot store). Browsers use `blob()`.
 */
export const nodeFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init)
  return Object.assign(response, { buffer: async () => Buffer.from(await response.arrayBuffer()) })
}

/** One laptop of the mission. */
export class Laptop {
  db: UprDeskDatabase
  store: DexieSyncStore
  local: PouchDatabase
  engine: SyncEngine | null = null
  readonly name: string
  private readonly dbName: string
  private readonly pouchName: string

  constructor(
    readonly label: string,
    readonly options: { remoteUrl: string | null; credentials: Credentials | null; cipher?: FieldCipher | null; readOnly?: boolean }
  ) {
    counter++
    this.name = `${label}-${counter}-${crypto.randomUUID().slice(0, 8)}`
    this.dbName = `dexie-${this.name}`
    this.pouchName = `pouch-${this.name}`
    this.db = new UprDeskDatabase(this.dbName)
    this.store = new DexieSyncStore(this.db)
    this.local = new Pouch(this.pouchName, { adapter: 'memory' })
  }

  /** A remote handle on the mission database (a new one each time: "online again"). */
  remote(): PouchDatabase {
    const { remoteUrl, credentials } = this.options
    if (!remoteUrl || !credentials) throw new Error('no server')
    return new Pouch(remoteUrl, { adapter: 'http', fetch: authenticatedFetch(credentials, nodeFetch), skip_setup: true })
  }

  /** Starts the engine without live replication (tests replicate by hand with `pushPull`). */
  async open(): Promise<void> {
    await this.db.open()
    this.engine = new SyncEngine({ local: this.local, store: this.store, target: { kind: 'none' }, cipher: this.options.cipher ?? null, readOnly: this.options.readOnly ?? false })
    this.engine.start()
  }

  /** Simulates a restart of the app: the engine and Dexie close and open again (the data stays). */
  async restart(): Promise<void> {
    await this.engine?.stop()
    this.db.close()
    this.db = new UprDeskDatabase(this.dbName)
    this.store = new DexieSyncStore(this.db)
    await this.open()
  }

  /** Local edits and arriving changes run through. */
  async settle(): Promise<void> {
    await this.engine!.flush()
  }

  /** One replication each way with the server, then everything applied locally. */
  async pushPull(): Promise<void> {
    await this.settle()
    const remote = this.remote()
    if (!this.options.readOnly) await this.local.replicate.to(remote)
    await this.local.replicate.from(remote)
    await this.settle()
  }

  async close(): Promise<void> {
    await this.engine?.stop()
    this.db.close()
    await this.local.destroy().catch(() => undefined)
  }
}
