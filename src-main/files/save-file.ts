// `file:save` and `file:save-attachment`: native save dialog, then an atomic write. What may be saved
// is decided here, in main, whatever the renderer asked: the app's own documents only as the types it
// makes (docx, xlsx, csv, ics, uprdesk, json), attachments only as document types and never as active
// content, and attachments carry the mark of the web. The logic is pure; saveFileWithDialog is thin.
import { app, dialog } from 'electron'
import type { BrowserWindow, FileFilter as DialogFilter, SaveDialogOptions } from 'electron'
import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import type { FileFilter, SaveAttachmentArgs, SaveAttachmentResult, SaveFileArgs, SaveFileResult } from '../ipc/contract'
import { RefusedError } from '../ipc/refusal'
import { writeFileAtomic } from './atomic-write'
import { APP_SAVE_EXTENSIONS, ATTACHMENT_EXTENSIONS, attachmentVerdict, checkSavePath, extensionOf } from './file-types'
import { markAsFromElsewhere } from './mark-of-the-web'

export interface SaveDialogRequest {
  defaultPath: string
  filters: DialogFilter[]
}

export interface SaveFileDeps {
  /** Shows the save dialog; resolves the chosen path, or null when the user cancelled. */
  chooseSavePath: (request: SaveDialogRequest) => Promise<string | null>
  /** Folder the dialog opens in (the user's Documents). */
  documentsDir: string
  write?: (path: string, bytes: Uint8Array) => Promise<void>
  exists?: (path: string) => boolean
  /** Marks a written file as coming from elsewhere (attachments); failures are logged, not fatal. */
  mark?: (path: string) => Promise<boolean>
  log?: (message: string, error?: unknown) => void
}

/** Copies filters into the mutable shape Electron's dialogs expect. */
export function toDialogFilters(filters: readonly FileFilter[]): DialogFilter[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }))
}

interface SaveRules {
  /** Extensions this kind of save may ever write. */
  allowList: readonly string[]
  /** Mark the written file as coming from elsewhere. */
  fromElsewhere: boolean
}

async function saveWithRules(args: SaveFileArgs, deps: SaveFileDeps, rules: SaveRules): Promise<{ status: 'saved'; path: string } | { status: 'cancelled' }> {
  const requested = args.filters.flatMap((filter) => filter.extensions.map((e) => e.toLowerCase()))
  const foreign = requested.find((extension) => !rules.allowList.includes(extension))
  if (foreign !== undefined) throw new RefusedError(`UPR Desk does not save .${foreign} files`)
  const allowed = requested.length > 0 ? requested : [extensionOf(args.suggestedName)].filter((e) => rules.allowList.includes(e))
  if (allowed.length === 0) throw new RefusedError(`UPR Desk does not save files like ${args.suggestedName}`)

  const defaultPath = join(deps.documentsDir, args.suggestedName)
  // The contract already refuses separators; this guards against a contract regression.
  if (dirname(defaultPath) !== join(deps.documentsDir)) throw new Error('unsafe suggested name')
  const chosen = await deps.chooseSavePath({ defaultPath, filters: toDialogFilters(args.filters) })
  if (chosen === null || chosen === '') return { status: 'cancelled' }
  if (!isAbsolute(chosen)) throw new Error('save dialog returned a relative path')
  const target = checkSavePath(chosen, allowed, deps.exists ?? existsSync)
  if (!target.ok) throw new RefusedError(target.problem)
  await (deps.write ?? writeFileAtomic)(target.path, args.bytes)
  if (rules.fromElsewhere) {
    const log = deps.log ?? ((message, error) => console.warn(`[files] ${message}`, error ?? ''))
    try {
      await (deps.mark ?? markAsFromElsewhere)(target.path)
    } catch (error) {
      // FAT and exFAT drives have no streams, network shares may refuse attributes: the file is saved.
      log('could not mark the file as coming from elsewhere', error)
    }
  }
  return { status: 'saved', path: target.path }
}

/** Asks where to save one of the app's own documents, checks its type, writes atomically. */
export function saveFile(args: SaveFileArgs, deps: SaveFileDeps): Promise<SaveFileResult> {
  return saveWithRules(args, deps, { allowList: APP_SAVE_EXTENSIONS, fromElsewhere: false })
}

/**
 * Saves an attachment under its own type, refusing active content and types UPR Desk does not keep
 * (with the reason, for the renderer to show), and marks the file as coming from elsewhere.
 */
export async function saveAttachment(args: SaveAttachmentArgs, deps: SaveFileDeps): Promise<SaveAttachmentResult> {
  const verdict = attachmentVerdict(args.suggestedName)
  if (!verdict.allowed) return { status: 'refused', reason: verdict.reason, extension: verdict.extension }
  const filters = [{ name: verdict.extension.toUpperCase(), extensions: [verdict.extension] }]
  return saveWithRules({ bytes: args.bytes, suggestedName: args.suggestedName, filters }, deps, { allowList: ATTACHMENT_EXTENSIONS, fromElsewhere: true })
}

function dialogDeps(window: BrowserWindow | null): SaveFileDeps {
  return {
    documentsDir: app.getPath('documents'),
    chooseSavePath: async (request) => {
      const options: SaveDialogOptions = { ...request, properties: ['createDirectory', 'showOverwriteConfirmation'] }
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled ? null : result.filePath
    }
  }
}

/** Runs saveFile with Electron's save dialog (modal to `window` when given) in Documents. */
export function saveFileWithDialog(args: SaveFileArgs, window: BrowserWindow | null): Promise<SaveFileResult> {
  return saveFile(args, dialogDeps(window))
}

/** Runs saveAttachment with Electron's save dialog (modal to `window` when given) in Documents. */
export function saveAttachmentWithDialog(args: SaveAttachmentArgs, window: BrowserWindow | null): Promise<SaveAttachmentResult> {
  return saveAttachment(args, dialogDeps(window))
}
