/**
 * Where the sync password (and the mission passphrase) may be kept between starts: the host decides
 * (platform/sync-vault.ts: Electron's safeStorage in the desktop app, nothing in a browser).
 */

/** The secrets of one account on one mission database. */
export interface SyncSecret {
  password: string
  passphrase: string
}

/** A place for sync secrets. */
export interface CredentialVault {
  /** Whether secrets survive a restart. */
  keeps: boolean
  load(key: string): Promise<SyncSecret | null>
  save(key: string, secret: SyncSecret): Promise<void>
  remove(key: string): Promise<void>
}

/** The browser keeps no credentials. */
export const browserVault: CredentialVault = {
  keeps: false,
  load: async () => null,
  save: async () => undefined,
  remove: async () => undefined
}
