/**
 * Backups kept in the browser's own storage (a separate IndexedDB database, so restoring the app's
 * database never touches them): the safety copies taken before a restore, a few of each kind.
 * The browser has no folder to write to; archives the person keeps leave through downloads.
 */
import { readArchiveHeader } from '../archive/read-archive'
import { CURRENT_SCHEMA_VERSION } from '../domain/stores'
import type { BackupInfo, BackupKind, BackupStore } from './types'

export const BROWSER_BACKUPS_DATABASE = 'upr-desk-backups'
const STORE = 'backups'
/** How many backups of each kind the browser keeps (it is the app's own storage, so few). */
export const BROWSER_BACKUPS_KEPT = 5

interface StoredBackup {
  name: string
  info: BackupInfo
  bytes: Uint8Array
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** A backup name in the same pattern as the Electron backups folder (UTC time, kind). */
export function browserBackupName(at: Date, kind: BackupKind): string {
  const date = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}`
  const time = `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`
  return `upr-desk-backup-${date}-${time}-${pad(at.getUTCMilliseconds(), 3)}-${kind}.uprdesk`
}

function open(factory: () => IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory().open(BROWSER_BACKUPS_DATABASE, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'name' })
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('The browser backups could not be opened.'))
  })
}

function run<T>(factory: () => IDBFactory, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return open(factory).then(
    (db) =>
      new Promise<T | undefined>((resolve, reject) => {
        const tx = db.transaction(STORE, mode)
        let result: T | undefined
        const request = work(tx.objectStore(STORE))
        if (request) request.onsuccess = () => (result = request.result)
        tx.oncomplete = () => {
          db.close()
          resolve(result)
        }
        tx.onabort = () => {
          db.close()
          reject(tx.error ?? new Error('The browser backups could not be changed.'))
        }
      })
  )
}

/** The browser's backup store over `factory` (the page's IndexedDB by default). */
export function createBrowserBackups(factory: () => IDBFactory = () => indexedDB, now: () => Date = () => new Date()): BackupStore {
  return {
    kind: 'browser',
    async list() {
      const all = (await run<StoredBackup[]>(factory, 'readonly', (store) => store.getAll() as IDBRequest<StoredBackup[]>)) ?? []
      return all.map((b) => b.info).sort((a, b) => (a.name < b.name ? 1 : -1))
    },
    async write(bytes, kind) {
      const header = readArchiveHeader(bytes, CURRENT_SCHEMA_VERSION)
      if (!header.ok) throw new Error('not a UPR Desk archive')
      const at = now()
      const info: BackupInfo = {
        name: browserBackupName(at, kind),
        kind,
        createdAt: at.toISOString(),
        size: bytes.byteLength,
        appVersion: header.header.appVersion,
        schemaVersion: header.header.schemaVersion,
        counts: header.header.counts,
        encrypted: header.header.content.encryption !== null
      }
      const existing = await this.list()
      const doomed = existing.filter((b) => b.kind === kind).slice(BROWSER_BACKUPS_KEPT - 1)
      // One transaction: the new copy is in place before old ones go.
      await run(factory, 'readwrite', (store) => {
        store.put({ name: info.name, info, bytes } satisfies StoredBackup)
        for (const old of doomed) store.delete(old.name)
      })
      return info
    },
    async read(name) {
      const found = await run<StoredBackup | undefined>(factory, 'readonly', (store) => store.get(name) as IDBRequest<StoredBackup | undefined>)
      if (!found) throw new Error(`No backup named ${name}`)
      return found.bytes
    }
  }
}
