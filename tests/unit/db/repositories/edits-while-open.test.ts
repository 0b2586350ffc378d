import { describe, expect, it } from 'vitest'
import { freshTestRepositories } from '../test-repositories'
import { sampleMeasure, sampleRecommendation } from '../sample-records'

const open = freshTestRepositories('edits')

async function repositories() {
  const repos = await open()
  return { repos, db: repos.db }
}

// A colleague's change arrives (through sync, or another window) while a form shows the record: saving the
// form writes only what the person changed, and the colleague's change to another field stays.
describe('saving a form over a record that changed while it was open', () => {
  it('a recommendation: the person’s note is saved and the colleague’s status is kept', async () => {
    const { repos, db } = await repositories()
    const [stored] = await repos.recommendations.addAll([sampleRecommendation()])
    const form = { ...stored! }
    await db.recommendations.update(stored!.id, { implementationStatus: 'in-progress', updatedAt: '2026-12-06T10:00:00.000Z' })
    const saved = await repos.recommendations.saveEdits(form, { ...form, notes: 'Checked with the ministry' })
    expect(saved).toMatchObject({ notes: 'Checked with the ministry', implementationStatus: 'in-progress' })
    expect(await repos.recommendations.get(stored!.id)).toMatchObject({ notes: 'Checked with the ministry', implementationStatus: 'in-progress' })
    expect(saved.updatedAt > '2026-12-06T10:00:00.000Z').toBe(true)
  })

  it('a recommendation whose text the person edited is found by its new words', async () => {
    const { repos } = await repositories()
    const [stored] = await repos.recommendations.addAll([sampleRecommendation()])
    const saved = await repos.recommendations.saveEdits(stored!, { ...stored!, text: 'Guarantee access to drinking water in Roma settlements' })
    expect(saved.searchText).toContain('roma')
  })

  it('a measure: the person’s new title is saved and the colleague’s results are kept', async () => {
    const { repos, db } = await repositories()
    const measure = await repos.recoveryMeasures.save(sampleMeasure(), [])
    await db.recoveryMeasures.update(measure.id, { results: 'Reached 12,000 households' })
    await repos.recoveryMeasures.save({ ...measure, title: 'Renamed' }, [], { measure, recommendationIds: [] })
    expect(await repos.recoveryMeasures.get(measure.id)).toMatchObject({ title: 'Renamed', results: 'Reached 12,000 households' })
    // Without the record the form opened, a save writes every field it is given.
    await repos.recoveryMeasures.save({ ...measure, title: 'Again' }, [])
    expect(await repos.recoveryMeasures.get(measure.id)).toMatchObject({ title: 'Again', results: measure.results })
  })

  it('a measure’s links: the person’s added and removed links are applied, a colleague’s new link stays', async () => {
    const { repos } = await repositories()
    const [a, b, c] = await repos.recommendations.addAll([
      sampleRecommendation(),
      sampleRecommendation({ number: '122.8', origin: { kind: 'manual', source: 't', importedAt: '2026-01-01T00:00:00.000Z', key: 'b' } }),
      sampleRecommendation({ number: '122.9', origin: { kind: 'manual', source: 't', importedAt: '2026-01-01T00:00:00.000Z', key: 'c' } })
    ])
    const measure = await repos.recoveryMeasures.save(sampleMeasure(), [a!.id])
    // The form opened with [a]; a colleague links c; the person unlinks a and links b.
    await repos.recoveryMeasures.link(c!.id, measure.id)
    await repos.recoveryMeasures.save(measure, [b!.id], { measure, recommendationIds: [a!.id] })
    const links = (await repos.recoveryMeasures.linksOfMeasure(measure.id)).map((l) => l.recommendationId).sort()
    expect(links).toEqual([b!.id, c!.id].sort())
  })

  it('a statement: an autosave of the words typed keeps the title a colleague changed meanwhile', async () => {
    const { repos, db } = await repositories()
    const statement = await repos.statements.create({
      kind: 'recommending-state', title: 'Universal Periodic Review of Slovenia', language: 'en', stateUnderReview: 'SVN', session: 48, reviewId: null,
      status: 'draft', content: 'Thank you, Madam President.', fields: { speaker: 'Ambassador' }, recommendations: []
    })
    await db.statements.update(statement.id, { title: 'UPR of Slovenia: our statement' })
    // The editor sends only what was typed since it read the statement: the content.
    await repos.statements.autosave({ id: statement.id, content: 'Thank you, Madam President. Portugal welcomes the delegation.' })
    expect(await repos.statements.get(statement.id)).toMatchObject({ title: 'UPR of Slovenia: our statement', content: 'Thank you, Madam President. Portugal welcomes the delegation.', fields: { speaker: 'Ambassador' } })
    // A save with nothing typed since changes nothing.
    const before = await repos.statements.get(statement.id)
    expect((await repos.statements.autosave({ id: statement.id })).statement).toEqual(before)
  })
})
