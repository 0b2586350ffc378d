import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { SCHEMA_VERSIONS } from '../../../../src-renderer/db/schema/versions'
import { CURRENT_SCHEMA_VERSION, DERIVED_TABLES } from '../../../../src-renderer/domain/stores'
import { stampNew } from '../../../../src-renderer/domain/stamp'
import type { Recommendation } from '../../../../src-renderer/domain/model'
import { sampleRecommendation } from '../sample-records'
import { sampleTablesFor } from '../sample-tables'

/** Every older schema version, seeded with data, upgrades to the current one without losing anything. */
describe('schema upgrades', () => {
  for (const older of SCHEMA_VERSIONS.slice(0, -1)) {
    it(`upgrades a version ${older.version} database with data to version ${CURRENT_SCHEMA_VERSION}`, async () => {
      const name = `upgrade-${older.version}-${crypto.randomUUID()}`
      const old = new Dexie(name)
      for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= older.version)) old.version(v.version).stores(v.stores)
      await old.open()
      // Every data table of the older version gets records (sample-tables.ts has one for each table); derived
      // tables (the register cache and journal) are rebuilt, not data.
      const seeded = sampleTablesFor(Object.keys(older.stores).filter((t) => !(DERIVED_TABLES as readonly string[]).includes(t)), 3)
      for (const [table, records] of Object.entries(seeded)) await old.table(table).bulkPut(records)
      const rec = stampNew<Recommendation>(sampleRecommendation(), 'rec')
      await old.table('recommendations').put(rec)
      await old.table('missionProfile').put({ id: 'mission', stateIso3: 'SVN', missionName: 'PM', city: 'Geneva', language: 'en', speakingRateWpm: 125, createdAt: rec.createdAt, updatedAt: rec.updatedAt })
      seeded['recommendations']!.push(rec as never)
      seeded['missionProfile'] = [(await old.table('missionProfile').get('mission')) as never]
      old.close()

      const result = await openDatabase(name)
      expect(result.status).toBe('ready')
      if (result.status !== 'ready') return
      expect(result.db.verno).toBe(CURRENT_SCHEMA_VERSION)
      // Nothing of any table was lost or changed.
      for (const [table, records] of Object.entries(seeded)) {
        const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : 1))
        expect(await result.db.table(table).toArray(), table).toEqual(sorted)
      }
      expect(await result.db.recommendations.get(rec.id)).toEqual(rec)
      expect((await result.db.missionProfile.get('mission'))?.stateIso3).toBe('SVN')
      // The indexes version 4 keeps work on upgraded data (the register filters the other facets in memory).
      const recs = seeded['recommendations']! as unknown as Recommendation[]
      expect(await result.db.recommendations.where('session').equals(rec.session!).count()).toBe(recs.filter((r) => r.session === rec.session).length)
      expect(await result.db.recommendations.where('stateUnderReview').equals('SVN').count()).toBe(recs.filter((r) => r.stateUnderReview === 'SVN').length)
      expect(await result.db.recommendations.where('origin.key').equals(rec.origin.key).count()).toBe(recs.filter((r) => r.origin.key === rec.origin.key).length)
      // The new table of version 2 works.
      const viewsBefore = await result.db.savedViews.count()
      await result.db.savedViews.add({ id: 'v1', name: 'Noted, women', filter: { position: 'noted' }, sort: 'number', group: 'none', createdAt: rec.createdAt, updatedAt: rec.updatedAt })
      expect(await result.db.savedViews.count()).toBe(viewsBefore + 1)
      // The new tables of version 3 work, with their indexes.
      await result.db.participations.add({ id: 'p1', session: 48, stateIso3: 'SVN', willSpeak: true, inscribed: false, inscribedSpeakers: 80, statementId: null, notes: '', createdAt: rec.createdAt, updatedAt: rec.updatedAt })
      expect(await result.db.participations.where('[session+stateIso3]').equals([48, 'SVN']).count()).toBe(1)
      await result.db.attachments.add({ id: 'a1', ownerId: 'mission', name: 'emblem.png', mediaType: 'image/png', size: 3, bytes: new Uint8Array([1, 2, 3]), createdAt: rec.createdAt, updatedAt: rec.updatedAt })
      expect((await result.db.attachments.where('ownerId').equals('mission').first())?.bytes).toEqual(new Uint8Array([1, 2, 3]))
      // (A version 3 database already has these two tables, with the records seeded above.)
      const metaBefore = await result.db.appMeta.count()
      const basesBefore = await result.db.syncBases.count()
      await result.db.appMeta.put({ id: 'changeCounter', value: 1, updatedAt: rec.updatedAt })
      await result.db.syncBases.put({ id: `recommendations:${rec.id}`, hash: 'abc', updatedAt: rec.updatedAt })
      expect(await result.db.appMeta.count()).toBe(metaBefore + 1)
      expect(await result.db.syncBases.count()).toBe(basesBefore + 1)
      // Version 4: the upgrade left "everything changed" in the register journal (so the first start
      // builds the register cache), and every later write is noted there.
      // (A version 4 database already has its journal: nothing is added to it by later upgrades.)
      const journalBefore = older.version < 4 ? [{ seq: 1, all: true }] : []
      expect(await result.db.registerJournal.toArray()).toEqual(journalBefore)
      await result.db.recommendations.put({ ...rec, notes: 'seen after the upgrade' })
      expect((await result.db.registerJournal.toArray()).map((e) => e.ids)).toEqual([...journalBefore.map(() => undefined), [rec.id]])
      expect(await result.db.registerCache.count()).toBe(0)
      result.db.close()
    })
  }
})
