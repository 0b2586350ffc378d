import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { createRepositories } from '../../../../src-renderer/db/repositories'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { readMeasuresFile } from '../../../../src-renderer/import/measures/read-measures-file'
import { sampleMeasure, sampleRecommendation } from '../sample-records'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

async function repositories() {
  const result = await openDatabase(`measures-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  return createRepositories(result.db)
}

describe('recovery measure repository', () => {
  it('saves a measure with its links, edits them, and deletes the measure with its links only', async () => {
    const repos = await repositories()
    const [a, b] = await repos.recommendations.addAll([sampleRecommendation(), sampleRecommendation({ number: '122.8', origin: { kind: 'manual', source: 't', importedAt: '2026-01-01T00:00:00.000Z', key: 'b' } })])
    const measure = await repos.recoveryMeasures.save(sampleMeasure(), [a!.id, b!.id])
    expect((await repos.recoveryMeasures.linksOfMeasure(measure.id)).map((l) => l.recommendationId).sort()).toEqual([a!.id, b!.id].sort())
    const edited = await repos.recoveryMeasures.save({ ...measure, title: 'Renamed' }, [b!.id])
    expect(edited.createdAt).toBe(measure.createdAt)
    expect((await repos.recoveryMeasures.get(measure.id))?.title).toBe('Renamed')
    expect((await repos.recoveryMeasures.linksOfMeasure(measure.id)).map((l) => l.recommendationId)).toEqual([b!.id])
    expect(await repos.recoveryMeasures.measuresOfRecommendation(b!.id)).toEqual([edited])
    await repos.recoveryMeasures.unlink(b!.id, measure.id)
    expect(await repos.recoveryMeasures.linksOfRecommendation(b!.id)).toEqual([])
    await repos.recoveryMeasures.link(a!.id, measure.id)
    await repos.recoveryMeasures.remove(measure.id)
    expect(await repos.recoveryMeasures.all()).toEqual([])
    expect(await repos.recoveryMeasures.allLinks()).toEqual([])
    expect(await repos.recommendations.count()).toBe(2)
  })

  it('reads the titles of the measures linked to the recommendations asked for, in one read transaction', async () => {
    const repos = await repositories()
    const [a, b, c] = await repos.recommendations.addAll([
      sampleRecommendation(),
      sampleRecommendation({ number: '122.8', origin: { kind: 'manual', source: 't', importedAt: '2026-01-01T00:00:00.000Z', key: 'b' } }),
      sampleRecommendation({ number: '122.9', origin: { kind: 'manual', source: 't', importedAt: '2026-01-01T00:00:00.000Z', key: 'c' } })
    ])
    const internet = await repos.recoveryMeasures.save(sampleMeasure(), [a!.id, b!.id])
    const tests = await repos.recoveryMeasures.save({ ...sampleMeasure(), title: 'Free COVID-19 tests', inForceFrom: '2020-03-01' }, [a!.id, c!.id])
    const titles = await repos.recoveryMeasures.linkedMeasureTitles([a!.id, b!.id])
    expect(Object.fromEntries(titles)).toEqual({ [a!.id]: ['Free COVID-19 tests', internet.title], [b!.id]: [internet.title] })
    expect(await repos.recoveryMeasures.linkedMeasureTitles([])).toEqual(new Map())
    // A measure deleted since is no longer listed; its links went with it.
    await repos.recoveryMeasures.remove(tests.id)
    expect((await repos.recoveryMeasures.linkedMeasureTitles([a!.id, c!.id])).get(a!.id)).toEqual([internet.title])
    expect((await repos.recoveryMeasures.linkedMeasureTitles([c!.id])).has(c!.id)).toBe(false)
  })

  it('imports a file whole, or not at all when a row is wrong', async () => {
    const repos = await repositories()
    const [rec] = await repos.recommendations.addAll([sampleRecommendation()])
    const keys = [{ id: rec!.id, number: rec!.number, session: rec!.session }]
    const bad = readMeasuresFile(new TextEncoder().encode('id,title,type,budget_amount,budget_currency,recommendations\nm1,Tests,programme,100,EUR,UPR34 122.7\nm2,Wages,budget,-1,EUR,\n'), 'bad.csv')
    const refused = await repos.recoveryMeasures.importRows(bad.items, bad.problems, keys)
    expect(refused.blocked).toBe(true)
    expect(await repos.recoveryMeasures.all()).toEqual([])
    expect(await repos.recoveryMeasures.allLinks()).toEqual([])

    const good = readMeasuresFile(new TextEncoder().encode('id,title,type,budget_amount,budget_currency,recommendations\nm1,Tests,programme,100,EUR,UPR34 122.7\nm2,Wages,budget,1,EUR,\n'), 'good.csv')
    const preview = await repos.recoveryMeasures.previewImport(good.items, good.problems, keys)
    expect(preview).toMatchObject({ added: 2, blocked: false })
    expect(await repos.recoveryMeasures.all()).toEqual([])
    const done = await repos.recoveryMeasures.importRows(good.items, good.problems, keys)
    expect(done).toMatchObject({ added: 2, updated: 0, blocked: false })
    expect((await repos.recoveryMeasures.all()).map((m) => m.id).sort()).toEqual(['m1', 'm2'])
    expect((await repos.recoveryMeasures.linksOfRecommendation(rec!.id)).map((l) => l.measureId)).toEqual(['m1'])
    const again = await repos.recoveryMeasures.importRows(good.items, good.problems, keys)
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2 })
  })
})
