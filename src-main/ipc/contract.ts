// The one IPC contract between the renderer and the main process: every channel's name, the zod schema
// of its single argument and its result type. Imports only zod: the renderer uses it with `import type`,
// the preload with `import type`, and main parses every incoming argument with these schemas.
import { z } from 'zod'

/** Largest byte array the renderer may hand to main, and largest file main will read for it. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024

/** Longest file name the save dialog will be pre-filled with (UTF-16 code units). */
export const MAX_FILE_NAME_LENGTH = 200

/** Longest external URL main will pass to the operating system. */
export const MAX_URL_LENGTH = 2048

// C0/C1 controls, format characters (bidi overrides and isolates, zero-width joiners, BOM), line and
// paragraph separators, lone surrogates, plus the characters Windows forbids in names.
const UNSAFE_NAME_CHARACTERS = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}<>:"/\\|?*]/u

// Windows device names are reserved whatever the extension: "CON.docx" opens the console.
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i

/** Why a suggested file name is unsafe, or null when it is safe to offer in a save dialog. */
export function fileNameProblem(name: string): string | null {
  if (name.length === 0) return 'empty'
  if (name.length > MAX_FILE_NAME_LENGTH) return 'too long'
  if (new TextEncoder().encode(name).length > 255) return 'too long'
  if (UNSAFE_NAME_CHARACTERS.test(name)) return 'forbidden character'
  if (name.trim() !== name) return 'leading or trailing space'
  if (name.endsWith('.')) return 'trailing dot'
  if (/^\.+$/.test(name)) return 'dots only'
  const stem = name.split('.')[0] ?? ''
  if (RESERVED_WINDOWS_NAMES.test(stem.trimEnd())) return 'reserved name'
  return null
}

const safeFileName = z.string().superRefine((name, ctx) => {
  const problem = fileNameProblem(name)
  if (problem !== null) ctx.addIssue({ code: 'custom', message: `unsafe file name: ${problem}` })
})

// z.custom rather than z.instanceof: callers hold Uint8Array<ArrayBufferLike>, not only <ArrayBuffer>.
const fileBytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'expected a Uint8Array' })
  .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, { message: `more than ${MAX_FILE_BYTES} bytes` })

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100).regex(/^[^\p{Cc}\p{Cf}\p{Cs}]+$/u),
  extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,10}$/)).min(1).max(20).readonly()
})

// Read-only so callers may pass `as const` lists; Electron's dialogs get a copy (toDialogFilters).
const fileFilters = z.array(fileFilter).max(10).readonly()

/** Arguments of `file:save`: the bytes to write, the name to suggest, the dialog's type filters. */
export const saveFileArgsSchema = z.strictObject({
  bytes: fileBytes,
  suggestedName: safeFileName,
  filters: fileFilters
})

/** Arguments of `file:open`: the dialog's type filters and the largest file the caller accepts. */
export const openFileArgsSchema = z.strictObject({
  filters: fileFilters,
  maxBytes: z.number().int().positive().max(MAX_FILE_BYTES)
})

/** `app:info` takes no argument. */
export const appInfoArgsSchema = z.undefined()

/** Arguments of `shell:open-external`: an https URL (main re-checks it fully before opening). */
export const openExternalArgsSchema = z.strictObject({
  url: z.string().max(MAX_URL_LENGTH).regex(/^https:\/\//i)
})

/** Why a backup was written: every 15 minutes, on quit, on request, or just before a restore. */
export const BACKUP_KINDS = ['auto', 'quit', 'manual', 'safety'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

/**
 * The only file names main reads or writes in the backups folder: its own, which encode the UTC time
 * and the kind, e.g. `upr-desk-backup-20261127-101500-123-auto.uprdesk`. The renderer names a backup
 * by such a name only, never by a path.
 */
export const BACKUP_FILE_NAME = /^upr-desk-backup-(\d{8})-(\d{6})-(\d{3})-(auto|quit|manual|safety)\.uprdesk$/

/** Arguments of `backups:list`: none. */
export const listBackupsArgsSchema = z.undefined()

/** Arguments of `backups:write`: the archive bytes and why (quit backups come through `backups:quit-reply`). */
export const writeBackupArgsSchema = z.strictObject({
  bytes: fileBytes,
  kind: z.enum(['auto', 'manual', 'safety'])
})

/** Arguments of `backups:read`: one backup, by its file name. */
export const readBackupArgsSchema = z.strictObject({
  name: z.string().max(80).regex(BACKUP_FILE_NAME)
})

/** Arguments of `backups:quit-reply`: the answer to main's request before quitting (null: nothing changed). */
export const quitReplyArgsSchema = z.strictObject({
  requestId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  bytes: fileBytes.nullable()
})

/** Arguments of `file:save-attachment`: an attachment's bytes and its own name (main decides the type). */
export const saveAttachmentArgsSchema = z.strictObject({
  bytes: fileBytes,
  suggestedName: safeFileName
})

/** Arguments of `attachment:check`: the name of a file the delegate wants to attach. */
export const checkAttachmentArgsSchema = z.strictObject({
  name: z.string().min(1).max(1024)
})

/** The interface languages main has strings for (context menu). */
export const INTERFACE_LANGUAGE_CODES = ['en', 'fr', 'es'] as const
export type InterfaceLanguageCode = (typeof INTERFACE_LANGUAGE_CODES)[number]

/** Arguments of `app:set-language`: the language the interface shows now. */
export const setLanguageArgsSchema = z.strictObject({
  language: z.enum(INTERFACE_LANGUAGE_CODES)
})

/** `archive:take-opened` takes no argument: it hands over the archives opened from the system. */
export const takeOpenedArchivesArgsSchema = z.undefined()

/** `updates:state` takes no argument: the update waiting for the delegate's choice, if any. */
export const updateStateArgsSchema = z.undefined()

/** What the delegate chose for a downloaded update. */
export const UPDATE_CHOICES = ['install-on-quit', 'later'] as const
export type UpdateChoice = (typeof UPDATE_CHOICES)[number]

/** Arguments of `updates:choose`. */
export const chooseUpdateArgsSchema = z.strictObject({
  choice: z.enum(UPDATE_CHOICES)
})
/** Longest account key of the sync secrets (`name@server/database`). */
export const MAX_SYNC_SECRET_KEY = 600

const syncSecretKey = z.string().min(1).max(MAX_SYNC_SECRET_KEY).regex(/^[^\p{Cc}\p{Cf}]+$/u)

/**
 * Arguments of `sync:secret` (issue 15): keep, read or forget the sync password and mission passphrase of
 * one account, encrypted with Electron's safeStorage (the operating system's protection) in main.
 */
export const syncSecretArgsSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('load'), key: syncSecretKey }),
  z.strictObject({ op: z.literal('save'), key: syncSecretKey, secret: z.strictObject({ password: z.string().max(1000), passphrase: z.string().max(1000) }) }),
  z.strictObject({ op: z.literal('remove'), key: syncSecretKey })
])

/** Every channel and the schema of its one argument. */
export const ipcArgSchemas = {
  'file:save': saveFileArgsSchema,
  'file:open': openFileArgsSchema,
  'app:info': appInfoArgsSchema,
  'shell:open-external': openExternalArgsSchema,
  'backups:list': listBackupsArgsSchema,
  'backups:write': writeBackupArgsSchema,
  'backups:read': readBackupArgsSchema,
  'backups:quit-reply': quitReplyArgsSchema,
  'file:save-attachment': saveAttachmentArgsSchema,
  'attachment:check': checkAttachmentArgsSchema,
  'app:set-language': setLanguageArgsSchema,
  'archive:take-opened': takeOpenedArchivesArgsSchema,
  'updates:state': updateStateArgsSchema,
  'updates:choose': chooseUpdateArgsSchema,
  'sync:secret': syncSecretArgsSchema
} as const

/** The one message main sends the renderer: "I am about to close; give me a backup" (with a deadline). */
export const BACKUP_BEFORE_QUIT_CHANNEL = 'backups:before-quit'
export interface BackupBeforeQuitMessage {
  requestId: string
}

/**
 * Main to renderer: "an archive was opened from Explorer or Finder" (no data: the preload then calls
 * `archive:take-opened`, so an archive opened before the page listens waits in main, never lost).
 */
export const ARCHIVE_OPENED_CHANNEL = 'archive:opened'

/** Main to renderer: "an update is downloaded and waits for the delegate" (the preload asks `updates:state`). */
export const UPDATE_READY_CHANNEL = 'updates:ready'

export type IpcChannel = keyof typeof ipcArgSchemas
export type IpcArgs<C extends IpcChannel> = z.output<(typeof ipcArgSchemas)[C]>

export type FileFilter = z.output<typeof fileFilter>
export type SaveFileArgs = IpcArgs<'file:save'>
export type OpenFileArgs = IpcArgs<'file:open'>
export type OpenExternalArgs = IpcArgs<'shell:open-external'>

export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' }
export type SaveAttachmentArgs = IpcArgs<'file:save-attachment'>

/** Why main will not keep or write a file as an attachment. */
export type AttachmentRefusal = 'active-content' | 'type-not-allowed'
export type SaveAttachmentResult = SaveFileResult | { status: 'refused'; reason: AttachmentRefusal; extension: string }
export type AttachmentCheckResult = { allowed: true; extension: string } | { allowed: false; reason: AttachmentRefusal; extension: string }

/** An archive opened from the system (Explorer, Finder, a file manager, the command line). */
export type OpenedArchive =
  | { status: 'opened'; name: string; bytes: Uint8Array }
  | { status: 'refused'; name: string; reason: 'too-large' | 'unreadable' }

/** A downloaded update waiting for the delegate's choice: what it is and what changed (plain text). */
export interface UpdateNotice {
  version: string
  releaseName: string | null
  releaseDate: string | null
  notes: string
}
export type OpenFileResult =
  | { status: 'opened'; name: string; bytes: Uint8Array }
  | { status: 'cancelled' }
  | { status: 'too-large'; name: string; size: number }
export interface AppInfo {
  version: string
  platform: string
  electron: string
}
export interface OpenExternalResult {
  opened: boolean
}

/** One backup in the backups folder, with what its header says (null fields: the header is unreadable). */
export interface BackupInfo {
  name: string
  kind: BackupKind
  /** When it was written (from its name), ISO 8601. */
  createdAt: string
  size: number
  appVersion: string | null
  schemaVersion: number | null
  counts: Record<string, number> | null
  encrypted: boolean
}
export interface ReadBackupResult {
  name: string
  bytes: Uint8Array
}
export interface QuitReplyResult {
  accepted: boolean
}
/** `sync:secret`: whether the system can protect secrets, and the secret read (load only). */
export interface SyncSecretResult {
  available: boolean
  secret: { password: string; passphrase: string } | null
}

/** What each channel resolves with. */
export interface IpcResults {
  'file:save': SaveFileResult
  'file:open': OpenFileResult
  'app:info': AppInfo
  'shell:open-external': OpenExternalResult
  'backups:list': BackupInfo[]
  'backups:write': BackupInfo
  'backups:read': ReadBackupResult
  'backups:quit-reply': QuitReplyResult
  'file:save-attachment': SaveAttachmentResult
  'attachment:check': AttachmentCheckResult
  'app:set-language': { language: InterfaceLanguageCode }
  'archive:take-opened': OpenedArchive[]
  'updates:state': UpdateNotice | null
  'updates:choose': { accepted: boolean }
  'sync:secret': SyncSecretResult
}
export type IpcResult<C extends IpcChannel> = IpcResults[C]

/** The verbs the preload exposes on `window.uprDesk`; each rejects when main refuses the call. */
export interface UprDeskApi {
  saveFile(
    bytes: SaveFileArgs['bytes'],
    suggestedName: SaveFileArgs['suggestedName'],
    filters: SaveFileArgs['filters']
  ): Promise<IpcResult<'file:save'>>
  openFile(filters: OpenFileArgs['filters'], maxBytes: OpenFileArgs['maxBytes']): Promise<IpcResult<'file:open'>>
  appInfo(): Promise<IpcResult<'app:info'>>
  openExternal(url: OpenExternalArgs['url']): Promise<IpcResult<'shell:open-external'>>
  /** The backups in the app's data folder, newest first. */
  listBackups(): Promise<IpcResult<'backups:list'>>
  /** Writes an archive atomically into the backups folder, then applies the rotation. */
  writeBackup(bytes: IpcArgs<'backups:write'>['bytes'], kind: IpcArgs<'backups:write'>['kind']): Promise<IpcResult<'backups:write'>>
  /** Reads one backup by its file name. */
  readBackup(name: IpcArgs<'backups:read'>['name']): Promise<IpcResult<'backups:read'>>
  /**
   * Sets what answers main's request for a backup before the window closes: it resolves the archive
   * bytes, or null when nothing changed since the last backup. Returns the function that removes it.
   */
  setQuitBackupProvider(provider: () => Promise<Uint8Array | null>): () => void
  /** Saves an attachment under its own type; main refuses active content and marks the file as from elsewhere. */
  saveAttachment(bytes: SaveAttachmentArgs['bytes'], suggestedName: SaveAttachmentArgs['suggestedName']): Promise<IpcResult<'file:save-attachment'>>
  /** Whether main lets the delegate keep a file of this name as an attachment, and why not. */
  checkAttachment(name: string): Promise<IpcResult<'attachment:check'>>
  /** Tells main the interface language (its context menu speaks it). */
  setInterfaceLanguage(language: InterfaceLanguageCode): Promise<IpcResult<'app:set-language'>>
  /**
   * Calls `listener` with each `.uprdesk` file opened from the system, including one opened before the
   * listener was set (it waits in main). Returns the function that removes the listener.
   */
  onArchiveOpened(listener: (archive: OpenedArchive) => void): () => void
  /** Calls `listener` when an update is downloaded (and at once if one waits). Returns the remover. */
  onUpdateReady(listener: (notice: UpdateNotice) => void): () => void
  /** The delegate's choice for the downloaded update. */
  chooseUpdate(choice: UpdateChoice): Promise<IpcResult<'updates:choose'>>
  /** Keeps, reads or forgets a sync account's secrets (safeStorage); see `sync:secret`. */
  syncSecret(args: IpcArgs<'sync:secret'>): Promise<IpcResult<'sync:secret'>>
}

declare global {
  interface Window {
    /** Present only inside the Electron app (absent when the renderer runs in a plain browser). */
    uprDesk?: UprDeskApi
  }
}
