import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RecommendationRepository } from '../../../src-renderer/db/repositories/recommendations'
import { stampNew } from '../../../src-renderer/domain/stamp'
import type { Attachment, Recommendation } from '../../../src-renderer/domain/model'
import { FolderSync, folderCipher, parseChangeFileName } from '../../../src-renderer/sync/folder'
import { sampleRecommendation } from '../db/sample-records'
import { Laptop } from './laptop'
import { nodeFolder } from './node-folder'

/** Folder mode: two laptops and a shared folder on disk, the same engine and the same conflicts. */
const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c()
})

async function setUp() {
  const path = await mkdtemp(join(tmpdir(), 'upr-desk-folder-'))
  const laptops = [new Laptop('a', { remoteUrl: null, credentials: null }), new Laptop('b', { remoteUrl: null, credentials: null })] as const
  const written: string[][] = [[], []]
  const syncs: FolderSync[] = []
  for (const [i, l] of laptops.entries()) {
    await l.open()
    const folder = nodeFolder(path, written[i])
    const cipher = await folderCipher(folder, 'our mission passphrase', 1000)
    syncs.push(new FolderSync(l.local, folder, i === 0 ? 'deviceaaaa01' : 'devicebbbb02', cipher!))
  }
  cleanup.push(async () => {
    for (const l of laptops) await l.close()
    await rm(path, { recursive: true, force: true })
  })
  /** One round on a laptop: its edits out to the folder, the others' files in, all applied. */
  const round = async (i: 0 | 1) => {
    await laptops[i].settle()
    await syncs[i]!.round()
    await laptops[i].settle()
  }
  return { path, laptops, syncs, written, round }
}

async function edit(db: Laptop['db'], id: string, change: Partial<Recommendation>): Promise<void> {
  const repo = new RecommendationRepository(db)
  await repo.update({ ...(await repo.get(id))!, ...change })
}

describe('folder mode', () => {
  it('carries records, merges edits of different fields, shows a conflict on both and resolves it on one', async () => {
    const { path, laptops: [a, b], written, round } = await setUp()
    const [rec] = await new RecommendationRepository(a.db).addAll([sampleRecommendation()])
    const file = stampNew<Attachment>({ ownerId: 'mission', name: 'emblem.png', mediaType: 'image/png', size: 3, bytes: new Uint8Array([1, 2, 3]) }, 'att')
    await a.db.attachments.put(file)
    await round(0)
    await round(1)
    expect(await b.db.recommendations.get(rec!.id)).toEqual(rec)
    expect((await b.db.attachments.get(file.id))?.bytes).toEqual(new Uint8Array([1, 2, 3]))

    await edit(a.db, rec!.id, { implementationStatus: 'fully-implemented' })
    await edit(b.db, rec!.id, { evidence: 'Law 12/2026' })
    for (const i of [0, 1, 0] as const) await round(i)
    for (const l of [a, b]) {
      const got = await l.db.recommendations.get(rec!.id)
      expect([got?.implementationStatus, got?.evidence]).toEqual(['fully-implemented', 'Law 12/2026'])
      expect(await l.db.syncConflicts.count()).toBe(0)
    }

    await edit(a.db, rec!.id, { position: 'noted' })
    await edit(b.db, rec!.id, { position: 'supported-in-part' })
    for (const i of [0, 1, 0] as const) await round(i)
    const [onA, onB] = [await a.db.syncConflicts.toArray(), await b.db.syncConflicts.toArray()]
    expect(onA.map((c) => c.fields)).toEqual([['position']])
    expect(onB.map((c) => c.fields)).toEqual([['position']])
    expect((await a.db.recommendations.get(rec!.id))?.position).toBe((await b.db.recommendations.get(rec!.id))?.position)
    await a.engine!.resolve(onA[0]!.id, 'mine')
    for (const i of [0, 1, 0] as const) await round(i)
    expect(await a.db.syncConflicts.count()).toBe(0)
    expect(await b.db.syncConflicts.count()).toBe(0)
    expect(await b.db.recommendations.get(rec!.id)).toEqual(await a.db.recommendations.get(rec!.id))

    // Each laptop wrote only its own files, and the folder holds nothing in clear.
    expect(written[0]!.filter((n) => parseChangeFileName(n)).every((n) => n.startsWith('deviceaaaa01-'))).toBe(true)
    expect(written[1]!.filter((n) => parseChangeFileName(n)).every((n) => n.startsWith('devicebbbb02-'))).toBe(true)
    const names = await readdir(path)
    expect(names.some((n) => n.startsWith('.tmp-'))).toBe(false)
    const { readFile } = await import('node:fs/promises')
    for (const n of names.filter((x) => parseChangeFileName(x))) expect(await readFile(join(path, n), 'utf8')).not.toContain('Optional Protocol')
  })

  it('refuses a wrong passphrase and leaves unreadable files alone', async () => {
    const { path, laptops: [a], round } = await setUp()
    await new RecommendationRepository(a.db).addAll([sampleRecommendation()])
    await round(0)
    expect(await folderCipher(nodeFolder(path), 'not the passphrase', 1000)).toBeNull()
    const before = await readdir(path)
    const stranger = new Laptop('c', { remoteUrl: null, credentials: null })
    await stranger.open()
    cleanup.push(() => stranger.close())
    const { createMissionKey } = await import('../../../src-renderer/sync/cipher')
    const other = new FolderSync(stranger.local, nodeFolder(path), 'devicecccc03', (await createMissionKey('another mission', 1000)).cipher)
    const result = await other.round()
    expect(result.unreadable.length).toBeGreaterThan(0)
    expect(result.loaded).toEqual([])
    expect((await readdir(path)).filter((n) => before.includes(n))).toEqual(before)
  })
})
