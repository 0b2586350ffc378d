// Preload (bundled to CommonJS for the sandbox): exposes a few typed verbs on `window.uprDesk`, never
// ipcRenderer itself. Only type imports from the contract, so zod stays out of this bundle.
import { contextBridge, ipcRenderer } from 'electron'
import type { BackupBeforeQuitMessage, IpcArgs, IpcChannel, IpcResult, OpenedArchive, UprDeskApi, UpdateNotice } from '../ipc/contract'

// Kept equal to the channel constants of the contract (a value import would bundle zod here).
const BEFORE_QUIT = 'backups:before-quit'
const ARCHIVE_OPENED = 'archive:opened'
const UPDATE_READY = 'updates:ready'

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

// Archives opened from the system wait in main until a listener takes them: main only pings.
const archiveListeners = new Set<(archive: OpenedArchive) => void>()
let taking = false
async function takeOpenedArchives(): Promise<void> {
  if (archiveListeners.size === 0 || taking) return
  taking = true
  try {
    for (const archive of await invoke('archive:take-opened')) {
      for (const listener of archiveListeners) listener(archive)
    }
  } catch (error) {
    console.error('[archives] could not take the opened archives:', error)
  } finally {
    taking = false
  }
}
ipcRenderer.on(ARCHIVE_OPENED, () => void takeOpenedArchives())

const updateListeners = new Set<(notice: UpdateNotice) => void>()
async function announceUpdate(): Promise<void> {
  if (updateListeners.size === 0) return
  const notice = await invoke('updates:state').catch(() => null)
  if (notice !== null) for (const listener of updateListeners) listener(notice)
}
ipcRenderer.on(UPDATE_READY, () => void announceUpdate())

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
  },
  saveAttachment: (bytes, suggestedName) => invoke('file:save-attachment', { bytes, suggestedName }),
  checkAttachment: (name) => invoke('attachment:check', { name }),
  setInterfaceLanguage: (language) => invoke('app:set-language', { language }),
  onArchiveOpened: (listener) => {
    // A wrapper per call, so the same function subscribed twice is removed once per remover.
    const wrapped = (archive: OpenedArchive) => listener(archive)
    archiveListeners.add(wrapped)
    void takeOpenedArchives()
    return () => {
      archiveListeners.delete(wrapped)
    }
  },
  onUpdateReady: (listener) => {
    const wrapped = (notice: UpdateNotice) => listener(notice)
    updateListeners.add(wrapped)
    void announceUpdate()
    return () => {
      updateListeners.delete(wrapped)
    }
  },
  chooseUpdate: (choice) => invoke('updates:choose', { choice })
}

contextBridge.exposeInMainWorld('uprDesk', api)
