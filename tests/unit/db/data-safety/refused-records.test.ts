/**
 * A restore or a merge never writes a record that does not fit its table (issue 17): content that did
 * not come through openArchive is checked before any transaction opens, and a refusal writes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { ArchiveContent, ArchiveTables } from '../../../../src-renderer/archive/format'
import type { MergePlan } from '../../../../src-renderer/archive/merge-plan'
import { InvalidRecordError } from '../../../../src-renderer/archive/record-schemas'
import { currentTables, dataTables } from '../../../../src-renderer/archive/tables'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { sampleRecordFor, sampleTablesFor } from '../sample-tables'
import { testRepositories, type TestRepositories } from '../test-repositories'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

async function repositories(): Promise<TestRepositories> {
  const result = await openDatabase(`refused-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  const repos = testRepositories(result.db)
  const tables = sampleTablesFor(dataTables(), 2)
  await repos.db.transaction('rw', Object.keys(tables), async () => {
    for (const [name, records] of Object.entries(tables)) await repos.db.table(name).bulkPut(records)
  })
  return repos
}

async function everything(repos: TestRepositories): Promise<ArchiveTables> {
  const out: ArchiveTables = {}
  for (const name of currentTables()) out[name] = await repos.db.table(name).toArray()
  return out
}

const mission = (tables: ArchiveTables): ArchiveContent => ({ scope: { kind: 'mission', id: null, label: 'Mission' }, tables })

describe('records that do not fit their table', () => {
  it('a restore refuses them before it writes anything (and before any safety backup)', async () => {
    const repos = await repositories()
    const before = await everything(repos)
    let backedUp = false
    const content = mission({ ...sampleTablesFor(dataTables(), 3), attachments: [{ ...sampleRecordFor('attachments', 5), name: 'invoice\u202Efdp.exe' }] })
    const error = await repos.archives.replaceAll(content, async () => void (backedUp = true)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRecordError)
    expect((error as InvalidRecordError).problem).toMatchObject({ table: 'attachments', id: 'att_5', field: 'name', code: 'characters' })
    expect(backedUp).toBe(false)
    expect(await everything(repos)).toEqual(before)
  })

  it('a merge refuses them when planning, and when applying a plan it did not make', async () => {
    const repos = await repositories()
    const before = await everything(repos)
    const wrong = mission({ recommendations: [{ ...sampleRecordFor('recommendations', 9), session: 'forty-eight' }] })
    await expect(repos.archives.planMerge(wrong)).rejects.toBeInstanceOf(InvalidRecordError)

    const plan = await repos.archives.planMerge(mission({ recommendations: [sampleRecordFor('recommendations', 9)] }))
    // A plan from elsewhere (not from planMerge) with a record of the wrong type.
    const forged: MergePlan = { ...plan, items: plan.items.map((item) => ({ ...item, theirs: { ...item.theirs, madeByUs: 'yes' } })) }
    const error = await repos.archives.applyMerge(forged, new Map()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidRecordError)
    expect((error as InvalidRecordError).problem).toMatchObject({ table: 'recommendations', id: 'rec_9', field: 'madeByUs', code: 'type' })
    expect(await everything(repos)).toEqual(before)

    // The plan as made is applied.
    await repos.archives.applyMerge(plan, new Map())
    expect(await repos.db.recommendations.get('rec_9')).toMatchObject({ id: 'rec_9' })
  })
})
