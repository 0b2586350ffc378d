/** A shared folder on disk for folder-mode tests (Node fs): temporary name, then rename. */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FolderPort } from '../../../src-renderer/sync/folder'

/** The folder at `path`; `written` collects the names this laptop wrote. */
export function nodeFolder(path: string, written: string[] = []): FolderPort {
  return {
    async list() {
      await mkdir(path, { recursive: true })
      return readdir(path)
    },
    async read(name) {
      try {
        return new Uint8Array(await readFile(join(path, name)))
      } catch {
        return null
      }
    },
    async writeAtomic(name, bytes) {
      await mkdir(path, { recursive: true })
      const temp = join(path, `.tmp-${crypto.randomUUID()}`)
      await writeFile(temp, bytes)
      await rename(temp, join(path, name))
      written.push(name)
    }
  }
}
