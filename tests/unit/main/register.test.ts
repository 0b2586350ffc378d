import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { dialog, shell } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { isTrustedSender, registerIpcHandlers } from '../../../src-main/ipc/register'
import { ipcArgSchemas } from '../../../src-main/ipc/contract'

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

const fake = vi.hoisted(() => ({
  handlers: new Map<string, InvokeHandler>(),
  documentsDir: '/nonexistent',
  window: { isDestroyed: () => false, webContents: { id: 1 } }
}))

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: InvokeHandler) => fake.handlers.set(channel, handler) },
  BrowserWindow: { fromWebContents: (contents: { id: number }) => (contents.id === 1 ? fake.window : null) },
  app: { getVersion: () => '0.1.0', getPath: () => fake.documentsDir },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  shell: { openExternal: vi.fn(async () => undefined) }
}))

const appUrl = pathToFileURL('/opt/upr-desk/out/renderer/index.html').href
const TRUSTED = [appUrl]

interface FakeSender {
  senderId?: number
  frameUrl?: string
  isSubframe?: boolean
  noFrame?: boolean
  otherMainFrame?: boolean
}

function eventFrom(sender: FakeSender = {}): IpcMainInvokeEvent {
  const mainFrame = { processId: 7, routingId: 1 }
  const frame = sender.noFrame
    ? null
    : {
        url: sender.frameUrl ?? `${appUrl}#/dashboard`,
        parent: sender.isSubframe ? { url: appUrl } : null,
        processId: 7,
        routingId: sender.otherMainFrame ? 2 : sender.isSubframe ? 3 : 1
      }
  return { sender: { id: sender.senderId ?? 1, mainFrame }, senderFrame: frame } as unknown as IpcMainInvokeEvent
}

function invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
  const handler = fake.handlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return handler(event, ...args)
}

const saveDialog = vi.mocked(dialog.showSaveDialog)
const openDialog = vi.mocked(dialog.showOpenDialog)
const openExternal = vi.mocked(shell.openExternal)
const docx = [{ name: 'Word document', extensions: ['docx'] }]
let warn: ReturnType<typeof vi.spyOn>

beforeAll(() => {
  registerIpcHandlers(TRUSTED)
})

beforeEach(async () => {
  fake.documentsDir = await mkdtemp(join(tmpdir(), 'upr-desk-ipc-'))
  saveDialog.mockReset()
  openDialog.mockReset()
  openExternal.mockClear()
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(async () => {
  vi.restoreAllMocks()
  await rm(fake.documentsDir, { recursive: true, force: true })
})

describe('isTrustedSender', () => {
  it('trusts the built renderer, with any route', () => {
    expect(isTrustedSender(appUrl, TRUSTED)).toBe(true)
    expect(isTrustedSender(`${appUrl}#/statements/3`, TRUSTED)).toBe(true)
  })

  it('trusts the dev server origin when that is the app location', () => {
    expect(isTrustedSender('http://localhost:5173/#/x', ['http://localhost:5173'])).toBe(true)
    expect(isTrustedSender('http://localhost:5173/', TRUSTED)).toBe(false)
  })

  it.each([
    'file:///opt/upr-desk/out/renderer/evil.html',
    'file:///tmp/index.html',
    'file:///opt/upr-desk/out/renderer/index.html.evil',
    'https://example.org/',
    'http://localhost:5173/',
    'about:blank',
    'about:srcdoc',
    'data:text/html,<script>uprDesk.openExternal()</script>',
    'blob:file:///0b1f',
    'chrome-extension://abc/index.html',
    'devtools://devtools/bundled/devtools_app.html',
    '',
    'garbage'
  ])('does not trust %j', (url) => {
    expect(isTrustedSender(url, TRUSTED)).toBe(false)
  })
})

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(Object.keys(ipcArgSchemas).sort())
  })

  it('answers app:info', async () => {
    await expect(invoke('app:info', eventFrom())).resolves.toMatchObject({ version: '0.1.0', platform: process.platform })
  })

  it.each<[string, FakeSender]>([
    ['a foreign page', { frameUrl: 'https://evil.example/' }],
    ['a subframe', { isSubframe: true }],
    ['a frame that is not the main frame', { otherMainFrame: true }],
    ['a WebContents that is not one of our windows', { senderId: 99 }],
    ['a destroyed frame', { noFrame: true }]
  ])('refuses calls from %s without running the handler', async (_label, sender) => {
    await expect(invoke('file:save', eventFrom(sender), { bytes: new Uint8Array(1), suggestedName: 'a.docx', filters: docx })).rejects.toThrow(
      'untrusted sender'
    )
    await expect(invoke('shell:open-external', eventFrom(sender), { url: 'https://example.org' })).rejects.toThrow('untrusted sender')
    expect(saveDialog).not.toHaveBeenCalled()
    expect(openExternal).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalled()
  })

  it.each<[string, unknown[]]>([
    ['a traversal name', [{ bytes: new Uint8Array(1), suggestedName: '../x.docx', filters: docx }]],
    ['a reserved name', [{ bytes: new Uint8Array(1), suggestedName: 'CON.docx', filters: docx }]],
    ['bytes as an array', [{ bytes: [1, 2, 3], suggestedName: 'a.docx', filters: docx }]],
    ['an extra key', [{ bytes: new Uint8Array(1), suggestedName: 'a.docx', filters: docx, path: '/etc/passwd' }]],
    ['no argument', []],
    ['two arguments', [{ bytes: new Uint8Array(1), suggestedName: 'a.docx', filters: docx }, 'extra']]
  ])('refuses file:save with %s', async (_label, args) => {
    await expect(invoke('file:save', eventFrom(), ...args)).rejects.toThrow('invalid arguments')
    expect(saveDialog).not.toHaveBeenCalled()
  })

  it('refuses app:info with an argument', async () => {
    await expect(invoke('app:info', eventFrom(), {})).rejects.toThrow('invalid arguments')
  })

  it('saves through the dialog and resolves after the file is written', async () => {
    const target = join(fake.documentsDir, 'chosen.docx')
    saveDialog.mockResolvedValue({ canceled: false, filePath: target })
    const bytes = new TextEncoder().encode('PK docx bytes')
    await expect(invoke('file:save', eventFrom(), { bytes, suggestedName: 'UPR report.docx', filters: docx })).resolves.toEqual({
      status: 'saved',
      path: target
    })
    expect(await readFile(target, 'utf8')).toBe('PK docx bytes')
    expect(saveDialog).toHaveBeenCalledWith(
      fake.window,
      expect.objectContaining({ defaultPath: join(fake.documentsDir, 'UPR report.docx'), filters: docx })
    )
  })

  it('reports a cancelled save', async () => {
    saveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    await expect(invoke('file:save', eventFrom(), { bytes: new Uint8Array(1), suggestedName: 'a.docx', filters: docx })).resolves.toEqual({
      status: 'cancelled'
    })
  })

  it('turns a failed write into a short rejection with the error code', async () => {
    saveDialog.mockResolvedValue({ canceled: false, filePath: join(fake.documentsDir, 'missing', 'a.docx') })
    await expect(invoke('file:save', eventFrom(), { bytes: new Uint8Array(1), suggestedName: 'a.docx', filters: docx })).rejects.toThrow(
      'file:save failed (ENOENT)'
    )
  })

  it('opens a file through the dialog and refuses one above maxBytes', async () => {
    const path = join(fake.documentsDir, 'report.txt')
    await import('node:fs/promises').then((fs) => fs.writeFile(path, 'twelve bytes'))
    openDialog.mockResolvedValue({ canceled: false, filePaths: [path] })
    const opened = await invoke('file:open', eventFrom(), { filters: docx, maxBytes: 12 })
    expect(opened).toEqual({ status: 'opened', name: 'report.txt', bytes: new TextEncoder().encode('twelve bytes') })
    await expect(invoke('file:open', eventFrom(), { filters: docx, maxBytes: 11 })).resolves.toEqual({
      status: 'too-large',
      name: 'report.txt',
      size: 12
    })
  })

  it('opens safe links externally and re-checks them in main', async () => {
    await expect(invoke('shell:open-external', eventFrom(), { url: 'https://www.ohchr.org/' })).resolves.toEqual({ opened: true })
    await expect(invoke('shell:open-external', eventFrom(), { url: 'https://user:pw@example.org/' })).resolves.toEqual({ opened: false })
    await expect(invoke('shell:open-external', eventFrom(), { url: 'https://exa mple.org/' })).resolves.toEqual({ opened: false })
    await expect(invoke('shell:open-external', eventFrom(), { url: 'javascript:alert(1)' })).rejects.toThrow('invalid arguments')
    expect(openExternal).toHaveBeenCalledTimes(1)
  })
})

describe('the app origin as the trusted sender', () => {
  const APP = ['app://upr-desk/']
  it.each(['app://upr-desk/index.html', 'app://upr-desk/index.html#/data', 'app://upr-desk/'])('trusts %s', (url) => {
    expect(isTrustedSender(url, APP)).toBe(true)
  })

  it.each(['app://other/index.html', 'app://upr-desk.evil/index.html', 'app://x@upr-desk/index.html', 'app://upr-desk:81/index.html', 'file:///opt/upr-desk/out/renderer/index.html', 'https://upr-desk/'])(
    'does not trust %s',
    (url) => {
      expect(isTrustedSender(url, APP)).toBe(false)
    }
  )
})

describe('saves: one at a time, refusals in the delegate’s words', () => {
  it('refuses a second save while the first is still in its dialog, then accepts the next', async () => {
    let answer!: (value: { canceled: boolean; filePath: string }) => void
    saveDialog.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
    const first = invoke('file:save', eventFrom(), { bytes: new Uint8Array(1), suggestedName: 'a.docx', filters: docx })
    await vi.waitFor(() => expect(saveDialog).toHaveBeenCalledTimes(1))
    await expect(invoke('file:save', eventFrom(), { bytes: new Uint8Array(1), suggestedName: 'b.docx', filters: docx })).rejects.toThrow(
      'Another file is still being saved: wait until it is written, then try again.'
    )
    expect(saveDialog).toHaveBeenCalledTimes(1)
    answer({ canceled: true, filePath: '' })
    await expect(first).resolves.toEqual({ status: 'cancelled' })
    saveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    await expect(invoke('file:save', eventFrom(), { bytes: new Uint8Array(1), suggestedName: 'b.docx', filters: docx })).resolves.toEqual({ status: 'cancelled' })
  })

  it('passes a refusal’s message to the page as it is', async () => {
    saveDialog.mockResolvedValue({ canceled: false, filePath: join(fake.documentsDir, 'Statement.exe') })
    await expect(invoke('file:save', eventFrom(), { bytes: new Uint8Array(1), suggestedName: 'Statement.docx', filters: docx })).rejects.toThrow(
      'UPR Desk saves this file only as .docx, not .exe'
    )
  })

  it('checks attachments and refuses to save active content, with the reason', async () => {
    await expect(invoke('attachment:check', eventFrom(), { name: 'A_HRC_43_15.pdf' })).resolves.toEqual({ allowed: true, extension: 'pdf' })
    await expect(invoke('attachment:check', eventFrom(), { name: 'minutes.pdf.lnk' })).resolves.toEqual({ allowed: false, reason: 'active-content', extension: 'lnk' })
    await expect(invoke('file:save-attachment', eventFrom(), { bytes: new Uint8Array(1), suggestedName: 'setup.exe' })).resolves.toEqual({
      status: 'refused',
      reason: 'active-content',
      extension: 'exe'
    })
    expect(saveDialog).not.toHaveBeenCalled()
  })
})

describe('language, opened archives and updates go to the services of the app', () => {
  it('hands each call to its service', async () => {
    const setLanguage = vi.fn()
    const chooseUpdate = vi.fn(() => true)
    const archive = { status: 'opened' as const, name: 'Mission.uprdesk', bytes: new Uint8Array([1]) }
    const notice = { version: '1.2.0', releaseName: null, releaseDate: null, notes: 'Better' }
    registerIpcHandlers(TRUSTED, { setLanguage, takeOpenedArchives: async () => [archive], updateState: () => notice, chooseUpdate })
    await expect(invoke('app:set-language', eventFrom(), { language: 'fr' })).resolves.toEqual({ language: 'fr' })
    expect(setLanguage).toHaveBeenCalledWith('fr')
    await expect(invoke('app:set-language', eventFrom(), { language: 'de' })).rejects.toThrow('invalid arguments')
    await expect(invoke('archive:take-opened', eventFrom())).resolves.toEqual([archive])
    await expect(invoke('archive:take-opened', eventFrom({ frameUrl: 'https://evil.example/' }))).rejects.toThrow('untrusted sender')
    await expect(invoke('updates:state', eventFrom())).resolves.toEqual(notice)
    await expect(invoke('updates:choose', eventFrom(), { choice: 'install-on-quit' })).resolves.toEqual({ accepted: true })
    expect(chooseUpdate).toHaveBeenCalledWith('install-on-quit')
  })
})
