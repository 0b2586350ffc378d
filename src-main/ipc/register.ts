// The only file that touches ipcMain. Every call goes: sender check -> schema.safeParse -> handler.
// Refused calls reject with a short message and are logged; they never throw out of the handler.
import { BrowserWindow, app, ipcMain, safeStorage } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import { join } from 'node:path'
import { listBackups, readBackup, writeBackup } from '../files/backups'
import { attachmentVerdict } from '../files/file-types'
import { openFileWithDialog } from '../files/open-file'
import { saveAttachmentWithDialog, saveFileWithDialog } from '../files/save-file'
import { isAppUrl, openExternalSafely } from '../security'
import { handleSyncSecret } from '../sync-secrets'
import { ipcArgSchemas } from './contract'
import type { InterfaceLanguageCode, IpcArgs, IpcChannel, IpcResult, OpenedArchive, UpdateChoice, UpdateNotice } from './contract'
import { RefusedError, createInFlightGuard } from './refusal'

interface HandlerContext {
  /** The window whose main frame sent the call (dialogs are modal to it). */
  window: BrowserWindow
}

type Handler<C extends IpcChannel> = (args: IpcArgs<C>, context: HandlerContext) => Promise<IpcResult<C>>

/** What the handlers need from the app's lifecycle. */
export interface IpcServices {
  /** The backups folder, `<userData>/backups`. */
  backupsFolder: () => string
  /** Hands a window's answer to its leave guard (index.ts); true when it was the awaited answer. */
  quitReply: (window: BrowserWindow, requestId: string, bytes: Uint8Array | null) => Promise<boolean>
  /** Keeps the interface language (context menu, spelling). */
  setLanguage: (language: InterfaceLanguageCode) => void
  /** Hands over the archives opened from the system. */
  takeOpenedArchives: () => Promise<OpenedArchive[]>
  /** The downloaded update waiting for the delegate, and the delegate's choice. */
  updateState: () => UpdateNotice | null
  chooseUpdate: (choice: UpdateChoice) => boolean
}

let services: IpcServices = {
  backupsFolder: () => join(app.getPath('userData'), 'backups'),
  quitReply: async () => false,
  setLanguage: () => undefined,
  takeOpenedArchives: async () => [],
  updateState: () => null,
  chooseUpdate: () => false
}

// One write in flight per save channel: a second click while a dialog or a write is still under way
// is refused with a clear message rather than opening a second dialog over the first.
const writes = createInFlightGuard()
const BUSY_SAVE = 'Another file is still being saved: wait until it is written, then try again.'

const handlers: { [C in IpcChannel]: Handler<C> } = {
  'file:save': (args, { window }) => writes.run('file:save', () => saveFileWithDialog(args, window), BUSY_SAVE),
  'file:save-attachment': (args, { window }) => writes.run('file:save-attachment', () => saveAttachmentWithDialog(args, window), BUSY_SAVE),
  'attachment:check': async ({ name }) => attachmentVerdict(name),
  'file:open': (args, { window }) => openFileWithDialog(args, window),
  'app:info': async () => ({
    version: app.getVersion(),
    platform: process.platform,
    electron: process.versions.electron ?? 'unknown'
  }),
  'shell:open-external': async ({ url }) => ({ opened: await openExternalSafely(url) }),
  'backups:list': () => listBackups(services.backupsFolder()),
  'backups:write': ({ bytes, kind }) => writeBackup(services.backupsFolder(), bytes, kind),
  'backups:read': ({ name }) => readBackup(services.backupsFolder(), name),
  'backups:quit-reply': async ({ requestId, bytes }, { window }) => ({ accepted: await services.quitReply(window, requestId, bytes) }),
  'app:set-language': async ({ language }) => {
    services.setLanguage(language)
    return { language }
  },
  'archive:take-opened': () => services.takeOpenedArchives(),
  'updates:state': async () => services.updateState(),
  'updates:choose': async ({ choice }) => ({ accepted: services.chooseUpdate(choice) }),
  'sync:secret': (args) => handleSyncSecret(args, join(app.getPath('userData'), 'sync-secrets.json'), safeStorage)
}

/** True when `frameUrl` is the app itself: the app's origin (app://upr-desk) or the dev server's origin. */
export function isTrustedSender(frameUrl: string, trustedOrigins: readonly string[]): boolean {
  return isAppUrl(frameUrl, trustedOrigins)
}

// The sending frame must be the main frame of one of our windows, showing the app.
function trustedWindow(event: IpcMainInvokeEvent, trustedOrigins: readonly string[]): BrowserWindow | null {
  try {
    const frame = event.senderFrame
    if (frame === null || frame.parent !== null) return null
    const window = BrowserWindow.fromWebContents(event.sender)
    if (window === null || window.isDestroyed() || window.webContents.id !== event.sender.id) return null
    const mainFrame = event.sender.mainFrame
    if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return null
    return isTrustedSender(frame.url, trustedOrigins) ? window : null
  } catch {
    return null
  }
}

function describeSender(event: IpcMainInvokeEvent): string {
  try {
    return event.senderFrame?.url.slice(0, 200) ?? '(no frame)'
  } catch {
    return '(unknown)'
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? ` (${code})` : ''
}

function handle<C extends IpcChannel>(channel: C, trustedOrigins: readonly string[]): void {
  const schema = ipcArgSchemas[channel]
  const handler: Handler<C> = handlers[channel]
  ipcMain.handle(channel, async (event, ...raw: unknown[]): Promise<IpcResult<C>> => {
    const window = trustedWindow(event, trustedOrigins)
    if (window === null) {
      console.warn(`[ipc] ${channel}: refused untrusted sender ${describeSender(event)}`)
      throw new Error('untrusted sender')
    }
    const parsed = raw.length <= 1 ? schema.safeParse(raw[0]) : null
    if (parsed === null || !parsed.success) {
      const issues = parsed?.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(args)'}: ${issue.message}`)
      console.warn(`[ipc] ${channel}: refused invalid arguments`, issues ?? `${raw.length} arguments`)
      throw new Error('invalid arguments')
    }
    try {
      // The schema map's type ties ipcArgSchemas[C] to IpcArgs<C>; TypeScript cannot narrow it by C.
      return await handler(parsed.data as IpcArgs<C>, { window })
    } catch (error) {
      // A refusal is addressed to the delegate: its message goes to the page as it is.
      if (error instanceof RefusedError) {
        console.warn(`[ipc] ${channel}: refused: ${error.message}`)
        throw new Error(error.message, { cause: error })
      }
      console.error(`[ipc] ${channel}: failed`, error)
      throw new Error(`${channel} failed${errorCode(error)}`, { cause: error })
    }
  })
}

/** Registers every channel of the contract; `trustedOrigins` are the app's own locations. */
export function registerIpcHandlers(trustedOrigins: readonly string[], overrides: Partial<IpcServices> = {}): void {
  services = { ...services, ...overrides }
  for (const channel of Object.keys(handlers) as IpcChannel[]) handle(channel, trustedOrigins)
}
