import { afterEach, describe, expect, it } from 'vitest'
import { ArchiveRepository } from '../../../../src-renderer/db/data-safety/archive-repository'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { REGISTER_JOURNAL } from '../../../../src-renderer/db/register/register-journal'
import { readInTwoParts, SnapshotMovedError, UpperPartUnavailableError, type RecordTexts, type TwoPartOptions } from '../../../../src-renderer/db/data-safety/two-part-read'
import { recordsOf, type TableChunk } from '../../../../src-renderer/archive/content'
import { sampleRecordFor } from '../sample-tables'
import { secondConnectionReader, type SecondConnectionOptions } from './second-connection-reader'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

async function databaseWith(recommendations: number): Promise<UprDeskDatabase> {
  const result = await openDatabase(`two-part-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  await result.db.recommendations.bulkPut(Array.from({ length: recommendations }, (_, i) => sampleRecordFor('recommendations', i + 1)) as never)
  return result.db
}

const OPTIONS: TwoPartOptions = { table: 'recommendations', stampTable: REGISTER_JOURNAL, minRecords: 10, chunk: 7, lowerShare: 0.5, plainJson: true, startTimeoutMs: 2_000 }

async function readBoth(db: UprDeskDatabase, options: Partial<TwoPartOptions>, reader: SecondConnectionOptions = {}) {
  const idb = db.backendDB()
  const parts: RecordTexts[] = []
  const upper = secondConnectionReader(reader)
  const stamp = await readInTwoParts(idb.transaction(['recommendations', REGISTER_JOURNAL], 'readonly'), idb, upper, { ...OPTIONS, ...options }, (p) => parts.push(p))
  const ids = parts.flatMap((p) => p.ids.map(String))
  const records = parts.flatMap((p) => p.texts.map((t) => JSON.parse(t) as { id: string }))
  return { stamp, ids, records, messages: upper.messages }
}

describe('reading the recommendations in two parts', () => {
  it('hands on every record exactly once, as its JSON text, whatever the split', async () => {
    const db = await databaseWith(100)
    const stored = await db.recommendations.toArray()
    for (const lowerShare of [0.1, 0.5, 0.93]) {
      const { ids, records, messages } = await readBoth(db, { lowerShare })
      expect([...ids].sort()).toEqual(stored.map((r) => r.id).sort())
      expect(new Set(ids).size).toBe(100)
      expect(records.sort((a, b) => a.id.localeCompare(b.id))).toEqual(stored)
      expect(messages).toContain('split')
      expect(messages.filter((m) => m === 'chunk').length).toBeGreaterThan(1)
    }
  })

  it('reads a small table on this side alone', async () => {
    const db = await databaseWith(8)
    const { ids } = await readBoth(db, {})
    expect(ids).toHaveLength(8)
  })

  it('copes with a split that arrives late, after this side has read past it', async () => {
    const db = await databaseWith(60)
    const late = await readBoth(db, { lowerShare: 0.1 }, { delayAfterStartMs: 40 })
    expect(new Set(late.ids).size).toBe(60)
    expect(late.ids).toHaveLength(60)
  })

  it('never mixes snapshots: a write queued between the two reads waits, and this side reads everything', async () => {
    const db = await databaseWith(50)
    const write = () => db.recommendations.put(sampleRecordFor('recommendations', 500) as never).then(() => undefined)
    const { ids } = await readBoth(db, {}, { beforeStart: write })
    expect(ids).toHaveLength(50)
    expect(ids).not.toContain('rec_500')
    expect(await db.recommendations.count()).toBe(51)
  })

  it('refuses two parts that saw different data, and says when the second reader fails', async () => {
    // Enough records that the split is known long before this side reaches it.
    const db = await databaseWith(400)
    await expect(readBoth(db, {}, { stampSeen: 999_999 })).rejects.toBeInstanceOf(SnapshotMovedError)
    await expect(readBoth(db, { lowerShare: 0.2 }, { failAfterChunks: 1 })).rejects.toBeInstanceOf(UpperPartUnavailableError)
  })
})

describe('backups read in two parts', () => {
  it('give the same records as one transaction, and are read again in one when the parts saw different data', async () => {
    const db = await databaseWith(400)
    const tables = async (chunks: AsyncIterable<TableChunk>) => {
      const out: Record<string, string[]> = {}
      for await (const chunk of chunks) (out[chunk.table] ??= []).push(...recordsOf(chunk).map((r) => r.id))
      return Object.fromEntries(Object.entries(out).map(([t, ids]) => [t, ids.sort()]))
    }
    const inOne = await new ArchiveRepository(db, { upperReader: () => null }).withSnapshot(tables)
    const inTwo = await new ArchiveRepository(db, { upperReader: () => secondConnectionReader(), minRecordsForTwoParts: 10, chunkForTwoParts: 7 }).withSnapshot(tables)
    expect(inTwo).toEqual(inOne)
    expect(inTwo['recommendations']).toHaveLength(400)

    let runs = 0
    const moved = new ArchiveRepository(db, { upperReader: () => secondConnectionReader({ stampSeen: 999_999 }), minRecordsForTwoParts: 10, chunkForTwoParts: 7 })
    const again = await moved.withSnapshot((chunks) => {
      runs++
      return tables(chunks)
    })
    expect(runs).toBe(2)
    expect(again).toEqual(inOne)
  })
})

describe('restores read in two parts', () => {
  it('are done again in one transaction when the parts saw different data, with one safety backup kept', async () => {
    const db = await databaseWith(400)
    const upper = secondConnectionReader({ stampSeen: 999_999 })
    const repo = new ArchiveRepository(db, { upperReader: () => upper, minRecordsForTwoParts: 10, chunkForTwoParts: 7 })
    const wanted = (await db.recommendations.toArray()).map((r) => (r.id === 'rec_1' ? { ...r, notes: 'as in the backup' } : r))
    let kept = 0
    let keptRecords = 0
    const report = await repo.replaceAll({ scope: { kind: 'mission', id: null, label: '' }, tables: { recommendations: wanted as never, syncBases: [] } }, async (current) => {
      let n = 0
      for await (const chunk of current) n += recordsOf(chunk).length
      kept++
      keptRecords = n
    })
    expect(upper.messages).toEqual(expect.arrayContaining(['started', 'split', 'chunk']))
    expect(kept).toBe(1)
    expect(keptRecords).toBe(400)
    expect(report).toMatchObject({ written: 1, deleted: 0, unchanged: 399 })
    expect((await db.recommendations.get('rec_1'))?.notes).toBe('as in the backup')
  })
})
