/**
 * The app's sync: signing in, starting the engine when the app starts, signing out, resolving conflicts.
 * One service per open database; pages read its snapshot through `useSyncSnapshot` (sync-hooks.ts).
 * PouchDB is loaded only once sync is set up.
 */
import type { UprDeskDatabase } from '../schema/database'
import { DexieSyncStore } from './dexie-sync-store'
import type { SyncConflictRecord, SyncSettings } from './records'
import { hashString } from '../../domain/text-hash'
import { LOCAL_ADAPTER, loadBrowserPouch } from '../../sync/browser-pouch'
import { createMissionKey, unlockMissionKey, type FieldCipher, type MissionKeyDoc } from '../../sync/cipher'
import { SyncEngine, type ConflictChoice, type SyncStatus } from '../../sync/engine'
import type { PouchConstructor, PouchDatabase } from '../../sync/pouch-types'
import {
  authenticatedFetch,
  checkAccess,
  checkServerAddress,
  currentSession,
  isDatabaseName,
  setUpMissionDatabase,
  signIn,
  signOut,
  SyncError,
  type Credentials
} from '../../sync/session'
import { MISSION_KEY_DOC_ID } from '../../sync/tables'
import { browserFolder, folderAccess } from '../../sync/browser-folder'
import { FolderSync, folderCipher, type FolderPort } from '../../sync/folder'
import { browserVault, type CredentialVault } from '../../sync/credentials'

/** What the sign-in form sends. */
export interface SignInForm {
  server: string
  database: string
  name: string
  password: string
  /** The mission passphrase (needed when the mission encrypts; sets encryption up when `encrypt`). */
  passphrase: string
  /** Encrypt confidential text end to end (only when the mission database has no key yet). */
  encrypt: boolean
  /** Send the records already on this laptop to the mission (first sign-in). */
  shareExisting: boolean
}

/** What the pages show. */
export interface SyncSnapshot {
  /** Still reading the settings at start. */
  loading: boolean
  settings: SyncSettings | null
  /** Signed in and running. */
  status: SyncStatus | null
  /** Set up on this laptop, but the password (or the mission passphrase) must be entered again. */
  needsSignIn: boolean
  /** Why the last automatic start failed. */
  problem: SyncError['problem'] | null
  /** Whether this app keeps credentials (desktop app: yes, with the system's protection; browser: no). */
  keepsCredentials: boolean
}

/** What the service needs from its host (replaced in tests). */
export interface SyncServiceDeps {
  loadPouch: () => Promise<PouchConstructor>
  adapter: string
  fetch: typeof fetch
  vault: CredentialVault
}

/** The service of one database. */
export class SyncService {
  private snapshot: SyncSnapshot
  private readonly listeners = new Set<() => void>()
  private engine: SyncEngine | null = null
  private unsubscribeEngine: (() => void) | null = null
  private readonly store: DexieSyncStore
  private resumed: Promise<void> | null = null
  private folderTimer: ReturnType<typeof setInterval> | null = null

  constructor(
    private readonly db: UprDeskDatabase,
    private readonly deps: SyncServiceDeps = browserDeps(browserVault)
  ) {
    this.store = new DexieSyncStore(db)
    // Back online: try the server at once rather than at the next retry.
    if (typeof window !== 'undefined') window.addEventListener('online', () => this.syncNow())
    this.snapshot = { loading: true, settings: null, status: null, needsSignIn: false, problem: null, keepsCredentials: deps.vault.keeps }
  }

  /** The current snapshot (a new object on every change). */
  getSnapshot = (): SyncSnapshot => this.snapshot

  /** Calls back on every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private set(change: Partial<SyncSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change }
    for (const listener of this.listeners) listener()
  }

  /** The conflicts waiting for a person, oldest first. */
  async conflicts(): Promise<SyncConflictRecord[]> {
    return (await this.db.syncConflicts.toArray()).sort((a, b) => a.detectedAt.localeCompare(b.detectedAt) || a.id.localeCompare(b.id))
  }

  /** How many conflicts wait. */
  conflictCount(): Promise<number> {
    return this.db.syncConflicts.count()
  }

  /** At start: sync again if this laptop was signed in (kept credentials, or the browser's session cookie). */
  resume(): Promise<void> {
    this.resumed ??= (async () => {
      const entry = await this.db.syncState.get('settings')
      const settings = entry?.id === 'settings' ? entry.value : null
      this.set({ loading: false, settings })
      if (!settings) return
      const kept = await this.deps.vault.load(vaultKey(settings)).catch(() => null)
      if (settings.mode === 'folder') {
        const handle = await this.db.syncState.get('folderHandle')
        // The folder needs the passphrase and the browser's permission again (asked from a click).
        if (handle?.id === 'folderHandle' && kept && (await folderAccess(handle.value, false).catch(() => false))) {
          await this.openFolder(settings, browserFolder(handle.value), kept.passphrase).catch(() => this.set({ needsSignIn: true }))
        } else this.set({ needsSignIn: true })
        return
      }
      try {
        if (kept) {
          await this.connect(settings, { server: settings.server, name: settings.name, password: kept.password }, kept.passphrase)
          return
        }
        const credentials: Credentials = { server: settings.server, name: settings.name, password: null }
        // The browser's session cookie, while it lasts. With the server out of reach the sync starts anyway
        // (offline): the edits wait in the outbox and go out when the server answers again.
        const session = await currentSession(credentials, this.deps.fetch).catch((error: unknown) => {
          if (error instanceof SyncError && error.problem === 'unreachable') return 'offline' as const
          throw error
        })
        const ours = session === 'offline' || (session !== null && session.name === settings.name)
        if (ours && !settings.encrypted) await this.connect(settings, credentials, null, null)
        else this.set({ needsSignIn: true })
      } catch (error) {
        this.set({ needsSignIn: true, problem: error instanceof SyncError ? error.problem : 'server-error' })
      }
    })()
    return this.resumed
  }

  /** Signs in (first time, or again): checks everything before anything is kept, then starts syncing. */
  async signIn(form: SignInForm): Promise<void> {
    const address = checkServerAddress(form.server)
    if (!address.ok) throw new SyncError(address.problem)
    const database = form.database.trim()
    if (!isDatabaseName(database)) throw new SyncError('invalid-database')
    const credentials = { server: address.url, name: form.name.trim(), password: form.password }
    const user = await signIn(credentials, this.deps.fetch)
    const access = await checkAccess(credentials, database, user, this.deps.fetch)
    const previous = this.snapshot.settings
    const first = !previous || previous.server !== address.url || previous.database !== database
    const keyDoc = await this.missionKeyDoc(credentials, database)
    const settings: SyncSettings = {
      mode: 'server',
      server: address.url,
      database,
      name: credentials.name,
      access,
      encrypted: keyDoc !== null || (form.encrypt && form.passphrase !== ''),
      since: new Date().toISOString()
    }
    await this.stopEngine()
    if (first) {
      await this.store.forget()
      if (form.shareExisting) await this.store.enqueueAll()
    }
    await this.db.syncState.put({ id: 'settings', value: settings })
    await this.deps.vault.save(vaultKey(settings), { password: form.password, passphrase: form.passphrase }).catch(() => undefined)
    this.set({ settings })
    await this.connect(settings, credentials, form.passphrase, keyDoc, form.encrypt)
  }

  private async missionKeyDoc(credentials: Credentials, database: string): Promise<MissionKeyDoc | null> {
    const response = await authenticatedFetch(credentials, this.deps.fetch)(`${credentials.server}/${encodeURIComponent(database)}/${encodeURIComponent(MISSION_KEY_DOC_ID)}`, {
      headers: { accept: 'application/json' }
    }).catch((error: unknown) => {
      throw new SyncError('unreachable', String(error))
    })
    if (response.status === 404) return null
    if (!response.ok) throw new SyncError('server-error', String(response.status))
    const doc = (await response.json()) as MissionKeyDoc & { _deleted?: boolean }
    return doc._deleted ? null : doc
  }

  private async cipherFor(credentials: Credentials, settings: SyncSettings, passphrase: string | null, keyDoc?: MissionKeyDoc | null, create = false): Promise<FieldCipher | null> {
    const doc = keyDoc === undefined ? await this.missionKeyDoc(credentials, settings.database) : keyDoc
    if (doc) {
      if (!passphrase) throw new SyncError('passphrase-needed')
      const cipher = await unlockMissionKey(doc, passphrase)
      if (!cipher) throw new SyncError('wrong-passphrase')
      return cipher
    }
    if (!create || !passphrase || settings.access !== 'write') return null
    const made = await createMissionKey(passphrase)
    const response = await authenticatedFetch(credentials, this.deps.fetch)(`${credentials.server}/${encodeURIComponent(settings.database)}/${encodeURIComponent(MISSION_KEY_DOC_ID)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(made.doc)
    })
    if (response.status === 409) return this.cipherFor(credentials, settings, passphrase, undefined, false)
    if (!response.ok) throw new SyncError(response.status === 403 ? 'no-write' : 'server-error', String(response.status))
    return made.cipher
  }

  private async connect(settings: SyncSettings, credentials: Credentials, passphrase: string | null, keyDoc?: MissionKeyDoc | null, create = false): Promise<void> {
    const cipher = await this.cipherFor(credentials, settings, passphrase, keyDoc, create)
    const PouchDB = await this.deps.loadPouch()
    const local: PouchDatabase = new PouchDB(localNameOf(settings), { adapter: this.deps.adapter, auto_compaction: false })
    const remote: PouchDatabase = new PouchDB(`${settings.server}/${encodeURIComponent(settings.database)}`, {
      adapter: 'http',
      fetch: authenticatedFetch(credentials, this.deps.fetch),
      skip_setup: true
    })
    await this.stopEngine()
    const password = credentials.password
    const engine = new SyncEngine({
      local,
      store: this.store,
      target: { kind: 'server', remote },
      cipher,
      readOnly: settings.access === 'read',
      // A new session cookie when the old one is refused (expired, or the server restarted with a new secret).
      renewSession: password === null ? undefined : () => signIn({ ...credentials, password }, this.deps.fetch).then(() => true)
    })
    this.engine = engine
    this.unsubscribeEngine = engine.subscribe((status) => this.set({ status }))
    this.set({ status: engine.current(), needsSignIn: false, problem: null })
    engine.start()
  }

  /**
   * Folder mode: syncs through a shared folder (`handle`, or the one picked before), encrypted with the
   * mission passphrase (the folder's key file is made by the first laptop).
   */
  async startFolder(passphrase: string, shareExisting: boolean, handle?: FileSystemDirectoryHandle): Promise<void> {
    const stored = await this.db.syncState.get('folderHandle')
    const folderHandle = handle ?? (stored?.id === 'folderHandle' ? stored.value : null)
    if (!folderHandle) throw new SyncError('invalid-address')
    if (!(await folderAccess(folderHandle, true))) throw new SyncError('no-access')
    if (!passphrase) throw new SyncError('passphrase-needed')
    const device = await this.store.deviceId()
    const previous = this.snapshot.settings
    const first = !previous || previous.mode !== 'folder' || previous.database !== folderHandle.name
    const settings: SyncSettings = { mode: 'folder', server: '', database: folderHandle.name, name: device, access: 'write', encrypted: true, since: new Date().toISOString() }
    const port = browserFolder(folderHandle)
    await this.stopEngine()
    if (first) {
      await this.store.forget()
      await this.store.deviceId()
      if (shareExisting) await this.store.enqueueAll()
    }
    await this.db.syncState.put({ id: 'settings', value: settings })
    // Kept to open the folder again after a restart; a host that cannot store the handle asks for the folder again.
    await this.db.syncState.put({ id: 'folderHandle', value: folderHandle }).catch(() => undefined)
    this.set({ settings })
    await this.openFolder(settings, port, passphrase)
    await this.deps.vault.save(vaultKey(settings), { password: '', passphrase }).catch(() => undefined)
  }

  private async openFolder(settings: SyncSettings, port: FolderPort, passphrase: string): Promise<void> {
    const cipher = await folderCipher(port, passphrase)
    if (!cipher) throw new SyncError('wrong-passphrase')
    const PouchDB = await this.deps.loadPouch()
    const local: PouchDatabase = new PouchDB(localNameOf(settings), { adapter: this.deps.adapter, auto_compaction: false })
    await this.stopEngine()
    const engine = new SyncEngine({ local, store: this.store, target: { kind: 'none' }, cipher: null, readOnly: false })
    const folder = new FolderSync(local, port, settings.name, cipher)
    this.engine = engine
    this.unsubscribeEngine = engine.subscribe((status) => this.set({ status }))
    engine.start()
    let running = false
    const round = async () => {
      if (running) return
      running = true
      try {
        await engine.flush()
        await folder.round()
        this.set({ status: { sync: { state: 'synced', at: new Date().toISOString() }, readOnly: false, detail: null } })
      } catch (error) {
        this.set({ status: { sync: { state: 'error', problem: 'unreachable' }, readOnly: false, detail: String(error) } })
      } finally {
        running = false
      }
    }
    this.folderTimer = setInterval(() => void round(), 3000)
    this.set({ needsSignIn: false, problem: null })
    await round()
  }

  private async stopEngine(): Promise<void> {
    if (this.folderTimer) clearInterval(this.folderTimer)
    this.folderTimer = null
    this.unsubscribeEngine?.()
    this.unsubscribeEngine = null
    const engine = this.engine
    this.engine = null
    if (engine) await engine.close()
  }

  /** Tries the server again now. */
  syncNow(): void {
    this.engine?.syncNow()
  }

  /** Resolves a conflict with the person's choice. */
  async resolve(docId: string, choice: ConflictChoice): Promise<void> {
    if (!this.engine) throw new SyncError('server-error', 'sync is not running')
    await this.engine.resolve(docId, choice)
  }

  /** Signs out; with `removeLocal`, the mission's records and the local copy leave this laptop too. */
  async signOut(removeLocal: boolean): Promise<void> {
    const settings = this.snapshot.settings
    await this.stopEngine()
    if (settings) {
      if (settings.mode === 'server') await signOut(settings.server, this.deps.fetch)
      await this.deps.vault.remove(vaultKey(settings)).catch(() => undefined)
      if (removeLocal) {
        const PouchDB = await this.deps.loadPouch()
        await new PouchDB(localNameOf(settings), { adapter: this.deps.adapter }).destroy().catch(() => undefined)
      }
    }
    if (removeLocal) await this.store.removeSharedData()
    else await this.store.forget()
    this.set({ settings: null, status: null, needsSignIn: false, problem: null })
  }

  /** An administrator sets the mission database up (database, roles allowed to read, validation). */
  async setUpDatabase(form: { server: string; database: string; name: string; password: string }): Promise<void> {
    const address = checkServerAddress(form.server)
    if (!address.ok) throw new SyncError(address.problem)
    const credentials = { server: address.url, name: form.name.trim(), password: form.password }
    await signIn(credentials, this.deps.fetch)
    await setUpMissionDatabase(credentials, form.database.trim(), this.deps.fetch)
  }

  /** Stops the engine (the database is closing). */
  async dispose(): Promise<void> {
    await this.stopEngine()
  }
}

/** The local PouchDB of a mission: one per server and database. */
export function localName(settings: Pick<SyncSettings, 'server' | 'database'>): string {
  return `upr-desk-sync-${hashString(`${settings.server}\n${settings.database}`)}`
}

/** The local PouchDB of these settings (a folder's is per folder and device). */
function localNameOf(settings: SyncSettings): string {
  return settings.mode === 'folder' ? localName({ server: 'folder', database: `${settings.database}/${settings.name}` }) : localName(settings)
}

function vaultKey(settings: Pick<SyncSettings, 'server' | 'database' | 'name'>): string {
  return `${settings.name}@${settings.server}/${settings.database}`
}

const services = new WeakMap<UprDeskDatabase, SyncService>()

/** What the service uses in the app: PouchDB in the browser's IndexedDB, the page's fetch, the host's vault. */
function browserDeps(vault: CredentialVault): SyncServiceDeps {
  return { loadPouch: loadBrowserPouch, adapter: LOCAL_ADAPTER, fetch: (...args) => fetch(...args), vault }
}

/**
 * The sync service of a database (one per database). Creating it reads nothing: `resume()`, called once
 * the app shows, signs in again when this laptop was signed in.
 */
export function syncServiceOf(db: UprDeskDatabase, vault: CredentialVault = browserVault): SyncService {
  let service = services.get(db)
  if (!service) {
    service = new SyncService(db, browserDeps(vault))
    services.set(db, service)
  }
  return service
}
