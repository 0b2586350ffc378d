// `file:save`: native save dialog, then an atomic write. The logic is pure; saveFileWithDialog is the
// thin Electron binding.
import { app, dialog } from 'electron'
import type { BrowserWindow, FileFilter as DialogFilter, SaveDialogOptions } from 'electron'
import { dirname, isAbsolute, join } from 'node:path'
import type { FileFilter, SaveFileArgs, SaveFileResult } from '../ipc/contract'
import { writeFileAtomic } from './atomic-write'

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
}

/** Copies filters into the mutable shape Electron's dialogs expect. */
export function toDialogFilters(filters: readonly FileFilter[]): DialogFilter[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }))
}

/** Asks where to save, writes atomically and resolves only after the write has completed. */
export async function saveFile(args: SaveFileArgs, deps: SaveFileDeps): Promise<SaveFileResult> {
  const defaultPath = join(deps.documentsDir, args.suggestedName)
  // The contract already refuses separators; this guards against a contract regression.
  if (dirname(defaultPath) !== join(deps.documentsDir)) throw new Error('unsafe suggested name')
  const chosen = await deps.chooseSavePath({ defaultPath, filters: toDialogFilters(args.filters) })
  if (chosen === null || chosen === '') return { status: 'cancelled' }
  if (!isAbsolute(chosen)) throw new Error('save dialog returned a relative path')
  await (deps.write ?? writeFileAtomic)(chosen, args.bytes)
  return { status: 'saved', path: chosen }
}

/** Runs saveFile with Electron's save dialog (modal to `window` when given) in Documents. */
export function saveFileWithDialog(args: SaveFileArgs, window: BrowserWindow | null): Promise<SaveFileResult> {
  return saveFile(args, {
    documentsDir: app.getPath('documents'),
    chooseSavePath: async (request) => {
      const options: SaveDialogOptions = { ...request, properties: ['createDirectory', 'showOverwriteConfirmation'] }
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return result.canceled ? null : result.filePath
    }
  })
}
