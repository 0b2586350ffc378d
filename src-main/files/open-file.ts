// `file:open`: native open dialog, then a size-bounded read. The logic is pure; openFileWithDialog is
// the thin Electron binding.
import { app, dialog } from 'electron'
import type { BrowserWindow, FileFilter as DialogFilter, OpenDialogOptions } from 'electron'
import { open } from 'node:fs/promises'
import { basename, isAbsolute } from 'node:path'
import type { OpenFileArgs, OpenFileResult } from '../ipc/contract'
import { toDialogFilters } from './save-file'

export interface OpenDialogRequest {
  defaultPath: string
  filters: DialogFilter[]
}

export interface OpenFileDeps {
  /** Shows the open dialog; resolves the chosen path, or null when the user cancelled. */
  chooseOpenPath: (request: OpenDialogRequest) => Promise<string | null>
  documentsDir: string
}

const GROWTH_CHUNK = 1024 * 1024

/**
 * Reads `path` if it is a regular file of at most `maxBytes`. Checks the size on the open handle first
 * and never reads more than maxBytes + 1 bytes, so a file that grows meanwhile is still refused.
 */
export async function readFileWithLimit(
  path: string,
  maxBytes: number
): Promise<Exclude<OpenFileResult, { status: 'cancelled' }>> {
  const name = basename(path)
  const handle = await open(path, 'r')
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new Error('not a regular file')
    if (info.size > maxBytes) return { status: 'too-large', name, size: info.size }

    const chunks: Uint8Array[] = []
    let total = 0
    let capacity = info.size + 1 // one byte more than expected, to notice growth
    for (;;) {
      const chunk = new Uint8Array(Math.min(capacity, maxBytes + 1 - total))
      let filled = 0
      while (filled < chunk.byteLength) {
        const { bytesRead } = await handle.read(chunk, filled, chunk.byteLength - filled, null)
        if (bytesRead === 0) break
        filled += bytesRead
      }
      chunks.push(chunk.subarray(0, filled))
      total += filled
      if (total > maxBytes) return { status: 'too-large', name, size: Math.max(total, info.size) }
      if (filled < chunk.byteLength) break // end of file
      capacity = GROWTH_CHUNK
    }
    const bytes = chunks.length === 1 && chunks[0] ? chunks[0] : concat(chunks, total)
    return { status: 'opened', name, bytes }
  } finally {
    await handle.close()
  }
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

/** Asks which file to open, then reads it unless it is larger than args.maxBytes. */
export async function openFile(args: OpenFileArgs, deps: OpenFileDeps): Promise<OpenFileResult> {
  const chosen = await deps.chooseOpenPath({ defaultPath: deps.documentsDir, filters: toDialogFilters(args.filters) })
  if (chosen === null || chosen === '') return { status: 'cancelled' }
  if (!isAbsolute(chosen)) throw new Error('open dialog returned a relative path')
  return readFileWithLimit(chosen, args.maxBytes)
}

/** Runs openFile with Electron's open dialog (modal to `window` when given), starting in Documents. */
export function openFileWithDialog(args: OpenFileArgs, window: BrowserWindow | null): Promise<OpenFileResult> {
  return openFile(args, {
    documentsDir: app.getPath('documents'),
    chooseOpenPath: async (request) => {
      const options: OpenDialogOptions = { ...request, properties: ['openFile'] }
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
  })
}
