import { mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile, chmod } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isAtomicWriteTempFile, tempPathFor, writeFileAtomic } from '../../../src-main/files/atomic-write'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'upr-desk-atomic-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text)

async function tempFilesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => isAtomicWriteTempFile(name))
}

describe('writeFileAtomic', () => {
  it('creates a new file with exactly the given bytes', async () => {
    const target = join(dir, 'report.docx')
    const bytes = new Uint8Array(300_000).map((_, i) => i % 251)
    await writeFileAtomic(target, bytes)
    expect((await readFile(target)).equals(bytes)).toBe(true)
    expect(await readdir(dir)).toEqual(['report.docx'])
  })

  it('writes an empty file', async () => {
    const target = join(dir, 'empty.txt')
    await writeFileAtomic(target, new Uint8Array(0))
    expect((await stat(target)).size).toBe(0)
  })

  it('replaces an existing file and keeps its permissions', async () => {
    const target = join(dir, 'statement.docx')
    await writeFile(target, 'old content that is longer than the new one')
    if (process.platform !== 'win32') await chmod(target, 0o600)
    await writeFileAtomic(target, bytesOf('new'))
    expect(await readFile(target, 'utf8')).toBe('new')
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o600)
    expect(await tempFilesIn(dir)).toEqual([])
  })

  it('leaves the old file intact and no temp file when the write is interrupted', async () => {
    const target = join(dir, 'measures.docx')
    await writeFile(target, 'the old, complete document')
    const crashHalfway = async (handle: FileHandle, bytes: Uint8Array): Promise<void> => {
      await handle.write(bytes, 0, Math.floor(bytes.byteLength / 2))
      throw new Error('simulated crash mid-write')
    }
    await expect(writeFileAtomic(target, bytesOf('x'.repeat(10_000)), { write: crashHalfway })).rejects.toThrow(
      'simulated crash mid-write'
    )
    expect(await readFile(target, 'utf8')).toBe('the old, complete document')
    expect(await readdir(dir)).toEqual(['measures.docx'])
  })

  it('leaves no file at all when the first write of a new file is interrupted', async () => {
    const target = join(dir, 'new.docx')
    const failAtOnce = async (): Promise<void> => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
    }
    await expect(writeFileAtomic(target, bytesOf('abc'), { write: failAtOnce })).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await readdir(dir)).toEqual([])
  })

  it('fails cleanly when the folder does not exist', async () => {
    const target = join(dir, 'missing', 'folder', 'x.docx')
    await expect(writeFileAtomic(target, bytesOf('abc'))).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readdir(dir)).toEqual([])
  })

  it('removes the temp file when the rename fails (target is a non-empty folder)', async () => {
    const target = join(dir, 'taken')
    await mkdir(target)
    await writeFile(join(target, 'inside.txt'), 'keep me')
    await expect(writeFileAtomic(target, bytesOf('abc'))).rejects.toBeInstanceOf(Error)
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep me')
    expect(await tempFilesIn(dir)).toEqual([])
  })

  it('survives concurrent writes to the same target: one complete version wins', async () => {
    const target = join(dir, 'race.txt')
    const versions = Array.from({ length: 8 }, (_, i) => `version ${i} `.repeat(5_000))
    await Promise.all(versions.map((text) => writeFileAtomic(target, bytesOf(text))))
    expect(versions).toContain(await readFile(target, 'utf8'))
    expect(await tempFilesIn(dir)).toEqual([])
  })
})

describe('tempPathFor', () => {
  it('puts a unique, recognisable temp file next to the target', () => {
    const target = join(dir, 'a.docx')
    const first = tempPathFor(target)
    const second = tempPathFor(target)
    expect(dirname(first)).toBe(dir)
    expect(first).not.toBe(second)
    expect(isAtomicWriteTempFile(first)).toBe(true)
    expect(isAtomicWriteTempFile(target)).toBe(false)
  })
})
