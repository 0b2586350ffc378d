import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RecommendationRepository } from '../../../src-renderer/db/repositories/recommendations'
import { stampNew } from '../../../src-renderer/domain/stamp'
import type { Attachment, Recommendation } from '../../../src-renderer/domain/model'
import { createMissionKey, unlockMissionKey } from '../../../src-renderer/sync/cipher'
import { checkAccess, signIn, SyncError } from '../../../src-renderer/sync/session'
import { startSyncServer, type SyncServer } from '../../sync-server/launch'
import { sampleRecommendation } from '../db/sample-records'
import { Laptop } from './laptop'
import { missionOn, type MissionServer } from '../../sync-server/mission'

/**
 * The sync contract, against a CouchDB-protocol server: the stand-in here (express-pouchdb), a real
 * CouchDB 3.5 in the GitHub workflow (COUCHDB_URL). Two laptops, each with its Dexie and PouchDB.
 */
let server: SyncServer
const laptops: Laptop[] = []

beforeAll(async () => {
  server = await startSyncServer()
}, 30_000)

afterAll(async () => {
  for (const l of laptops) await l.close()
  await server?.stop()
})

async function pair(mission: MissionServer): Promise<[Laptop, Laptop]> {
  const a = new Laptop('a', { remoteUrl: mission.dbUrl, credentials: mission.writer })
  const b = new Laptop('b', { remoteUrl: mission.dbUrl, credentials: mission.writer2 })
  laptops.push(a, b)
  await a.open()
  await b.open()
  return [a, b]
}

async function addRecommendation(laptop: Laptop, overrides: Partial<Recommendation> = {}): Promise<Recommendation> {
  const [record] = await new RecommendationRepository(laptop.db).addAll([{ ...sampleRecommendation(), ...overrides }])
  return record!
}

async function edit(laptop: Laptop, id: string, change: Partial<Recommendation>): Promise<void> {
  const repo = new RecommendationRepository(laptop.db)
  const found = await repo.get(id)
  await repo.update({ ...found!, ...change })
}

describe('sync contract', () => {
  it('signs in, tells a wrong password and a reader apart', async () => {
    const mission = await missionOn(server)
    const user = await signIn({ ...mission.writer })
    expect(user.name).toBe(mission.writer.name)
    expect(await checkAccess(mission.writer, mission.database, user)).toBe('write')
    const reader = await signIn({ ...mission.reader })
    expect(await checkAccess(mission.reader, mission.database, reader)).toBe('read')
    await expect(signIn({ ...mission.writer, password: 'not the password' })).rejects.toMatchObject({ problem: 'wrong-password' })
    await expect(signIn({ server: 'http://127.0.0.1:9', name: 'x', password: 'y' })).rejects.toBeInstanceOf(SyncError)
    await expect(checkAccess(mission.writer, 'no-such-mission', user)).rejects.toMatchObject({ problem: expect.stringMatching(/no-database|no-access/) })
  })

  it('a recommendation added on laptop A appears on laptop B, and a deletion follows', async () => {
    const [a, b] = await pair(await missionOn(server))
    const rec = await addRecommendation(a)
    await a.pushPull()
    await b.pushPull()
    const seen = await b.db.recommendations.get(rec.id)
    expect(seen).toEqual(rec)
    // The register's search text is recomputed on arrival, and B's copy did not go back out as a change.
    expect(seen?.searchText).toBe(rec.searchText)
    expect(await b.db.syncOutbox.count()).toBe(0)
    await a.db.recommendations.delete(rec.id)
    await a.pushPull()
    await b.pushPull()
    expect(await b.db.recommendations.get(rec.id)).toBeUndefined()
  })

  it('edits of different fields on two laptops offline merge by themselves', async () => {
    for (let round = 0; round < 3; round++) {
      const [a, b] = await pair(await missionOn(server))
      const rec = await addRecommendation(a)
      await a.pushPull()
      await b.pushPull()
      await edit(a, rec.id, { implementationStatus: 'fully-implemented' })
      await edit(b, rec.id, { notes: 'Raised with the ministry on 3 March' })
      await a.pushPull()
      await b.pushPull()
      await a.pushPull()
      await b.pushPull()
      for (const laptop of [a, b]) {
        const got = await laptop.db.recommendations.get(rec.id)
        expect(got?.implementationStatus).toBe('fully-implemented')
        expect(got?.notes).toBe('Raised with the ministry on 3 March')
        expect(await laptop.db.syncConflicts.count()).toBe(0)
      }
      const onServer = (await a.remote().get(`recommendations:${rec.id}`, { conflicts: true })) as { _conflicts?: string[] }
      expect(onServer._conflicts ?? []).toEqual([])
    }
  })

  it('edits of the same field conflict on both laptops; resolved on one, gone on both', async () => {
    for (let round = 0; round < 3; round++) {
      const [a, b] = await pair(await missionOn(server))
      const rec = await addRecommendation(a)
      await a.pushPull()
      await b.pushPull()
      await edit(a, rec.id, { position: 'noted', notes: 'A’s note' })
      await edit(b, rec.id, { position: 'supported-in-part' })
      await a.pushPull()
      await b.pushPull()
      await a.pushPull()
      const conflictsA = await a.db.syncConflicts.toArray()
      const conflictsB = await b.db.syncConflicts.toArray()
      expect(conflictsA.map((c) => c.fields)).toEqual([['position']])
      expect(conflictsB.map((c) => c.fields)).toEqual([['position']])
      // The same winner on both laptops, and the note (changed on one side only) already merged in.
      const shownA = await a.db.recommendations.get(rec.id)
      const shownB = await b.db.recommendations.get(rec.id)
      expect(shownA?.position).toBe(shownB?.position)
      expect(conflictsA[0]!.mine['notes']).toBe('A’s note')
      const other = conflictsA[0]!.theirs['position']
      await a.engine!.resolve(conflictsA[0]!.id, 'theirs')
      await a.pushPull()
      await b.pushPull()
      for (const laptop of [a, b]) {
        expect(await laptop.db.syncConflicts.count()).toBe(0)
        const got = await laptop.db.recommendations.get(rec.id)
        expect(got?.position).toBe(other)
        expect(got?.notes).toBe('A’s note')
      }
    }
  })

  it('an attachment replicates with its bytes', async () => {
    const [a, b] = await pair(await missionOn(server))
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256)
    const file = stampNew<Attachment>({ ownerId: 'rev_1', name: 'national-report.pdf', mediaType: 'application/pdf', size: bytes.length, bytes }, 'att')
    await a.db.attachments.put(file)
    await a.pushPull()
    await b.pushPull()
    const got = await b.db.attachments.get(file.id)
    expect(got?.name).toBe('national-report.pdf')
    expect(got?.bytes).toEqual(bytes)
    const onServer = (await a.remote().get(`attachments:${file.id}`)) as { _attachments: Record<string, { content_type: string; length: number }> }
    expect(onServer._attachments['file']).toMatchObject({ content_type: 'application/pdf', length: bytes.length })
  })

  it('the server refuses writes from a reader and malformed documents', async () => {
    const mission = await missionOn(server)
    const [a] = await pair(mission)
    const rec = await addRecommendation(a)
    await a.pushPull()
    const reader = new Laptop('reader', { remoteUrl: mission.dbUrl, credentials: mission.reader, readOnly: true })
    laptops.push(reader)
    await reader.open()
    await reader.pushPull()
    expect(await reader.db.recommendations.get(rec.id)).toEqual(rec)
    await edit(reader, rec.id, { notes: 'written by the capital' })
    await reader.settle()
    // Even when the app is made to push, the server says no.
    const pushed = await reader.local.replicate.to(reader.remote())
    expect((pushed as { doc_write_failures: number }).doc_write_failures).toBe(1)
    await a.pushPull()
    expect((await a.db.recommendations.get(rec.id))?.notes).toBe('')
    // A member that writes something that is not a UPR Desk record is refused.
    await expect(a.remote().put({ _id: 'recommendations:bad', t: 'recommendations' })).rejects.toMatchObject({ status: 403 })
    await expect(a.remote().put({ _id: 'whatever', t: 'x', d: {}, s: {}, c: '1-a' })).rejects.toMatchObject({ status: 403 })
  })

  it('confidential text is encrypted on the server and read in clear by a laptop with the passphrase', async () => {
    const mission = await missionOn(server)
    const { doc, cipher } = await createMissionKey('our mission passphrase', 1000)
    const a = new Laptop('a', { remoteUrl: mission.dbUrl, credentials: mission.writer, cipher })
    laptops.push(a)
    await a.open()
    await a.remote().put(doc as never)
    const cipherB = await unlockMissionKey(doc, 'our mission passphrase')
    expect(await unlockMissionKey(doc, 'wrong passphrase')).toBeNull()
    const b = new Laptop('b', { remoteUrl: mission.dbUrl, credentials: mission.writer2, cipher: cipherB })
    laptops.push(b)
    await b.open()
    const rec = await addRecommendation(a, { notes: 'The minister will not ratify before 2027' } as Partial<Recommendation>)
    await a.pushPull()
    const raw = JSON.stringify(await a.remote().get(`recommendations:${rec.id}`))
    expect(raw).not.toContain('minister')
    expect(raw).toContain('$enc')
    await b.pushPull()
    expect((await b.db.recommendations.get(rec.id))?.notes).toBe('The minister will not ratify before 2027')
  })

  it('an edit made just before a restart is kept and sent after it', async () => {
    const [a, b] = await pair(await missionOn(server))
    const rec = await addRecommendation(a)
    await a.pushPull()
    await b.pushPull()
    await a.engine!.stop()
    await edit(a, rec.id, { evidence: 'Law adopted on 12 May' })
    await a.restart()
    await a.pushPull()
    await b.pushPull()
    expect((await b.db.recommendations.get(rec.id))?.evidence).toBe('Law adopted on 12 May')
  })
})

describe('sync of imports', () => {
  it('two colleagues who import the same report converge on one copy of each recommendation', async () => {
    const { toRecommendationRecords } = await import('../../../src-renderer/import/to-records')
    const parsed = {
      source: { kind: 'wg-report' as const, fileName: 'report.txt', symbol: 'A/HRC/43/15', stateUnderReviewName: 'Slovenia', session: 34, cycle: 3 },
      recommendations: [
        { number: '121.1', text: 'Ratify the Optional Protocol to the Convention on the Rights of the Child', recommendingStatesRaw: ['Portugal'], position: 'supported' as const },
        { number: '121.2', text: 'Continue to combat hate speech', recommendingStatesRaw: ['Holy See'], position: 'supported' as const }
      ],
      warnings: []
    }
    const [a, b] = await pair(await missionOn(server))
    await new RecommendationRepository(a.db).importAll(toRecommendationRecords(parsed, { ourStateIso3: 'PRT', importedAt: '2026-11-27T09:00:00.000Z' }).records)
    await new RecommendationRepository(b.db).importAll(toRecommendationRecords(parsed, { ourStateIso3: 'PRT', importedAt: '2026-11-28T10:00:00.000Z' }).records)
    for (const l of [a, b, a, b]) await l.pushPull()
    const onA = await a.db.recommendations.orderBy('id').toArray()
    const onB = await b.db.recommendations.orderBy('id').toArray()
    expect(onA).toHaveLength(2)
    expect(onB).toEqual(onA)
    expect(await a.db.syncConflicts.count()).toBe(0)
    expect(await b.db.syncConflicts.count()).toBe(0)
  })
})
