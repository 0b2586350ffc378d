import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { registerIpcHandlers } from '../../../src-main/ipc/register'

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

const fake = vi.hoisted(() => ({
  handlers: new Map<string, InvokeHandler>(),
  folder: '/nonexistent',
  window: { isDestroyed: () => false, webContents: { id: 1 } },
  replies: [] as { requestId: string; bytes: Uint8Array | null }[]
}))

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: InvokeHandler) => fake.handlers.set(channel, handler) },
  BrowserWindow: { fromWebContents: (contents: { id: number }) => (contents.id === 1 ? fake.window : null) },
  app: { getVersion: () => '0.1.0', getPath: () => '/nonexistent' },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  shell: { openExternal: vi.fn(async () => undefined) }
}))

const appUrl = pathToFileURL('/opt/upr-desk/out/renderer/index.html').href

function eventFrom(frameUrl = `${appUrl}#/data`): IpcMainInvokeEvent {
  const mainFrame = { processId: 7, routingId: 1 }
  return { sender: { id: 1, mainFrame }, senderFrame: { url: frameUrl, parent: null, processId: 7, routingId: 1 } } as unknown as IpcMainInvokeEvent
}

function invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
  return fake.handlers.get(channel)!(event, ...args)
}

function archiveBytes(): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify({ format: 'upr-desk-archive', formatVersion: 1, appVersion: '0.1.0', schemaVersion: 3, counts: { reviews: 1 }, content: { encryption: null } }))
  const out = new Uint8Array(12 + header.length + 4)
  out.set([0x55, 0x50, 0x52, 0x44, 0x45, 0x53, 0x4b, 0x1a])
  new DataView(out.buffer).setUint32(8, header.length, false)
  out.set(header, 12)
  return out
}

beforeAll(() => {
  registerIpcHandlers([appUrl], {
    backupsFolder: () => fake.folder,
    quitReply: async (window, requestId, bytes) => {
      fake.replies.push({ requestId, bytes })
      return window === (fake.window as never)
    }
  })
})

let root = ''

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'upr-desk-backups-ipc-'))
  fake.folder = join(root, 'backups')
  fake.replies = []
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(async () => {
  vi.restoreAllMocks()
  await rm(root, { recursive: true, force: true })
})

describe('backup channels', () => {
  it('writes, lists and reads backups in the app’s backups folder', async () => {
    const written = (await invoke('backups:write', eventFrom(), { bytes: archiveBytes(), kind: 'manual' })) as { name: string }
    expect(await readdir(fake.folder)).toEqual([written.name])
    expect(await invoke('backups:list', eventFrom())).toEqual([expect.objectContaining({ name: written.name, kind: 'manual', counts: { reviews: 1 } })])
    expect(await invoke('backups:read', eventFrom(), { name: written.name })).toEqual({ name: written.name, bytes: archiveBytes() })
  })

  it('refuses paths, foreign names and extra keys before touching the disk', async () => {
    await writeFile(join(root, 'secret.txt'), 'not for the renderer')
    for (const args of [{ name: '../secret.txt' }, { name: '/etc/passwd' }, { name: 'secret.txt' }, { name: 'upr-desk-backup-20261127-101500-123-auto.uprdesk', folder: '/' }, undefined]) {
      await expect(invoke('backups:read', eventFrom(), args)).rejects.toThrow('invalid arguments')
    }
    await expect(invoke('backups:write', eventFrom(), { bytes: archiveBytes(), kind: 'quit' })).rejects.toThrow('invalid arguments')
    await expect(invoke('backups:list', eventFrom(), { folder: '/' })).rejects.toThrow('invalid arguments')
  })

  it('refuses every backup channel to a page that is not the app', async () => {
    const foreign = eventFrom('https://evil.example/')
    await expect(invoke('backups:list', foreign)).rejects.toThrow('untrusted sender')
    await expect(invoke('backups:write', foreign, { bytes: archiveBytes(), kind: 'auto' })).rejects.toThrow('untrusted sender')
    await expect(invoke('backups:quit-reply', foreign, { requestId: '6f1c2f1e-8a9b-4c3d-9e8f-0a1b2c3d4e5f', bytes: null })).rejects.toThrow('untrusted sender')
    expect(fake.replies).toEqual([])
  })

  it('hands the answer before quitting to the window’s leave guard', async () => {
    const bytes = archiveBytes()
    await expect(invoke('backups:quit-reply', eventFrom(), { requestId: '6f1c2f1e-8a9b-4c3d-9e8f-0a1b2c3d4e5f', bytes })).resolves.toEqual({ accepted: true })
    expect(fake.replies).toEqual([{ requestId: '6f1c2f1e-8a9b-4c3d-9e8f-0a1b2c3d4e5f', bytes }])
  })

  it('reports a failed backup write with its error code (a full disk says ENOSPC)', async () => {
    await writeFile(join(root, 'blocker'), '')
    fake.folder = join(root, 'blocker', 'backups')
    await expect(invoke('backups:write', eventFrom(), { bytes: archiveBytes(), kind: 'auto' })).rejects.toThrow(/backups:write failed \(E[A-Z]+\)/)
  })
})
