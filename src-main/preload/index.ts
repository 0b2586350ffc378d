// Preload (bundled to CommonJS for the sandbox): exposes a few typed verbs on `window.uprDesk`, never
// ipcRenderer itself. Only type imports from the contract, so zod stays out of this bundle.
import { contextBridge, ipcRenderer } from 'electron'
import type { BackupBeforeQuitMessage, IpcArgs, IpcChannel, IpcResult, UprDeskApi } from '../ipc/contract'

// Kept equal to BACKUP_BEFORE_QUIT_CHANNEL in the contract (a value import would bundle zod here).
const BEFORE_QUIT = 'backups:before-quit'

function invoke<C extends IpcChannel>(
  channel: C,
  ...args: IpcArgs<C> extends undefined ? [] : [IpcArgs<C>]
): Promise<IpcResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<C>>
}

let quitBackupProvider: (() => Promise<Uint8Array | null>) | null = null

// Main asks for a last backup before the window closes. Always answered, at once when the page set no
// provider (first-run setup, an error screen), so quitting waits only for real work.
ipcRenderer.on(BEFORE_QUIT, (_event, message: BackupBeforeQuitMessage) => {
  const requestId = typeof message?.requestId === 'string' ? message.requestId : ''
  const provider = quitBackupProvider
  void (async () => {
    let bytes: Uint8Array | null = null
    try {
      bytes = provider ? await provider() : null
    } catch (error) {
      console.error('[backups] no last backup:', error)
    }
    await invoke('backups:quit-reply', { requestId, bytes }).catch(() => undefined)
  })()
})

const api: UprDeskApi = {
  saveFile: (bytes, suggestedName, filters) => invoke('file:save', { bytes, suggestedName, filters }),
  openFile: (filters, maxBytes) => invoke('file:open', { filters, maxBytes }),
  appInfo: () => invoke('app:info'),
  openExternal: (url) => invoke('shell:open-external', { url }),
  listBackups: () => invoke('backups:list'),
  writeBackup: (bytes, kind) => invoke('backups:write', { bytes, kind }),
  readBackup: (name) => invoke('backups:read', { name }),
  syncSecret: (args) => invoke('sync:secret', args),
  setQuitBackupProvider: (provider) => {
    quitBackupProvider = provider
    return () => {
      if (quitBackupProvider === provider) quitBackupProvider = null
    }
  }
}

contextBridge.exposeInMainWorld('uprDesk', api)
