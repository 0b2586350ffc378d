/**
 * The shared folder in the app, through the browser's File System Access API (Chromium, and Electron's
 * renderer): the person picks the folder once; the handle is kept, and access is asked again after a
 * restart. Writes go to a temporary name and are then moved onto the final one; where `move` is missing,
 * Chromium's writable stream itself writes aside and replaces the file whole on close.
 */
import type { FolderPort } from './folder'

interface MovableHandle extends FileSystemFileHandle {
  move?: (name: string) => Promise<void>
}

interface ListableDirectory extends FileSystemDirectoryHandle {
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>
}

/** Whether this browser can open a folder. */
export function canPickFolder(): boolean {
  return typeof window !== 'undefined' && 'showDirectoryPicker' in window
}

/** Asks the person for the shared folder. */
export async function pickFolder(): Promise<FileSystemDirectoryHandle> {
  const picker = (window as unknown as { showDirectoryPicker(options: { mode: 'readwrite'; id?: string }): Promise<FileSystemDirectoryHandle> }).showDirectoryPicker
  return picker.call(window, { mode: 'readwrite', id: 'upr-desk-sync' })
}

/** Whether the app may read and write the folder now; asks when `ask` (only from a click). */
export async function folderAccess(handle: FileSystemDirectoryHandle, ask: boolean): Promise<boolean> {
  const dir = handle as ListableDirectory
  if (!dir.queryPermission) return true
  if ((await dir.queryPermission({ mode: 'readwrite' })) === 'granted') return true
  return ask && dir.requestPermission ? (await dir.requestPermission({ mode: 'readwrite' })) === 'granted' : false
}

/** The folder port over a directory handle. */
export function browserFolder(handle: FileSystemDirectoryHandle): FolderPort {
  const dir = handle as ListableDirectory
  return {
    async list() {
      const names: string[] = []
      for await (const name of dir.keys()) names.push(name)
      return names
    },
    async read(name) {
      try {
        const file = await (await dir.getFileHandle(name)).getFile()
        return new Uint8Array(await file.arrayBuffer())
      } catch {
        return null
      }
    },
    async writeAtomic(name, bytes) {
      const data = new Uint8Array(bytes)
      const temp = (await dir.getFileHandle(`.tmp-${crypto.randomUUID()}`, { create: true })) as MovableHandle
      if (temp.move) {
        const stream = await temp.createWritable()
        await stream.write(data)
        await stream.close()
        await temp.move(name)
        return
      }
      await dir.removeEntry(temp.name).catch(() => undefined)
      const stream = await (await dir.getFileHandle(name, { create: true })).createWritable()
      await stream.write(data)
      await stream.close()
    }
  }
}
