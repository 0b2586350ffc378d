/** The records of this laptop's sync bookkeeping tables (schema version 5). */
import type { StoredConflict } from '../../sync/engine'

/** The revision this laptop's copy of a record is based on. `id` is the document id `<table>:<record id>`. */
export interface SyncRevRecord {
  id: string
  rev: string
}

/** A conflict waiting for a person (see sync/engine.ts). */
export type SyncConflictRecord = StoredConflict

/** Sign-in settings and sync progress of this laptop, by name. */
export type SyncStateRecord =
  | { id: 'appliedSeq'; value: number | string }
  | { id: 'settings'; value: SyncSettings }
  /** Folder mode: the shared folder the person picked (a File System Access handle, kept by IndexedDB). */
  | { id: 'folderHandle'; value: FileSystemDirectoryHandle }
  /** Folder mode: this laptop's device id, the prefix of its change files. */
  | { id: 'device'; value: string }

/** How this laptop syncs: server address, database, account (never the password), and what it may do. */
export interface SyncSettings {
  /** Through the mission's CouchDB, or a shared folder (then `server` is empty, `database` the folder's name, `name` the device). */
  mode: 'server' | 'folder'
  server: string
  database: string
  name: string
  access: 'write' | 'read'
  /** The mission's confidential fields are encrypted end to end (a passphrase is needed on each laptop). */
  encrypted: boolean
  /** When this laptop signed in. */
  since: string
}
