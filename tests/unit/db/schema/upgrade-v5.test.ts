import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { SCHEMA_VERSIONS } from '../../../../src-renderer/db/schema/versions'
import { stampNew } from '../../../../src-renderer/domain/stamp'
import type { Recommendation } from '../../../../src-renderer/domain/model'
import { sampleRecommendation } from '../sample-records'

/** Version 4 → 5 adds this laptop's sync bookkeeping; the data stays, and from then on every shared write is noted. */
describe('schema version 5 (sync)', () => {
  it('upgrades a version 4 database: data kept, sync tables empty, later writes noted in the outbox', async () => {
    const name = `upgrade-v5-${crypto.randomUUID()}`
    const old = new Dexie(name)
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 4)) old.version(v.version).stores(v.stores)
    await old.open()
    const rec = stampNew<Recommendation>(sampleRecommendation(), 'rec')
    await old.table('recommendations').put(rec)
    await old.table('registerJournal').add({ all: true })
    old.close()

    const result = await openDatabase(name)
    expect(result.status).toBe('ready')
    if (result.status !== 'ready') return
    const db = result.db
    expect(db.verno).toBe(5)
    expect(await db.recommendations.get(rec.id)).toEqual(rec)
    expect(await db.syncOutbox.count()).toBe(0)
    expect(await db.syncRevs.count()).toBe(0)
    expect(await db.syncConflicts.count()).toBe(0)
    expect(await db.syncState.count()).toBe(0)
    // What was there before the upgrade is not "a local change" (a first sign-in sends everything anyway).
    await db.recommendations.put({ ...rec, notes: 'after the upgrade' })
    await db.savedViews.put({ id: 'v1', name: 'Noted', filter: {}, sort: 'number', group: 'none', createdAt: rec.createdAt, updatedAt: rec.updatedAt })
    await db.missionProfile.put({ id: 'mission', stateIso3: 'SVN', missionName: 'PM', city: 'Geneva', language: 'en', speakingRateWpm: 125, createdAt: rec.createdAt, updatedAt: rec.updatedAt })
    expect((await db.syncOutbox.toArray()).map((e) => e.keys)).toEqual([[`recommendations:${rec.id}`], ['savedViews:v1']])
    // The register journal still notes the recommendation (both middlewares on the same write).
    expect((await db.registerJournal.toArray()).at(-1)?.ids).toEqual([rec.id])
    await db.recommendations.clear()
    expect((await db.syncOutbox.toArray()).at(-1)?.keys).toEqual([`recommendations:${rec.id}`])
    db.close()
  })
})
