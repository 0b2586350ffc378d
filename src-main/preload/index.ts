// Preload (bundled to CommonJS for the sandbox): exposes a few typed verbs on `window.uprDesk`, never
// ipcRenderer itself. Only type imports from the contract, so zod stays out of this bundle.
import { contextBridge, ipcRenderer } from 'electron'
import type { IpcArgs, IpcChannel, IpcResult, UprDeskApi } from '../ipc/contract'

function invoke<C extends IpcChannel>(
  channel: C,
  ...args: IpcArgs<C> extends undefined ? [] : [IpcArgs<C>]
): Promise<IpcResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<C>>
}

const api: UprDeskApi = {
  saveFile: (bytes, suggestedName, filters) => invoke('file:save', { bytes, suggestedName, filters }),
  openFile: (filters, maxBytes) => invoke('file:open', { filters, maxBytes }),
  appInfo: () => invoke('app:info'),
  openExternal: (url) => invoke('shell:open-external', { url })
}

contextBridge.exposeInMainWorld('uprDesk', api)
