/**
 * Where the sync password (and the mission passphrase) may be kept between starts. The desktop app keeps
 * them with Electron's `safeStorage` (the operating system's protection) when the preload offers it; a
 * plain browser keeps nothing: after a reload the session cookie is used while it lasts, then the person
 * signs in again.
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
