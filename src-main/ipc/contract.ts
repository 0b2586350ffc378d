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

/** Every channel and the schema of its one argument. */
export const ipcArgSchemas = {
  'file:save': saveFileArgsSchema,
  'file:open': openFileArgsSchema,
  'app:info': appInfoArgsSchema,
  'shell:open-external': openExternalArgsSchema
} as const

export type IpcChannel = keyof typeof ipcArgSchemas
export type IpcArgs<C extends IpcChannel> = z.output<(typeof ipcArgSchemas)[C]>

export type FileFilter = z.output<typeof fileFilter>
export type SaveFileArgs = IpcArgs<'file:save'>
export type OpenFileArgs = IpcArgs<'file:open'>
export type OpenExternalArgs = IpcArgs<'shell:open-external'>

export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' }
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

/** What each channel resolves with. */
export interface IpcResults {
  'file:save': SaveFileResult
  'file:open': OpenFileResult
  'app:info': AppInfo
  'shell:open-external': OpenExternalResult
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
}

declare global {
  interface Window {
    /** Present only inside the Electron app (absent when the renderer runs in a plain browser). */
    uprDesk?: UprDeskApi
  }
}
