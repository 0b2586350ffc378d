import { testRepositories } from '../test-repositories'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { EMPTY_FILTER, queryRegister, type RegisterFilter } from '../../../../src-renderer/domain/register-view'
import { sampleMeasure, sampleRecommendation, sampleReview } from '../sample-records'

const opened: UprDeskDatabase[] = []

async function open(name: string): Promise<UprDeskDatabase> {
  const result = await openDatabase(name)
  if (result.status !== 'ready') throw new Error(`not ready: ${result.status}`)
  opened.push(result.db)
  return result.db
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

describe('repositories', () => {
  it('writes one record of each kind, reopens the database and reads them back', async () => {
    const name = `roundtrip-${crypto.randomUUID()}`
    const repos = testRepositories(await open(name))

    const profile = await repos.missionProfile.save({
      stateIso3: 'PRT',
      missionName: 'Permanent Mission of Portugal to the United Nations Office and other international organizations in Geneva',
      city: 'Geneva',
      language: 'en',
      speakingRateWpm: 125
    })
    const review = await repos.reviews.add(sampleReview())
    const task = await repos.reviews.addTask({ reviewId: review.id, stage: 'nationalReportDue', title: 'Send draft to capital', owner: 'AB', dueOn: '2024-10-01', done: false })
    const [rec] = await repos.recommendations.addAll([sampleRecommendation({ reviewId: review.id })])
    const measure = await repos.recoveryMeasures.add(sampleMeasure())
    const link = await repos.recoveryMeasures.link(rec!.id, measure.id, 'answers in part')
    const statement = await repos.statements.create({
      kind: 'recommending-state', title: 'UPR48 Slovenia', language: 'en', stateUnderReview: 'SVN', session: 48,
      reviewId: review.id, status: 'draft', content: '{"type":"doc"}', fields: { speaker: 'Ambassador' }
    })
    const correction = await repos.referenceCorrections.set('session', '52', { start: '2026-04-27' })

    opened.pop()!.close()
    const again = testRepositories(await open(name))

    expect(await again.missionProfile.get()).toEqual(profile)
    expect(await again.db.reviews.get(review.id)).toEqual(review)
    expect(await again.reviews.tasksOf(review.id)).toEqual([task])
    expect(await again.recommendations.get(rec!.id)).toEqual(rec)
    expect(await again.recoveryMeasures.get(measure.id)).toEqual(measure)
    expect(await again.recoveryMeasures.linksOfRecommendation(rec!.id)).toEqual([link])
    expect(await again.statements.get(statement.id)).toEqual(statement)
    expect(await again.statements.versions(statement.id)).toHaveLength(1)
    expect(await again.referenceCorrections.all('session')).toEqual([correction])
    for (const record of [profile, review, task, rec!, measure, link, statement, correction]) {
      expect(record.id).toMatch(/\S/)
      expect(Date.parse(record.createdAt)).not.toBeNaN()
      expect(Date.parse(record.updatedAt)).not.toBeNaN()
    }
  })

  it('finds recommendations by review, session, State under review and origin key through the indexes, and by recommending State, theme and SDG through the register', async () => {
    const repos = testRepositories(await open(`idx-${crypto.randomUUID()}`))
    await repos.recommendations.addAll([
      sampleRecommendation({ reviewId: 'review-1' }),
      sampleRecommendation({ number: '122.8', session: 48, recommendingStates: ['FRA'], themes: ['Women\'s rights'], sdgTargets: ['5.2'], position: 'noted' })
    ])
    expect(await repos.db.recommendations.where('reviewId').equals('review-1').count()).toBe(1)
    expect(await repos.db.recommendations.where('session').equals(48).count()).toBe(1)
    expect(await repos.recommendations.forStateUnderReview('SVN')).toHaveLength(2)
    expect(await repos.db.recommendations.where('origin.key').equals('A/HRC/43/15#122.7#1').count()).toBe(2)
    // Since schema version 4 the register's facets are filtered in memory, not through indexes.
    await repos.register.load()
    const { table } = repos.register.getSnapshot()
    const count = (filter: Partial<RegisterFilter>) => queryRegister(table, { ...EMPTY_FILTER, ...filter }, 'register', () => undefined).indices.length
    expect(count({ recommendingState: 'ESP' })).toBe(1)
    expect(count({ theme: "Women's rights" })).toBe(1)
    expect(count({ sdgTarget: '16.10' })).toBe(1)
    expect(count({ position: 'noted' })).toBe(1)
    repos.register.dispose()
  })

  it('stores an import in one transaction: a failing record leaves nothing written', async () => {
    const repos = testRepositories(await open(`tx-${crypto.randomUUID()}`))
    const first = sampleRecommendation({ id: 'rec_same' })
    const duplicate = sampleRecommendation({ id: 'rec_same', number: '122.9' })
    await expect(repos.recommendations.addAll([sampleRecommendation(), first, duplicate])).rejects.toThrow()
    expect(await repos.recommendations.count()).toBe(0)
  })

  it('keeps every saved version of a statement', async () => {
    const repos = testRepositories(await open(`ver-${crypto.randomUUID()}`))
    const s = await repos.statements.create({ kind: 'position-paper', title: 'Draft', language: 'en', stateUnderReview: null, session: null, reviewId: null, status: 'draft', content: 'a', fields: {} })
    const s2 = await repos.statements.saveVersion({ ...s, content: 'b' })
    expect(s2.version).toBe(2)
    expect((await repos.statements.versions(s.id)).map((v) => v.content)).toEqual(['a', 'b'])
  })
})

describe('importAll', () => {
  it('adds new records, updates changed ones, leaves the rest, and keeps the person’s own work', async () => {
    const repos = testRepositories(await open(`import-${crypto.randomUUID()}`))
    const a = sampleRecommendation({ origin: { kind: 'upr-info', source: 'x.csv', importedAt: '2026-01-01T00:00:00.000Z', key: 'k1' }, actionCategorySource: 'imported' })
    const b = sampleRecommendation({ number: '122.8', origin: { kind: 'upr-info', source: 'x.csv', importedAt: '2026-01-01T00:00:00.000Z', key: 'k2' }, actionCategorySource: 'imported' })
    expect(await repos.recommendations.importAll([a, b])).toEqual({ added: 2, updated: 0, unchanged: 0 })
    expect(await repos.recommendations.importAll([a, b])).toEqual({ added: 0, updated: 0, unchanged: 2 })

    const [stored] = await repos.recommendations.forStateUnderReview('SVN').then((rs) => rs.filter((r) => r.origin.key === 'k1'))
    await repos.recommendations.update({ ...stored!, implementationStatus: 'fully-implemented', notes: 'done in 2023' })
    const changed = { ...a, position: 'noted' as const, origin: { ...a.origin, importedAt: '2026-02-01T00:00:00.000Z' } }
    const c = sampleRecommendation({ number: '122.9', origin: { kind: 'upr-info', source: 'x.csv', importedAt: '2026-02-01T00:00:00.000Z', key: 'k3' } })
    expect(await repos.recommendations.importAll([changed, b, c])).toEqual({ added: 1, updated: 1, unchanged: 1 })
    const after = await repos.recommendations.get(stored!.id)
    expect(after?.position).toBe('noted')
    expect(after?.implementationStatus).toBe('fully-implemented')
    expect(after?.notes).toBe('done in 2023')
    expect(await repos.recommendations.count()).toBe(3)
  })
})
