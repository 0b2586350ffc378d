import type { UprDeskApi } from '../../src-main/ipc/contract'
import type { BackupStore, FileFilter, Platform, SaveResult } from './types'

/** The Electron bridge: the preload's typed verbs (native dialogs, atomic writes in the main process). */
export function createElectronPlatform(api: UprDeskApi): Platform {
  const backups: BackupStore = {
    kind: 'folder',
    list: () => api.listBackups(),
    write: (bytes, kind) => api.writeBackup(bytes, kind),
    read: async (name) => (await api.readBackup(name)).bytes
  }
  return {
    kind: 'electron',
    async saveFile(bytes: Uint8Array, suggestedName: string, filters: FileFilter[]): Promise<SaveResult> {
      const result = await api.saveFile(bytes, suggestedName, filters)
      return result.status === 'saved' ? { status: 'saved', where: result.path } : { status: 'cancelled' }
    },
    async openExternal(url: string): Promise<boolean> {
      const result = await api.openExternal(url)
      return result.opened
    },
    appVersion: async () => (await api.appInfo()).version,
    backups,
    setQuitBackupProvider: (provider) => api.setQuitBackupProvider(provider)
  }
}
