// Archives opened from the system: a double-click in Explorer or Finder, "Open with", a file manager,
// the command line. Windows and Linux start a second instance with the path in its argv (forwarded to
// the first by the single-instance lock), macOS sends `open-file`. Paths are checked, kept in a small
// queue until the page takes them (an archive opened at start waits for the page to be ready), and read
// with a size limit. Pure apart from the disk, which is injected: tested with temporary files.
import { stat } from 'node:fs/promises'
import { basename, isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MAX_FILE_BYTES, type OpenedArchive } from '../ipc/contract'
import { extensionOf } from './file-types'
import { readFileWithLimit } from './open-file'

/** The extension of UPR Desk archives (associated with the app by the installers). */
export const ARCHIVE_EXTENSION = 'uprdesk'

/** At most this many archives wait for the page; more in one go is not a person double-clicking. */
export const MAX_PENDING_ARCHIVES = 10

const MAX_PATH_LENGTH = 4096

/** The archive path an argument names (a path or a file: URL), absolute, or null when it names none. */
export function archivePathFromArgument(argument: string, workingDirectory: string): string | null {
  if (typeof argument !== 'string' || argument.length === 0 || argument.length > MAX_PATH_LENGTH) return null
  // Chromium and Electron switches, and anything that could be read as one.
  if (argument.startsWith('-')) return null
  if (/[\p{Cc}]/u.test(argument)) return null
  let path = argument
  if (/^file:/i.test(argument)) {
    try {
      path = fileURLToPath(argument)
    } catch {
      return null
    }
  } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(argument)) {
    return null
  }
  if (extensionOf(path) !== ARCHIVE_EXTENSION || !path.toLowerCase().endsWith(`.${ARCHIVE_EXTENSION}`)) return null
  return isAbsolute(path) ? resolve(path) : isAbsolute(workingDirectory) ? resolve(workingDirectory, path) : null
}

/** The archive paths in a command line (first launch, or a second instance's argv), without duplicates. */
export function archivePathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = []
  for (const argument of argv) {
    const path = archivePathFromArgument(argument, workingDirectory)
    if (path !== null && !paths.includes(path)) paths.push(path)
  }
  return paths.slice(0, MAX_PENDING_ARCHIVES)
}

/** What a second instance hands the first (`requestSingleInstanceLock(additionalData)`), exact order kept. */
export interface SecondInstanceData {
  archives: string[]
}

/** The archive paths of a second instance: its additionalData when well-formed, else its argv. */
export function archivePathsFromSecondInstance(argv: readonly string[], workingDirectory: string, additionalData: unknown): string[] {
  const data = additionalData as Partial<SecondInstanceData> | null
  if (data !== null && typeof data === 'object' && Array.isArray(data.archives) && data.archives.every((p) => typeof p === 'string')) {
    return archivePathsFromArgv(data.archives, workingDirectory)
  }
  return archivePathsFromArgv(argv, workingDirectory)
}

/** What the queue needs from the disk. */
export interface ArchiveDisk {
  stat(path: string): Promise<{ isFile(): boolean; size: number }>
  read(path: string, maxBytes: number): ReturnType<typeof readFileWithLimit>
}

const nodeDisk: ArchiveDisk = { stat: (path) => stat(path), read: readFileWithLimit }

/** Why a path cannot be opened as an archive, or null when it can (exists, regular file, size, type). */
export async function archiveFileProblem(path: string, disk: ArchiveDisk = nodeDisk): Promise<string | null> {
  if (!isAbsolute(path)) return 'not an absolute path'
  if (extensionOf(path) !== ARCHIVE_EXTENSION) return 'not a .uprdesk file'
  try {
    const info = await disk.stat(path)
    if (!info.isFile()) return 'not a regular file'
    if (info.size > MAX_FILE_BYTES) return 'larger than 200 MB'
    return null
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
  }
}

/** The archives waiting for the page. */
export interface OpenedArchiveQueue {
  /** Checks the paths, keeps the good ones and tells the page; resolves how many were kept. */
  add(paths: readonly string[]): Promise<number>
  /** Reads and hands over every waiting archive (each read with the size limit). */
  take(): Promise<OpenedArchive[]>
  readonly pending: readonly string[]
}

/** Creates the queue; `notify` pings the page (nothing is sent when no page listens yet). */
export function createOpenedArchiveQueue(deps: { notify: () => void; disk?: ArchiveDisk; log?: (message: string) => void }): OpenedArchiveQueue {
  const disk = deps.disk ?? nodeDisk
  const log = deps.log ?? ((message) => console.warn(`[archives] ${message}`))
  const pending: string[] = []
  return {
    get pending() {
      return pending
    },
    async add(paths) {
      let kept = 0
      for (const path of paths) {
        const problem = await archiveFileProblem(path, disk)
        if (problem !== null) {
          log(`not opened: ${basename(path).slice(0, 100)}: ${problem}`)
          continue
        }
        if (pending.includes(path) || pending.length >= MAX_PENDING_ARCHIVES) continue
        pending.push(path)
        kept++
      }
      if (kept > 0) deps.notify()
      return kept
    },
    async take() {
      const paths = pending.splice(0)
      const archives: OpenedArchive[] = []
      for (const path of paths) {
        const name = basename(path)
        try {
          const read = await disk.read(path, MAX_FILE_BYTES)
          archives.push(read.status === 'opened' ? { status: 'opened', name, bytes: read.bytes } : { status: 'refused', name, reason: 'too-large' })
        } catch {
          archives.push({ status: 'refused', name, reason: 'unreadable' })
        }
      }
      return archives
    }
  }
}
