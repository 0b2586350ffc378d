import { afterEach, describe, expect, it } from 'vitest'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { isCacheMeta } from '../../../../src-renderer/db/register/register-cache'
import { RegisterStore } from '../../../../src-renderer/db/register/register-store'
import { RecommendationRepository } from '../../../../src-renderer/db/repositories/recommendations'
import { stampNew } from '../../../../src-renderer/domain/stamp'
import type { Recommendation } from '../../../../src-renderer/domain/model'
import { sampleRecommendation } from '../sample-records'

const opened: UprDeskDatabase[] = []
const stores: RegisterStore[] = []

async function open(name: string): Promise<UprDeskDatabase> {
  const result = await openDatabase(name)
  if (result.status !== 'ready') throw new Error(`not ready: ${result.status}`)
  opened.push(result.db)
  return result.db
}

function storeOf(db: UprDeskDatabase): RegisterStore {
  const store = new RegisterStore(db)
  stores.push(store)
  return store
}

afterEach(() => {
  for (const s of stores.splice(0)) s.dispose()
  for (const db of opened.splice(0)) db.close()
})

/** Waits until the condition holds (the store learns of writes asynchronously, after they commit). */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return
    await new Promise((r) => setTimeout(r, 10))
  }
  throw new Error(`timed out waiting for: ${what}`)
}

function record(n: number, overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    ...stampNew<Recommendation>(sampleRecommendation({ number: `122.${n}`, text: `Recommendation number ${n} on torture prevention`, origin: { kind: 'manual', source: 't', importedAt: '2026-11-27T00:00:00.000Z', key: `k${n}` } }), 'rec'),
    ...overrides
  }
}

const ids = (store: RegisterStore) =>
  store
    .getSnapshot()
    .table.chunkList()
    .flatMap((c) => c.ids)
    .sort()

describe('register store', () => {
  it('sees a write made directly on the table, by any Dexie instance, without the repository', async () => {
    const name = `store-direct-${crypto.randomUUID()}`
    const db = await open(name)
    const store = storeOf(db)
    await store.load()
    expect(store.getSnapshot().loaded).toBe(true)
    expect(store.getSnapshot().table.size).toBe(0)

    // A direct put on db.recommendations (as the measures or statements areas might do).
    const a = record(1)
    await db.recommendations.put(a)
    await until(() => store.getSnapshot().table.size === 1, 'the direct put')
    expect(store.getSnapshot().table.rowAt(store.getSnapshot().table.indexOf(a.id)!)?.text).toBe(a.text)

    // A second database object on the same data (the import worker, another window) bulk-writes.
    const other = await open(name)
    const more = [record(2), record(3), record(4)]
    await other.recommendations.bulkPut(more)
    await until(() => store.getSnapshot().table.size === 4, 'the other instance’s bulkPut')

    // An update, a modify through a collection, and a delete.
    await db.recommendations.update(a.id, { implementationStatus: 'fully-implemented' })
    await until(() => store.getSnapshot().table.rowAt(store.getSnapshot().table.indexOf(a.id)!)?.implementationStatus === 'fully-implemented', 'the update')
    await other.recommendations.where('id').anyOf([more[0]!.id, more[1]!.id]).modify({ position: 'noted' })
    await until(() => store.getSnapshot().table.rowAt(store.getSnapshot().table.indexOf(more[1]!.id)!)?.position === 'noted', 'the modify')
    await db.recommendations.delete(more[2]!.id)
    await until(() => store.getSnapshot().table.size === 3, 'the delete')
    expect(ids(store)).toEqual([a.id, more[0]!.id, more[1]!.id].sort())

    // A clear (a restore that replaces everything) then a raw bulkAdd.
    await other.transaction('rw', other.recommendations, async () => {
      await other.recommendations.clear()
      await other.recommendations.bulkAdd([record(9)])
    })
    await until(() => store.getSnapshot().table.size === 1, 'the clear and re-add')
  })

  it('notes a write in the journal only when its transaction commits', async () => {
    const db = await open(`store-abort-${crypto.randomUUID()}`)
    await expect(
      db.transaction('rw', db.recommendations, async () => {
        await db.recommendations.put(record(1))
        throw new Error('changed my mind')
      })
    ).rejects.toThrow('changed my mind')
    expect(await db.registerJournal.count()).toBe(0)
    expect(await db.recommendations.count()).toBe(0)
    await db.recommendations.bulkPut([record(2), record(3)])
    const entries = await db.registerJournal.toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]!.ids).toHaveLength(2)
  })

  it('writes the cache, and a later start loads from it, with the changes made since', async () => {
    const name = `store-cache-${crypto.randomUUID()}`
    const db = await open(name)
    const repository = new RecommendationRepository(db)
    await repository.addAll(Array.from({ length: 2500 }, (_, i) => sampleRecommendation({ number: `100.${i + 1}`, origin: { kind: 'manual', source: 't', importedAt: '', key: `c${i}` } })))
    const first = storeOf(db)
    await first.load()
    expect(first.getSnapshot().table.size).toBe(2500)
    await first.flush()
    const meta = await db.registerCache.get('meta')
    expect(isCacheMeta(meta) && meta.chunks).toEqual([0, 1, 2])
    expect(await db.registerJournal.count()).toBeLessThanOrEqual(1)
    first.dispose()

    // Written while no register is open: found in the journal at the next start.
    const [added] = await repository.addAll([sampleRecommendation({ text: 'Abolish the death penalty', origin: { kind: 'manual', source: 't', importedAt: '', key: 'late' } })])
    const second = storeOf(db)
    await second.load()
    expect(second.getSnapshot().table.size).toBe(2501)
    expect(second.getSnapshot().table.indexOf(added!.id)).toBeDefined()
    // Loaded from the cache: the chunks kept their numbers (a rebuild would have filled 0-2 anew).
    expect(second.getSnapshot().table.chunkList().map((c) => c.id)).toEqual([0, 1, 2])
    expect(second.getSnapshot().table.chunk(2)!.size).toBe(501)
  })

  it('rebuilds when the cache is out of step with the database (a write that bypassed Dexie)', async () => {
    const name = `store-raw-${crypto.randomUUID()}`
    const db = await open(name)
    await db.recommendations.bulkPut([record(1), record(2)])
    const first = storeOf(db)
    await first.load()
    await first.flush()
    first.dispose()
    // A raw IndexedDB write: no journal entry.
    const raw = record(3)
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(name)
      req.onsuccess = () => {
        const tx = req.result.transaction('recommendations', 'readwrite')
        tx.objectStore('recommendations').put(raw)
        tx.oncomplete = () => {
          req.result.close()
          resolve()
        }
        tx.onerror = () => reject(tx.error)
      }
      req.onerror = () => reject(req.error)
    })
    const second = storeOf(db)
    await second.load()
    await until(() => second.getSnapshot().table.size === 3, 'the rebuild after the count check')
    expect(second.getSnapshot().table.indexOf(raw.id)).toBeDefined()
  })

  it('rebuilds when other code writes the cache or the journal (a restore that copies every table)', async () => {
    const name = `store-foreign-${crypto.randomUUID()}`
    const db = await open(name)
    await db.recommendations.bulkPut([record(1), record(2)])
    const first = storeOf(db)
    await first.load()
    await first.flush()
    first.dispose()
    const meta = await db.registerCache.get('meta')
    expect(isCacheMeta(meta)).toBe(true)

    // An archive restore writes the recommendations and, carelessly, the derived tables too, and
    // clears the journal last: without the middleware the cache would claim to be in step.
    const restored = record(3)
    await db.transaction('rw', [db.recommendations, db.registerCache, db.registerJournal], async () => {
      await db.recommendations.clear()
      await db.recommendations.bulkAdd([restored])
      await db.registerCache.bulkPut([meta!])
      await db.registerJournal.clear()
    })
    expect(await db.registerCache.get('meta')).toBeUndefined()
    expect((await db.registerJournal.toArray()).at(-1)).toMatchObject({ all: true })
    const second = storeOf(db)
    await second.load()
    expect(ids(second)).toEqual([restored.id])
  })

  it('starts from an upgraded database by building the cache from what is stored', async () => {
    const name = `store-upgrade-${crypto.randomUUID()}`
    const db = await open(name)
    await db.recommendations.bulkPut([record(1), record(2)])
    // As after the version 4 upgrade: the journal says "everything", and there is no cache.
    await db.registerJournal.add({ all: true })
    const store = storeOf(db)
    await store.load()
    expect(store.getSnapshot().loaded).toBe(true)
    expect(store.getSnapshot().table.size).toBe(2)
    await store.flush()
    expect(isCacheMeta(await db.registerCache.get('meta'))).toBe(true)
  })
})
