import { testRepositories } from '../test-repositories'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { DataSafetyState } from '../../../../src-renderer/db/data-safety/data-safety-state'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { isQuotaError } from '../../../../src-renderer/db/data-safety/write-watch'
import { sampleRecordFor } from '../sample-tables'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  vi.restoreAllMocks()
  for (const db of opened.splice(0)) db.close()
})

async function open(name = `state-${crypto.randomUUID()}`) {
  const result = await openDatabase(name)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  return testRepositories(result.db)
}

const profile = { stateIso3: 'SVN', missionName: 'Permanent Mission of Slovenia', city: 'Geneva', language: 'en' as const, speakingRateWpm: 125 }

describe('change counter', () => {
  it('counts one change per committed write to the mission’s data, whichever repository made it', async () => {
    const repos = await open()
    await repos.dataSafety.start()
    await repos.missionProfile.save(profile)
    await repos.recommendations.addAll([sampleRecordFor('recommendations', 1) as never, sampleRecordFor('recommendations', 2) as never])
    await repos.db.tasks.put(sampleRecordFor('tasks', 1) as never)
    expect(repos.dataSafety.getSnapshot().changes).toBe(3)
    // Reads and bookkeeping writes are not changes.
    await repos.db.recommendations.toArray()
    await repos.dataSafety.markBackedUp(3)
    await repos.db.syncBases.put({ id: 'recommendations:x', hash: 'h', updatedAt: 'now' })
    expect(repos.dataSafety.getSnapshot()).toMatchObject({ changes: 3, backedUpAtChange: 3 })
  })

  it('keeps the count across restarts, and two windows on the same data both count', async () => {
    const name = `state-${crypto.randomUUID()}`
    const a = await open(name)
    const b = await open(name)
    await a.dataSafety.start()
    await b.dataSafety.start()
    await a.missionProfile.save(profile)
    await b.db.tasks.put(sampleRecordFor('tasks', 1) as never)
    await a.dataSafety.flush()
    await b.dataSafety.flush()
    await a.dataSafety.markExported(2, '2026-11-27T10:00:00.000Z')
    const again = new DataSafetyState(a.db)
    await again.start()
    expect(again.getSnapshot()).toMatchObject({ loaded: true, changes: 2, exportedAtChange: 2, lastExportAt: '2026-11-27T10:00:00.000Z' })
    await again.stop()
  })

  it('saves the pending count shortly after a write, without being asked', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const repos = await open()
      await repos.dataSafety.start()
      await repos.missionProfile.save(profile)
      expect(await repos.db.appMeta.get('changeCounter')).toBeUndefined()
      await vi.advanceTimersByTimeAsync(1_500)
      await vi.waitFor(async () => expect((await repos.db.appMeta.get('changeCounter'))?.value).toBe(1))
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('a full disk', () => {
  it('is noticed on any write refused for lack of space, and what was stored before is intact', async () => {
    const repos = await open()
    await repos.dataSafety.start()
    await repos.missionProfile.save(profile)
    const put = IDBObjectStore.prototype.put
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'missionProfile') throw new DOMException('The disk is full', 'QuotaExceededError')
      return put.apply(this, args)
    })
    await expect(repos.missionProfile.save({ ...profile, missionName: 'Never stored' })).rejects.toSatisfy(isQuotaError)
    expect(repos.dataSafety.getSnapshot().storageFull).toMatchObject({ tables: ['missionProfile'] })
    vi.restoreAllMocks()
    expect((await repos.missionProfile.get())?.missionName).toBe('Permanent Mission of Slovenia')
    repos.dataSafety.dismissStorageFull()
    expect(repos.dataSafety.getSnapshot().storageFull).toBeNull()
  })

  it('is recognised when Dexie wraps the engine’s error', () => {
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true)
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaError(new Error('other'))).toBe(false)
    expect(isQuotaError(null)).toBe(false)
  })
})
