/** A platform for tests: saves go to a list, backups to memory, like the browser's store. */
import { vi } from 'vitest'
import { readArchiveHeader } from '../../../../src-renderer/archive/read-archive'
import { CURRENT_SCHEMA_VERSION } from '../../../../src-renderer/domain/stores'
import type { BackupInfo, Platform } from '../../../../src-renderer/platform'

export interface FakePlatform extends Platform {
  saved: { bytes: Uint8Array; name: string }[]
  stored: Map<string, Uint8Array>
  /** When set, backup writes fail with this error. */
  failWrites: Error | null
  /** When true, the save dialog is cancelled. */
  cancelSaves: boolean
}

export function fakePlatform(kind: 'browser' | 'electron' = 'browser'): FakePlatform {
  let n = 0
  const infos: BackupInfo[] = []
  const platform: FakePlatform = {
    kind,
    saved: [],
    stored: new Map(),
    failWrites: null,
    cancelSaves: false,
    saveFile: vi.fn(async (bytes: Uint8Array, name: string) => {
      if (platform.cancelSaves) return { status: 'cancelled' as const }
      platform.saved.push({ bytes, name })
      return { status: 'saved' as const, where: name }
    }),
    openExternal: async () => false,
    appVersion: async () => '0.1.0',
    setQuitBackupProvider: vi.fn(() => () => undefined),
    saveAttachment: async (bytes: Uint8Array, name: string) => platform.saveFile(bytes, name, []),
    checkAttachment: async (name: string) => ({ allowed: true, extension: name.split('.').pop() ?? '' }),
    setInterfaceLanguage: () => undefined,
    onArchiveOpened: vi.fn(() => () => undefined),
    onUpdateReady: () => () => undefined,
    chooseUpdate: async () => false,
    backups: {
      kind: kind === 'electron' ? 'folder' : 'browser',
      list: async () => [...infos].reverse(),
      write: vi.fn(async (bytes: Uint8Array, backupKind) => {
        if (platform.failWrites) throw platform.failWrites
        const header = readArchiveHeader(bytes, CURRENT_SCHEMA_VERSION)
        if (!header.ok) throw new Error('not an archive')
        const info: BackupInfo = { name: `upr-desk-backup-20261127-10000${n}-000-${backupKind}.uprdesk`, kind: backupKind, createdAt: new Date(Date.UTC(2026, 10, 27, 10, 0, n++)).toISOString(), size: bytes.byteLength, appVersion: '0.1.0', schemaVersion: 3, counts: header.header.counts, encrypted: false }
        infos.push(info)
        platform.stored.set(info.name, bytes)
        return info
      }),
      read: async (name: string) => {
        const bytes = platform.stored.get(name)
        if (!bytes) throw new Error('no such backup')
        return bytes
      }
    }
  }
  return platform
}
