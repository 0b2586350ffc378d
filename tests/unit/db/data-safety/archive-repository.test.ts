import { testRepositories, type TestRepositories } from '../test-repositories'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { recordsOf } from '../../../../src-renderer/archive/content'
import { openArchive } from '../../../../src-renderer/archive/read-archive'
import { writeArchive } from '../../../../src-renderer/archive/write-archive'
import { baseKey } from '../../../../src-renderer/archive/merge-plan'
import { recordHash } from '../../../../src-renderer/archive/record-hash'
import { currentTables, dataTables } from '../../../../src-renderer/archive/tables'
import type { ArchiveContent, ArchiveTables } from '../../../../src-renderer/archive/format'
import { ArchiveRepository, DataChangedError } from '../../../../src-renderer/db/data-safety/archive-repository'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { CURRENT_SCHEMA_VERSION } from '../../../../src-renderer/domain/stores'
import { sampleRecordFor, sampleTablesFor } from '../sample-tables'
import { secondConnectionReader } from './second-connection-reader'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  vi.restoreAllMocks()
  for (const db of opened.splice(0)) db.close()
})

/** How the big table is read: in one transaction, or in two parts (a second connection, as the app's worker). */
type ReadMode = 'one transaction' | 'two parts'
/** The second readers started, to check that reads in two parts really read their part. */
const readers: ReturnType<typeof secondConnectionReader>[] = []

async function repositoriesIn(mode: ReadMode): Promise<TestRepositories> {
  const result = await openDatabase(`archive-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  const repos = testRepositories(result.db)
  if (mode === 'one transaction') return repos
  const upperReader = () => {
    const reader = secondConnectionReader()
    readers.push(reader)
    return reader
  }
  return { ...repos, archives: new ArchiveRepository(result.db, { upperReader, minRecordsForTwoParts: 2, chunkForTwoParts: 3 }) }
}

async function seed(repos: TestRepositories, tables: ArchiveTables): Promise<void> {
  await repos.db.transaction('rw', Object.keys(tables), async () => {
    for (const [name, records] of Object.entries(tables)) await repos.db.table(name).bulkPut(records)
  })
}

/** Everything in the database, table by table, in key order. */
async function everything(repos: TestRepositories): Promise<ArchiveTables> {
  const out: ArchiveTables = {}
  for (const name of currentTables()) out[name] = await repos.db.table(name).toArray()
  return out
}

async function backupOf(repos: TestRepositories): Promise<{ bytes: Uint8Array }> {
  const written = await repos.archives.withSnapshot((chunks) =>
    writeArchive({ appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, purpose: 'backup', scope: { kind: 'mission', id: null, label: 'All' }, chunks })
  )
  return { bytes: written.bytes }
}

const repositories = (): Promise<TestRepositories> => repositoriesIn('one transaction')

async function contentOf(bytes: Uint8Array): Promise<ArchiveContent> {
  const opened = await openArchive(bytes, { supportedSchemaVersion: CURRENT_SCHEMA_VERSION })
  if (!opened.ok) throw new Error(opened.detail)
  return opened.content
}

describe.each<ReadMode>(['one transaction', 'two parts'])('archive repository: snapshot and restore, the recommendations read in %s', (mode) => {
  const repositories = (): Promise<TestRepositories> => repositoriesIn(mode)

  it('backs up every table of the schema, in chunks, and restores all of it into an empty database', async () => {
    const source = await repositories()
    const tables = sampleTablesFor(currentTables(), 3)
    // More records than one chunk, to cross chunk boundaries.
    tables['recommendations'] = Array.from({ length: 2_300 }, (_, i) => sampleRecordFor('recommendations', i + 1))
    await seed(source, tables)
    const before = await everything(source)
    const { bytes } = await backupOf(source)
    const content = await contentOf(bytes)
    expect(Object.keys(content.tables).sort()).toEqual([...currentTables()].sort())
    expect(content.tables['recommendations']).toHaveLength(2_300)

    const target = await repositories()
    const report = await target.archives.replaceAll(content)
    expect(report.written).toBeGreaterThan(2_300)
    const after = await everything(target)
    // This copy's own counters are kept, everything else is the archive's.
    expect(after).toEqual(before)
    expect((after['attachments']![0]!['bytes'] as Uint8Array)).toBeInstanceOf(Uint8Array)
  })

  it('writes only what differs, deletes what the archive lacks, empties tables it does not hold', async () => {
    const repos = await repositories()
    await seed(repos, sampleTablesFor(dataTables(), 3))
    const { bytes } = await backupOf(repos)
    // Changes after the backup: one edited, one added, one deleted.
    await repos.db.recommendations.update('rec_1', { notes: 'edited after the backup' })
    await repos.db.recommendations.put(sampleRecordFor('recommendations', 9) as never)
    await repos.db.tasks.delete('task_2')
    let safety: ArchiveTables = {}
    const report = await repos.archives.replaceAll(await contentOf(bytes), async (current) => {
      for await (const chunk of current) (safety[chunk.table] ??= []).push(...recordsOf(chunk))
    })
    expect(report).toMatchObject({ written: 2, deleted: 1 })
    if (mode === 'two parts') expect(readers.at(-1)?.messages).toEqual(expect.arrayContaining(['started', 'split', 'chunk', 'done']))
    expect(safety['recommendations']!.map((r) => r.id).sort()).toEqual(['rec_1', 'rec_2', 'rec_3', 'rec_9'])
    expect(safety['recommendations']!.find((r) => r.id === 'rec_1')!['notes']).toBe('edited after the backup')
    // The register learns that every recommendation may have changed (it rebuilds on the next start).
    expect(await repos.db.registerJournal.orderBy('seq').last()).toMatchObject({ all: true })
    safety = {}
    expect((await repos.db.recommendations.get('rec_1'))?.notes).toBe('')
    expect(await repos.db.recommendations.get('rec_9')).toBeUndefined()
    expect(await repos.db.tasks.get('task_2')).toBeDefined()

    const older: ArchiveContent = { scope: { kind: 'mission', id: null, label: '' }, tables: { missionProfile: [sampleRecordFor('missionProfile')] } }
    await repos.archives.replaceAll(older)
    expect(await repos.db.recommendations.count()).toBe(0)
    expect(await repos.db.missionProfile.count()).toBe(1)
  })

  it('keeps this copy’s counters, and gives an exported archive merge bases for what it restored', async () => {
    const repos = await repositories()
    await repos.db.appMeta.bulkPut([
      { id: 'changeCounter', value: 40, updatedAt: '2026-11-01T09:00:00.000Z' },
      { id: 'someAreaFact', value: 'ours', updatedAt: '2026-11-01T09:00:00.000Z' }
    ])
    const rec = sampleRecordFor('recommendations', 1)
    const exported: ArchiveContent = { scope: { kind: 'mission', id: null, label: '' }, tables: { recommendations: [rec] } }
    await repos.archives.replaceAll(exported)
    expect((await repos.db.appMeta.toArray()).map((m) => [m.id, m.value])).toEqual([['changeCounter', 40], ['someAreaFact', 'ours']])
    expect((await repos.db.syncBases.get(baseKey('recommendations', rec.id)))?.hash).toBe(recordHash(rec))

    const backup: ArchiveContent = { scope: { kind: 'mission', id: null, label: '' }, tables: { appMeta: [{ id: 'changeCounter', value: 3, updatedAt: '2026-11-02T09:00:00.000Z' }, { id: 'someAreaFact', value: 'theirs', updatedAt: '2026-11-02T09:00:00.000Z' }], syncBases: [] } }
    await repos.archives.replaceAll(backup)
    expect((await repos.db.appMeta.toArray()).map((m) => [m.id, m.value])).toEqual([['changeCounter', 40], ['someAreaFact', 'theirs']])
    expect(await repos.db.syncBases.count()).toBe(0)
  })

  it('keeps a safety backup of exactly what it replaces, in the same transaction, before writing anything', async () => {
    const repos = await repositories()
    await seed(repos, sampleTablesFor(dataTables(), 2))
    const before = await everything(repos)
    const replacement: ArchiveContent = { scope: { kind: 'mission', id: null, label: '' }, tables: { missionProfile: [sampleRecordFor('missionProfile')] } }
    let kept: ArchiveTables = {}
    let typedMeanwhile: Promise<unknown> = Promise.resolve()
    const report = await repos.archives.replaceAll(replacement, async (current) => {
      kept = {}
      for await (const chunk of current) (kept[chunk.table] ??= []).push(...recordsOf(chunk))
      // A write made while the safety backup is being written waits for the restore to finish.
      typedMeanwhile = repos.db.reviews.put({ ...sampleRecordFor('reviews', 7), notes: 'typed during the restore' } as never)
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    for (const records of Object.values(kept)) records.sort((a, b) => a.id.localeCompare(b.id))
    expect(kept).toEqual(before)
    expect(report.deleted).toBeGreaterThan(10)
    await typedMeanwhile
    expect((await repos.db.reviews.toArray()).map((r) => r.id)).toEqual(['rev_7'])
    expect(await repos.db.recommendations.count()).toBe(0)
  })

  it('replaces nothing when the safety backup cannot be kept', async () => {
    const repos = await repositories()
    await seed(repos, sampleTablesFor(dataTables(), 2))
    const before = await everything(repos)
    const replacement: ArchiveContent = { scope: { kind: 'mission', id: null, label: '' }, tables: { missionProfile: [] } }
    await expect(
      repos.archives.replaceAll(replacement, async () => {
        throw new Error('the disk is full')
      })
    ).rejects.toThrow('the disk is full')
    expect(await everything(repos)).toEqual(before)
  })

  it('leaves everything as it was when the disk is full in the middle of a restore', async () => {
    const repos = await repositories()
    await seed(repos, sampleTablesFor(dataTables(), 2))
    const before = await everything(repos)
    const replacement: ArchiveContent = {
      scope: { kind: 'mission', id: null, label: '' },
      tables: { ...sampleTablesFor(dataTables(), 1), recommendations: Array.from({ length: 3_000 }, (_, i) => sampleRecordFor('recommendations', i + 100)) }
    }
    const put = IDBObjectStore.prototype.put
    let calls = 0
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 2_500) throw new DOMException('The disk is full', 'QuotaExceededError')
      return put.apply(this, args)
    })
    await expect(repos.archives.replaceAll(replacement, async (current) => {
      for await (const chunk of current) void chunk
    })).rejects.toMatchObject({ name: 'QuotaExceededError' })
    vi.restoreAllMocks()
    expect(await everything(repos)).toEqual(before)
  })
})

describe('archive repository: selections and merges', () => {
  it('selects one review with its tasks, attachments and recommendations', async () => {
    const repos = await repositories()
    await seed(repos, sampleTablesFor(dataTables(), 2))
    await repos.db.recommendations.update('rec_2', { reviewId: 'rev_2' })
    const tables = await repos.archives.selection({ kind: 'review', id: 'rev_1' })
    expect(Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.map((r) => r.id)]))).toEqual({
      reviews: ['rev_1'],
      tasks: ['task_1', 'task_2'],
      attachments: ['att_1', 'att_2'],
      recommendations: ['rec_1']
    })
  })

  it('selects one statement with the recommendations drafted in it', async () => {
    const repos = await repositories()
    await seed(repos, sampleTablesFor(dataTables(), 2))
    const drafted = { ...sampleRecordFor('recommendations', 7), origin: { kind: 'statement', source: 'st_1', importedAt: 'x', key: 'st_1#1' } }
    const otherStatement = { ...sampleRecordFor('recommendations', 8), origin: { kind: 'statement', source: 'st_10', importedAt: 'x', key: 'st_10#1' } }
    await repos.db.recommendations.bulkPut([drafted, otherStatement] as never)
    const tables = await repos.archives.selection({ kind: 'statement', id: 'st_1' })
    expect(tables['statements']!.map((s) => s.id)).toEqual(['st_1'])
    expect(tables['recommendations']!.map((r) => r.id)).toEqual(['rec_7'])
  })

  it('merges: adds, takes their changes, keeps ours, and lets the person decide a conflict', async () => {
    const mine = await repositories()
    await seed(mine, sampleTablesFor(['recommendations', 'reviews'], 3))
    const exported = await mine.archives.selection({ kind: 'mission', withBookkeeping: false })
    await mine.archives.recordExchange(exported)
    expect(await mine.db.syncBases.count()).toBe(3 + 3)

    // Their archive: rec_1 changed by them, rec_2 changed by both, rec_4 new; we changed rec_2 and rec_3.
    const later = '2026-12-05T10:00:00.000Z'
    const theirs = structuredClone(exported)
    theirs['recommendations']![0]!['notes'] = 'their note'
    theirs['recommendations']![0]!['updatedAt'] = later
    theirs['recommendations']![1]!['notes'] = 'their other note'
    theirs['recommendations']![1]!['updatedAt'] = later
    theirs['recommendations']!.push(sampleRecordFor('recommendations', 4))
    await mine.db.recommendations.update('rec_2', { notes: 'our note', updatedAt: '2026-12-01T00:00:00.000Z' })
    await mine.db.recommendations.update('rec_3', { notes: 'our other note', updatedAt: '2026-12-01T00:00:00.000Z' })

    const plan = await mine.archives.planMerge({ scope: { kind: 'mission', id: null, label: '' }, tables: theirs })
    expect(plan.items.filter((i) => i.table === 'recommendations').map((i) => [i.theirs.id, i.action])).toEqual([
      ['rec_1', 'update'],
      ['rec_2', 'conflict'],
      ['rec_3', 'keep-mine'],
      ['rec_4', 'add']
    ])
    const report = await mine.archives.applyMerge(plan, new Map([[baseKey('recommendations', 'rec_2'), 'theirs']]))
    expect(report).toMatchObject({ added: 1, updated: 1, keptMine: 1, unchanged: 3, conflictsTookTheirs: 1 })
    expect((await mine.db.recommendations.bulkGet(['rec_1', 'rec_2', 'rec_3', 'rec_4'])).map((r) => r?.notes)).toEqual(['their note', 'their other note', 'our other note', ''])
    // Merging the same archive again changes nothing.
    const again = await mine.archives.planMerge({ scope: { kind: 'mission', id: null, label: '' }, tables: theirs })
    expect(again.conflicts).toHaveLength(0)
    expect(again.items.filter((i) => i.action === 'add' || i.action === 'update')).toHaveLength(0)
  })

  it('writes nothing when a record changed between the plan and the apply', async () => {
    const repos = await repositories()
    await seed(repos, sampleTablesFor(['recommendations'], 2))
    const theirs = { recommendations: [{ ...sampleRecordFor('recommendations', 1), notes: 'theirs' }, sampleRecordFor('recommendations', 5)] }
    const plan = await repos.archives.planMerge({ scope: { kind: 'mission', id: null, label: '' }, tables: theirs })
    await repos.db.recommendations.update('rec_1', { notes: 'typed meanwhile' })
    await expect(repos.archives.applyMerge(plan, new Map([[baseKey('recommendations', 'rec_1'), 'theirs']]))).rejects.toBeInstanceOf(DataChangedError)
    expect(await repos.db.recommendations.get('rec_5')).toBeUndefined()
    expect((await repos.db.recommendations.get('rec_1'))?.notes).toBe('typed meanwhile')
  })

  it('never takes their app facts or merge bases', async () => {
    const repos = await repositories()
    const plan = await repos.archives.planMerge({ scope: { kind: 'mission', id: null, label: '' }, tables: { appMeta: [{ id: 'changeCounter', value: 9 }], syncBases: [{ id: 'x', hash: 'y' }] } })
    expect(plan.items).toEqual([])
  })

  it('records merge bases for an export, rewriting only those that changed', async () => {
    const repos = await repositories()
    await seed(repos, sampleTablesFor(['recommendations'], 2))
    const tables = await repos.archives.selection({ kind: 'mission', withBookkeeping: false })
    await repos.archives.recordExchange(tables)
    const first = await repos.db.syncBases.toArray()
    await repos.archives.recordExchange(tables)
    expect(await repos.db.syncBases.toArray()).toEqual(first)
  })
})
