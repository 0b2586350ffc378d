// Atomic file replacement (pure Node): the target holds either its old content or the complete new
// content, never a partial write. Same idea as Actual Budget's fs/atomic-write.ts.
import { randomUUID } from 'node:crypto'
import { open, rename, stat, unlink } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export interface AtomicWriteOptions {
  /** Writes all of `bytes` to the open temp file; injectable so tests can simulate a crash mid-write. */
  write?: (handle: FileHandle, bytes: Uint8Array) => Promise<void>
  /** Platform whose rules apply (rename retries, directory fsync); defaults to process.platform. */
  platform?: NodeJS.Platform
}

/** Prefix of the temp files writeFileAtomic creates next to the target. */
export const TEMP_FILE_PREFIX = '.upr-desk-'

/** Name of a fresh temp file for `targetPath` (same folder, unique, hidden on Unix). */
export function tempPathFor(targetPath: string): string {
  return join(dirname(targetPath), `${TEMP_FILE_PREFIX}${randomUUID()}.tmp`)
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset)
    offset += bytesWritten
  }
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path)
    return info.isFile() ? info.mode & 0o777 : undefined
  } catch {
    return undefined
  }
}

// Windows refuses to replace a file another program (antivirus, indexer, Word) briefly holds open.
async function renameWithRetry(from: string, to: string, platform: NodeJS.Platform): Promise<void> {
  const delays = platform === 'win32' ? [50, 100, 200, 400, 800] : []
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const delay = delays[attempt]
      if (delay === undefined || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw error
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }
}

// Makes the rename itself durable. Not possible on Windows (directories cannot be opened), and some
// file systems refuse it: the data is already safely in place, so failures are ignored.
async function syncDirectory(dir: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return
  let handle: FileHandle | undefined
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch {
    // best effort
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/**
 * Writes `bytes` to `targetPath` atomically: temp file in the same folder, fsync, rename over the
 * target, fsync the folder. On failure the temp file is removed, the old target is untouched and the
 * error is rethrown.
 */
export async function writeFileAtomic(
  targetPath: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {}
): Promise<void> {
  const write = options.write ?? writeAll
  const platform = options.platform ?? process.platform
  const tempPath = tempPathFor(targetPath)
  const mode = (await existingMode(targetPath)) ?? 0o666
  let handle: FileHandle | undefined
  let created = false
  try {
    handle = await open(tempPath, 'wx', mode)
    created = true
    await write(handle, bytes)
    await handle.sync()
    await handle.close()
    handle = undefined
    await renameWithRetry(tempPath, targetPath, platform)
    created = false
  } catch (error) {
    await handle?.close().catch(() => undefined)
    if (created) await unlink(tempPath).catch(() => undefined)
    throw error
  }
  await syncDirectory(dirname(targetPath), platform)
}

/** True when `name` looks like a temp file left by writeFileAtomic (for cleanup and tests). */
export function isAtomicWriteTempFile(name: string): boolean {
  return basename(name).startsWith(TEMP_FILE_PREFIX) && name.endsWith('.tmp')
}
