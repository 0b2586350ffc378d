import { afterEach, describe, expect, it } from 'vitest'
import { baseKey } from '../../../../src-renderer/archive/merge-plan'
import { fileNameProblem } from '../../../../src-main/ipc/contract'
import { dataTables } from '../../../../src-renderer/archive/tables'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { createRepositories } from '../../../../src-renderer/db/repositories'
import { DataSafetyService, NotWholeMissionError, SafetyBackupError, archiveFileName } from '../../../../src-renderer/features/data-safety/data-safety-service'
import { sampleTablesFor } from '../../db/sample-tables'
import { fakePlatform } from './fake-platform'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

async function setUp(kind: 'browser' | 'electron' = 'browser') {
  const result = await openDatabase(`service-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  const repos = createRepositories(result.db)
  await repos.dataSafety.start()
  const tables = sampleTablesFor(dataTables(), 2)
  await result.db.transaction('rw', Object.keys(tables), async () => {
    for (const [name, records] of Object.entries(tables)) await result.db.table(name).bulkPut(records)
  })
  const platform = fakePlatform(kind)
  return { repos, db: result.db, platform, service: new DataSafetyService(repos, platform, () => new Date('2026-11-27T10:15:00.000Z')) }
}

async function names(db: UprDeskDatabase, table: string) {
  return (await db.table(table).toArray()).map((r: { id: string }) => r.id)
}

describe('data-safety service', () => {
  it('writes a backup of everything and notes when it was taken', async () => {
    const { repos, db, platform, service } = await setUp('electron')
    const info = await service.backUp('manual', 'Permanent Mission of Slovenia')
    expect(info.counts).toMatchObject({ recommendations: 2, reviews: 2, attachments: 2 })
    expect(repos.dataSafety.getSnapshot()).toMatchObject({ backedUpAtChange: 1 })
    expect(platform.backups.write).toHaveBeenCalledWith(expect.any(Uint8Array), 'manual')
    // Nothing changed since: no last backup on quit.
    expect(await service.lastBackupBytes('x')).toBeNull()
    await db.tasks.delete('task_1')
    expect(await service.lastBackupBytes('x')).toBeInstanceOf(Uint8Array)
  })

  it('saves an archive for the person, and notes merge bases only once it is saved', async () => {
    const { repos, db, platform, service } = await setUp()
    platform.cancelSaves = true
    expect(await service.exportArchive({ kind: 'mission' }, { kind: 'mission', id: null, label: 'Mission' }, undefined)).toEqual({ status: 'cancelled' })
    expect(await db.syncBases.count()).toBe(0)
    platform.cancelSaves = false
    const saved = await service.exportArchive({ kind: 'mission' }, { kind: 'mission', id: null, label: 'Permanent Mission of Slovenia' }, 'a passphrase for the test')
    expect(saved).toMatchObject({ status: 'saved', header: { purpose: 'export', scope: 'mission' } })
    expect(platform.saved[0]!.name).toMatch(/^UPR Desk - Permanent Mission of Slovenia - 2026-11-27 \d{4}\.uprdesk$/)
    expect(platform.saveFile).toHaveBeenLastCalledWith(expect.any(Uint8Array), platform.saved[0]!.name, [{ name: 'UPR Desk archive', extensions: ['uprdesk'] }])
    // The save dialog names the file type in the interface language.
    await service.exportArchive({ kind: 'mission' }, { kind: 'mission', id: null, label: 'Mission' }, undefined, 'Archive UPR Desk')
    expect(platform.saveFile).toHaveBeenLastCalledWith(expect.any(Uint8Array), expect.any(String), [{ name: 'Archive UPR Desk', extensions: ['uprdesk'] }])
    expect(await db.syncBases.get(baseKey('recommendations', 'rec_1'))).toBeDefined()
    expect(repos.dataSafety.getSnapshot().lastExportAt).not.toBeNull()
    // Whole-mission exports leave this copy's own facts out; the archive opens with the passphrase.
    const opened = await service.open(platform.saved[0]!.bytes, 'a passphrase for the test')
    expect(opened.ok && Object.keys(opened.content.tables)).not.toContain('appMeta')
    expect(opened.ok && opened.header.content.encryption?.iterations).toBe(600_000)
  })

  it('exports one review: a selection does not count as a backup of the mission', async () => {
    const { repos, platform, service } = await setUp()
    const saved = await service.exportArchive({ kind: 'review', id: 'rev_1' }, { kind: 'review', id: 'rev_1', label: 'Review of Slovenia, session 41' }, undefined)
    expect(saved.status === 'saved' && saved.header.counts).toEqual({ reviews: 1, tasks: 2, attachments: 2, recommendations: 2 })
    expect(platform.saved[0]!.name).toMatch(/^UPR Desk - Review of Slovenia, session 41 - /)
    expect(repos.dataSafety.getSnapshot().lastExportAt).toBeNull()
  })

  it('restores after a safety backup of the current state, which can itself be restored', async () => {
    const { db, platform, service } = await setUp()
    await service.exportArchive({ kind: 'mission' }, { kind: 'mission', id: null, label: 'Mission' }, undefined)
    const archive = await service.open(platform.saved[0]!.bytes)
    if (!archive.ok) throw new Error(archive.detail)
    await db.recommendations.bulkDelete(['rec_1', 'rec_2'])
    await db.reviews.put({ ...(await db.reviews.get('rev_1'))!, notes: 'after the archive' })

    const { report, safety } = await service.restore(archive.content, 'Mission')
    expect(safety.kind).toBe('safety')
    expect(report.written).toBeGreaterThanOrEqual(3)
    expect(await names(db, 'recommendations')).toEqual(['rec_1', 'rec_2'])
    expect((await db.reviews.get('rev_1'))?.notes).toBe('Fourth cycle')

    // The safety backup holds the state just before the restore.
    const back = await service.open(await service.readBackup(safety.name))
    if (!back.ok) throw new Error(back.detail)
    await service.restore(back.content, 'Mission')
    expect(await names(db, 'recommendations')).toEqual([])
    expect((await db.reviews.get('rev_1'))?.notes).toBe('after the archive')
  })

  it('changes nothing when the safety backup cannot be kept (disk full)', async () => {
    const { db, platform, service } = await setUp()
    await service.exportArchive({ kind: 'mission' }, { kind: 'mission', id: null, label: 'Mission' }, undefined)
    const archive = await service.open(platform.saved[0]!.bytes)
    if (!archive.ok) throw new Error(archive.detail)
    await db.recommendations.clear()
    platform.failWrites = Object.assign(new Error('backups:write failed (ENOSPC)'), { code: 'ENOSPC' })
    await expect(service.restore(archive.content, 'Mission')).rejects.toBeInstanceOf(SafetyBackupError)
    expect(await db.recommendations.count()).toBe(0)
  })

  it('replaces all data only with an archive of the whole mission', async () => {
    const { db, platform, service } = await setUp()
    await service.exportArchive({ kind: 'review', id: 'rev_1' }, { kind: 'review', id: 'rev_1', label: 'Review' }, undefined)
    const archive = await service.open(platform.saved[0]!.bytes)
    if (!archive.ok) throw new Error(archive.detail)
    await expect(service.restore(archive.content, 'Mission')).rejects.toBeInstanceOf(NotWholeMissionError)
    expect(platform.backups.write).not.toHaveBeenCalled()
    expect(await db.missionProfile.count()).toBe(1)
  })

  it('merges after a safety backup, and refreshes the register', async () => {
    const { repos, db, platform, service } = await setUp()
    await service.exportArchive({ kind: 'review', id: 'rev_1' }, { kind: 'review', id: 'rev_1', label: 'Review' }, undefined)
    const archive = await service.open(platform.saved[0]!.bytes)
    if (!archive.ok) throw new Error(archive.detail)
    await db.recommendations.delete('rec_1')
    await db.syncBases.clear()
    const plan = await service.planMerge(archive.content)
    expect(plan.counts.add).toBe(1)
    const report = await service.applyMerge(plan, new Map(), 'Mission')
    expect(report.added).toBe(1)
    expect(platform.backups.write).toHaveBeenCalledWith(expect.any(Uint8Array), 'safety')
    expect(repos.register.getSnapshot().table.indexOf('rec_1')).toBeDefined()
  })
})

describe('archive file names', () => {
  it('are safe on every system, whatever the label', () => {
    for (const label of ['Permanent Mission of Côte d’Ivoire', 'Review of Iran (Islamic Republic of): session 48?', 'CON', 'a/b\\c*<>|"', '\u202etxt.exe', '   ', 'x'.repeat(400)]) {
      const name = archiveFileName(label, new Date(2026, 10, 27, 9, 5))
      expect(fileNameProblem(name), name).toBeNull()
      expect(name).toMatch(/ - 2026-11-27 0905\.uprdesk$/)
    }
  })
})
