import { lstat, mkdtemp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupFileName, backupPath, listBackups, parseBackupFileName, readBackup, removeStaleTempFiles, rotate, writeBackup } from '../../../src-main/files/backups'
import { headerFactsOf } from '../../../src-main/files/backup-header'
import { readBackupArgsSchema, writeBackupArgsSchema, quitReplyArgsSchema } from '../../../src-main/ipc/contract'

let folder: string

beforeEach(async () => {
  folder = join(await mkdtemp(join(tmpdir(), 'upr-desk-backups-')), 'backups')
})

afterEach(async () => {
  await rm(join(folder, '..'), { recursive: true, force: true })
})

/** Archive-shaped bytes: signature, header length, header JSON, some payload (main reads the header only). */
function archiveBytes(counts: Record<string, number> = { recommendations: 3 }, payload = 'payload'): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify({ format: 'upr-desk-archive', formatVersion: 1, appVersion: '0.1.0', schemaVersion: 3, counts, content: { encryption: null } }))
  const out = new Uint8Array(12 + header.length + payload.length)
  out.set([0x55, 0x50, 0x52, 0x44, 0x45, 0x53, 0x4b, 0x1a])
  new DataView(out.buffer).setUint32(8, header.length, false)
  out.set(header, 12)
  out.set(new TextEncoder().encode(payload), 12 + header.length)
  return out
}

const at = (iso: string) => () => new Date(iso)

describe('backup file names', () => {
  it('round-trips a name through its time and kind', () => {
    const when = new Date('2026-11-27T10:15:00.123Z')
    const name = backupFileName(when, 'auto')
    expect(name).toBe('upr-desk-backup-20261127-101500-123-auto.uprdesk')
    expect(parseBackupFileName(name)).toEqual({ createdAt: when, kind: 'auto' })
  })

  const impossibleDates = [
    'upr-desk-backup-20261327-101500-123-auto.uprdesk',
    'upr-desk-backup-20260230-101500-123-auto.uprdesk',
    'upr-desk-backup-20261127-251500-123-auto.uprdesk'
  ]
  const hostile: [string, string][] = [
    ['a parent-folder prefix', '../upr-desk-backup-20261127-101500-123-auto.uprdesk'],
    ['a traversal suffix', 'upr-desk-backup-20261127-101500-123-auto.uprdesk/../../etc/passwd'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows path', 'C:\\Windows\\win.ini'],
    ['an unknown kind', 'upr-desk-backup-20261127-101500-123-evil.uprdesk'],
    ['a NUL byte', 'upr-desk-backup-20261127-101500-123-auto.uprdesk\u0000.txt'],
    ['a trailing space', 'upr-desk-backup-20261127-101500-123-auto.uprdesk '],
    ['a leading space', ' upr-desk-backup-20261127-101500-123-auto.uprdesk'],
    ['upper case', 'UPR-DESK-BACKUP-20261127-101500-123-AUTO.UPRDESK'],
    ['non-ASCII digits', 'upr-desk-backup-٢٠٢٦١١٢٧-101500-123-auto.uprdesk'],
    ['a temp file', '.upr-desk-0b1f.tmp'],
    ['an empty name', ''],
    ['a very long name', 'x'.repeat(10_000)]
  ]

  it.each(hostile)('refuses %s as a backup name, in the contract and in main', (_label, name) => {
    expect(readBackupArgsSchema.safeParse({ name }).success).toBe(false)
    expect(parseBackupFileName(name)).toBeNull()
    expect(() => backupPath(folder, name)).toThrow()
  })

  it.each(impossibleDates)('refuses the impossible date in %s in main', (name) => {
    expect(parseBackupFileName(name)).toBeNull()
    expect(() => backupPath(folder, name)).toThrow()
  })

  it('refuses hostile arguments to the backup channels', () => {
    expect(readBackupArgsSchema.safeParse({ name: backupFileName(new Date(), 'auto'), path: '/etc' }).success).toBe(false)
    expect(writeBackupArgsSchema.safeParse({ bytes: new Uint8Array(1), kind: 'quit' }).success).toBe(false)
    expect(writeBackupArgsSchema.safeParse({ bytes: [1, 2], kind: 'auto' }).success).toBe(false)
    expect(writeBackupArgsSchema.safeParse({ bytes: new Uint8Array(1), kind: 'auto', name: 'x' }).success).toBe(false)
    expect(quitReplyArgsSchema.safeParse({ requestId: '../x', bytes: null }).success).toBe(false)
    expect(quitReplyArgsSchema.safeParse({ requestId: '6f1c2f1e-8a9b-4c3d-9e8f-0a1b2c3d4e5f', bytes: null }).success).toBe(true)
  })
})

describe('backups folder', () => {
  it('writes a backup atomically and lists it with its header facts', async () => {
    const info = await writeBackup(folder, archiveBytes({ recommendations: 100_000, recoveryMeasures: 1_000 }), 'auto', { now: at('2026-11-27T10:15:00.000Z') })
    expect(info).toMatchObject({ name: 'upr-desk-backup-20261127-101500-000-auto.uprdesk', kind: 'auto', createdAt: '2026-11-27T10:15:00.000Z', appVersion: '0.1.0', schemaVersion: 3, counts: { recommendations: 100_000, recoveryMeasures: 1_000 }, encrypted: false })
    expect(await listBackups(folder)).toEqual([info])
    expect((await readBackup(folder, info.name)).bytes).toEqual(archiveBytes({ recommendations: 100_000, recoveryMeasures: 1_000 }))
  })

  it('refuses to store bytes that are not an archive', async () => {
    await expect(writeBackup(folder, new TextEncoder().encode('#!/bin/sh\nrm -rf ~'), 'manual')).rejects.toThrow('not a UPR Desk archive')
    expect(await listBackups(folder)).toEqual([])
  })

  it('gives two backups in the same millisecond two names', async () => {
    const now = at('2026-11-27T10:15:00.000Z')
    const a = await writeBackup(folder, archiveBytes(), 'auto', { now })
    const b = await writeBackup(folder, archiveBytes(), 'auto', { now })
    expect(a.name).not.toBe(b.name)
    expect(await listBackups(folder)).toHaveLength(2)
  })

  it('leaves the previous backup intact when a backup write is interrupted (a simulated crash)', async () => {
    const first = await writeBackup(folder, archiveBytes({ recommendations: 1 }, 'the complete earlier backup'), 'auto', { now: at('2026-11-27T10:00:00.000Z') })
    const crash = async (handle: FileHandle, bytes: Uint8Array) => {
      await handle.write(bytes, 0, Math.floor(bytes.byteLength / 2))
      throw new Error('simulated power cut mid-write')
    }
    await expect(writeBackup(folder, archiveBytes({ recommendations: 2 }, 'x'.repeat(50_000)), 'auto', { now: at('2026-11-27T10:15:00.000Z'), atomic: { write: crash } })).rejects.toThrow('simulated power cut')
    expect(await listBackups(folder)).toEqual([first])
    expect((await readBackup(folder, first.name)).bytes).toEqual(archiveBytes({ recommendations: 1 }, 'the complete earlier backup'))
    expect(await readdir(folder)).toEqual([first.name])
  })

  it('survives a crash that left a temp file behind: listed backups unaffected, temp file removed at start', async () => {
    const first = await writeBackup(folder, archiveBytes(), 'auto', { now: at('2026-11-27T10:00:00.000Z') })
    // What a killed process leaves: a half-written temp file next to the backups.
    await writeFile(join(folder, '.upr-desk-0b1f2c3d-aaaa-bbbb-cccc-ddddeeeeffff.tmp'), archiveBytes().subarray(0, 20))
    expect(await listBackups(folder)).toEqual([first])
    expect(await removeStaleTempFiles(folder)).toHaveLength(1)
    expect(await readdir(folder)).toEqual([first.name])
  })

  it('rotates after each write, never deleting before the new backup is complete', async () => {
    const hours = [8, 9, 10, 11, 12]
    for (const h of hours) await writeBackup(folder, archiveBytes(), 'auto', { now: () => new Date(2026, 10, 27, h) })
    const names = (await listBackups(folder)).map((b) => parseBackupFileName(b.name)!.createdAt.getHours())
    expect(names).toEqual([12, 11, 10, 9])
    expect(await rotate(folder, new Date(2026, 10, 27, 13))).toEqual([])
  })

  it('lists an unreadable backup with unknown facts, and ignores other files, folders and links', async () => {
    await mkdir(folder, { recursive: true })
    const damaged = backupFileName(new Date('2026-11-27T09:00:00.000Z'), 'manual')
    await writeFile(join(folder, damaged), 'not an archive')
    await writeFile(join(folder, 'notes.txt'), 'hello')
    await mkdir(join(folder, backupFileName(new Date('2026-11-27T08:00:00.000Z'), 'auto')))
    const outside = join(folder, '..', 'outside.uprdesk')
    await writeFile(outside, archiveBytes())
    const linkName = backupFileName(new Date('2026-11-27T07:00:00.000Z'), 'auto')
    let linked = true
    try {
      await symlink(outside, join(folder, linkName))
    } catch {
      linked = false // no symlinks on this file system
    }
    const list = await listBackups(folder)
    expect(list).toEqual([expect.objectContaining({ name: damaged, appVersion: null, counts: null })])
    if (linked) {
      expect((await lstat(join(folder, linkName))).isSymbolicLink()).toBe(true)
      await expect(readBackup(folder, linkName)).rejects.toThrow('not a regular file')
    }
  })

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await listBackups(join(folder, 'missing'))).toEqual([])
  })

  it('reads the header facts of hostile bytes without throwing', () => {
    for (const bytes of [new Uint8Array(0), new Uint8Array(11), archiveBytes().subarray(0, 30), Uint8Array.from([0x55, 0x50, 0x52, 0x44, 0x45, 0x53, 0x4b, 0x1a, 0xff, 0xff, 0xff, 0xff])]) {
      expect(headerFactsOf(bytes)).toBeNull()
    }
    const bad = archiveBytes()
    bad[20] = 0xff
    expect(headerFactsOf(bad)).toBeNull()
  })

  it('reads back exactly what was written', async () => {
    const bytes = archiveBytes({ a: 1 }, 'z'.repeat(30_000))
    const info = await writeBackup(folder, bytes, 'safety')
    expect(await readFile(join(folder, info.name))).toEqual(Buffer.from(bytes))
  })
})
