/**
 * Where the sync password (and the mission passphrase) may be kept between starts. The desktop app keeps
 * them with Electron's `safeStorage` (the operating system's protection) when the preload offers it; a
 * plain browser keeps nothing: after a reload the session cookie is used while it lasts, then the person
 * signs in again.
 */
import type { UprDeskApi } from '../../src-main/ipc/contract'
import { browserVault, type CredentialVault } from '../sync/credentials'

/** The desktop app's vault: main keeps the secrets encrypted with Electron's safeStorage (`sync:secret`). */
export function electronVault(api: Pick<UprDeskApi, 'syncSecret'>): CredentialVault {
  return {
    keeps: true,
    load: async (key) => (await api.syncSecret({ op: 'load', key })).secret,
    save: async (key, secret) => {
      await api.syncSecret({ op: 'save', key, secret })
    },
    remove: async (key) => {
      await api.syncSecret({ op: 'remove', key })
    }
  }
}

/** The vault of this host: safeStorage in the desktop app, none in a browser. */
export function hostVault(): CredentialVault {
  return typeof window !== 'undefined' && window.uprDesk?.syncSecret ? electronVault(window.uprDesk) : browserVault
}
