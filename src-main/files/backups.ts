// The backups folder (`<userData>/backups`): atomic writes, rotation, listing and reading by name.
// Pure Node with the folder passed in, so it is tested with real files and hostile names.
import { lstat, mkdir, open, readdir, unlink } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { BACKUP_FILE_NAME, MAX_FILE_BYTES, type BackupInfo, type BackupKind } from '../ipc/contract'
import { isAtomicWriteTempFile, writeFileAtomic, type AtomicWriteOptions } from './atomic-write'
import { HEADER_PREAMBLE_BYTES, headerFactsOf, headerLengthOf } from './backup-header'
import { backupsToDelete } from './backups-rotation'

export interface BackupFolderOptions {
  /** Injected in tests to simulate a crash in the middle of a write. */
  atomic?: AtomicWriteOptions
  now?: () => Date
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The file name of a backup written at `at` (UTC in the name, so names sort in time order). */
export function backupFileName(at: Date, kind: BackupKind): string {
  const date = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}`
  const time = `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`
  return `upr-desk-backup-${date}-${time}-${pad(at.getUTCMilliseconds(), 3)}-${kind}.uprdesk`
}

/** The time and kind encoded in a backup file name, or null for any other name. */
export function parseBackupFileName(name: string): { createdAt: Date; kind: BackupKind } | null {
  const m = BACKUP_FILE_NAME.exec(name)
  if (!m) return null
  const [, date, time, ms, kind] = m as unknown as [string, string, string, string, BackupKind]
  const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${ms}Z`
  const createdAt = new Date(iso)
  // Reject impossible dates such as month 13, which Date would roll over.
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== iso) return null
  return { createdAt, kind }
}

/** The path of a backup in the folder; throws for anything but one of our own file names. */
export function backupPath(folder: string, name: string): string {
  if (parseBackupFileName(name) === null) throw new Error('not a backup file name')
  const path = join(folder, name)
  // The pattern already excludes separators; this guards against a pattern regression.
  if (dirname(resolve(path)) !== resolve(folder)) throw new Error('backup outside its folder')
  return path
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const preamble = new Uint8Array(HEADER_PREAMBLE_BYTES)
    const { bytesRead } = await handle.read(preamble, 0, preamble.byteLength, 0)
    const length = headerLengthOf(preamble.subarray(0, bytesRead))
    if (length === null) return preamble.subarray(0, bytesRead)
    const head = new Uint8Array(HEADER_PREAMBLE_BYTES + length)
    const read = await handle.read(head, 0, head.byteLength, 0)
    return head.subarray(0, read.bytesRead)
  } finally {
    await handle.close()
  }
}

async function infoOf(folder: string, name: string): Promise<BackupInfo | null> {
  const parsed = parseBackupFileName(name)
  if (!parsed) return null
  const path = backupPath(folder, name)
  const stats = await lstat(path)
  // Symbolic links, folders and devices with a backup's name are not backups.
  if (!stats.isFile()) return null
  const facts = headerFactsOf(await readHead(path))
  return {
    name,
    kind: parsed.kind,
    createdAt: parsed.createdAt.toISOString(),
    size: stats.size,
    appVersion: facts?.appVersion ?? null,
    schemaVersion: facts?.schemaVersion ?? null,
    counts: facts?.counts ?? null,
    encrypted: facts?.encrypted ?? false
  }
}

/** Every backup in the folder, newest first (an absent folder has none). */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const infos: BackupInfo[] = []
  for (const name of names) {
    try {
      const info = await infoOf(folder, name)
      if (info) infos.push(info)
    } catch {
      // A file that vanished or cannot be read is left out of the list, not fatal to it.
    }
  }
  return infos.sort((a, b) => (a.name < b.name ? 1 : -1))
}

/**
 * Writes a backup atomically, then deletes the ones the rotation no longer keeps. The rotation runs
 * only after the new file is complete and in place: a failed write never costs an older backup.
 */
export async function writeBackup(folder: string, bytes: Uint8Array, kind: BackupKind, options: BackupFolderOptions = {}): Promise<BackupInfo> {
  if (headerFactsOf(bytes) === null) throw new Error('not a UPR Desk archive')
  await mkdir(folder, { recursive: true })
  const now = options.now?.() ?? new Date()
  let at = now
  let name = backupFileName(at, kind)
  // Two backups in the same millisecond get the next free millisecond.
  for (let i = 0; i < 1000 && (await exists(join(folder, name))); i++) {
    at = new Date(at.getTime() + 1)
    name = backupFileName(at, kind)
  }
  await writeFileAtomic(backupPath(folder, name), bytes, options.atomic)
  await rotate(folder, now)
  const info = await infoOf(folder, name)
  if (!info) throw new Error('the backup just written cannot be read back')
  return info
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path)
    return true
  } catch {
    return false
  }
}

/** Deletes the backups the rotation does not keep; returns their names. */
export async function rotate(folder: string, now: Date): Promise<string[]> {
  const dated = (await readdir(folder)).flatMap((name) => {
    const parsed = parseBackupFileName(name)
    return parsed ? [{ name, ...parsed }] : []
  })
  const doomed = backupsToDelete(dated, now)
  for (const name of doomed) await unlink(backupPath(folder, name)).catch(() => undefined)
  return doomed
}

/** Reads one backup by name (never a path), refusing anything that is not a regular file. */
export async function readBackup(folder: string, name: string): Promise<{ name: string; bytes: Uint8Array }> {
  const path = backupPath(folder, name)
  const stats = await lstat(path)
  if (!stats.isFile()) throw new Error('not a regular file')
  const handle = await open(path, 'r')
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new Error('not a regular file')
    if (info.size > MAX_FILE_BYTES) throw new Error('backup too large')
    const bytes = new Uint8Array(await handle.readFile())
    if (bytes.byteLength > MAX_FILE_BYTES) throw new Error('backup too large')
    return { name, bytes }
  } finally {
    await handle.close()
  }
}

/** Removes temp files a crash left in the folder (no write is running when the app starts). */
export async function removeStaleTempFiles(folder: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return []
  }
  const stale = names.filter((name) => isAtomicWriteTempFile(name))
  for (const name of stale) await unlink(join(folder, name)).catch(() => undefined)
  return stale
}
