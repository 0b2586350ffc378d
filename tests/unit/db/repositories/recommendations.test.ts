import { afterEach, describe, expect, it } from 'vitest'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { RecommendationRepository } from '../../../../src-renderer/db/repositories/recommendations'
import { sampleRecommendation } from '../sample-records'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

async function repository(): Promise<{ db: UprDeskDatabase; repo: RecommendationRepository }> {
  const result = await openDatabase(`recs-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  return { db: result.db, repo: new RecommendationRepository(result.db) }
}

const inputs = (n: number) => Array.from({ length: n }, (_, i) => sampleRecommendation({ number: `100.${i + 1}`, origin: { kind: 'manual', source: 't', importedAt: '', key: `k${i}` } }))

describe('RecommendationRepository', () => {
  it('holds an import open until it may commit: everything is written, then nothing is stored if the go-ahead fails', async () => {
    const { db, repo } = await repository()
    await repo.importAll(inputs(3))
    const journal = await db.registerJournal.count()
    let writtenWhenAsked = 0
    const refused = repo.importAll(inputs(300), (done) => (writtenWhenAsked = done), async () => {
      throw new Error('cancelled')
    })
    await expect(refused).rejects.toThrow('cancelled')
    // Asked only once every record was written in the transaction; the abort took them all back.
    expect(writtenWhenAsked).toBe(297)
    expect(await db.recommendations.count()).toBe(3)
    expect(await db.registerJournal.count()).toBe(journal)

    let allow: () => void = () => undefined
    let asked = false
    const waiting = repo.importAll(inputs(300), undefined, () => new Promise<void>((resolve) => ((asked = true), (allow = resolve))))
    while (!asked) await new Promise((resolve) => setTimeout(resolve, 10))
    // Held open for a while (Dexie.waitFor keeps the transaction alive), then let go.
    await new Promise((resolve) => setTimeout(resolve, 200))
    allow()
    expect(await waiting).toEqual({ added: 297, updated: 0, unchanged: 3 })
    expect(await db.recommendations.count()).toBe(300)
  })

  it('imports in one transaction with progress, and a second import of the same source changes nothing', async () => {
    const { db, repo } = await repository()
    const progress: number[] = []
    const report = await repo.importAll(inputs(4500), (done, total) => progress.push(done / total))
    expect(report).toEqual({ added: 4500, updated: 0, unchanged: 0 })
    expect(progress.at(-1)).toBe(1)
    expect(progress.length).toBeGreaterThan(2)
    expect(await db.recommendations.count()).toBe(4500)
    expect(await repo.importAll(inputs(4500))).toEqual({ added: 0, updated: 0, unchanged: 4500 })
    // The whole import is noted in the register journal, in the same transaction.
    const noted = (await db.registerJournal.toArray()).flatMap((e) => e.ids ?? [])
    expect(new Set(noted).size).toBe(4500)
    // Two imports of 4,500 records through fake-indexeddb (more than two steps of progress): about 10 s
    // on a quiet 2-core machine, more under load; the speed itself is measured by npm run bench.
  }, 60_000)

  it('changes several recommendations in one transaction, skipping ids no longer stored', async () => {
    const { repo } = await repository()
    const added = await repo.addAll(inputs(3))
    const changed = await repo.updateMany([added[0]!.id, added[2]!.id, 'rec_gone'], (r) => ({ ...r, implementationStatus: 'fully-implemented', text: `${r.text} (revised)` }))
    expect(changed).toBe(2)
    const [a, b, c] = await repo.getMany(added.map((r) => r.id))
    expect(a!.implementationStatus).toBe('fully-implemented')
    expect(b!.implementationStatus).toBe(added[1]!.implementationStatus)
    expect(c!.searchText).toContain(' revis ')
    expect(c!.updatedAt >= added[2]!.updatedAt).toBe(true)
  })
})
