import type { UprDeskApi } from '../../src-main/ipc/contract'
import type { AttachmentSaveResult, BackupStore, FileFilter, Platform, SaveResult } from './types'

/**
 * The message of a call main refused, without the "Error invoking remote method 'file:save': Error: "
 * that Electron puts before it (main words its refusals for the delegate).
 */
export function ipcErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '')
}

async function plainErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw new Error(ipcErrorMessage(error), { cause: error })
  }
}

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
      const result = await plainErrors(() => api.saveFile(bytes, suggestedName, filters))
      return result.status === 'saved' ? { status: 'saved', where: result.path } : { status: 'cancelled' }
    },
    async saveAttachment(bytes: Uint8Array, suggestedName: string): Promise<AttachmentSaveResult> {
      const result = await plainErrors(() => api.saveAttachment(bytes, suggestedName))
      return result.status === 'saved' ? { status: 'saved', where: result.path } : result
    },
    checkAttachment: (name) => api.checkAttachment(name),
    setInterfaceLanguage: (language) => {
      void api.setInterfaceLanguage(language).catch(() => undefined)
    },
    onArchiveOpened: (listener) => api.onArchiveOpened(listener),
    onUpdateReady: (listener) => api.onUpdateReady(listener),
    chooseUpdate: async (choice) => (await api.chooseUpdate(choice)).accepted,
    async openExternal(url: string): Promise<boolean> {
      const result = await api.openExternal(url)
      return result.opened
    },
    appVersion: async () => (await api.appInfo()).version,
    backups,
    setQuitBackupProvider: (provider) => api.setQuitBackupProvider(provider)
  }
}
