import { describe, expect, it } from 'vitest'
import { buildDemoMission } from '../../../../src-renderer/demo'
import { searchMeasuresToLink, searchRecommendationsToLink } from '../../../../src-renderer/domain/measures/link-search'
import { formatRecommendationRef, RecommendationRefIndex } from '../../../../src-renderer/domain/measures/recommendation-refs'
import { withSearchText } from '../../../../src-renderer/db/repositories/recommendations'

const demo = buildDemoMission('2026-12-01')
const records = demo.recommendations.map((r) => ({ ...withSearchText(r), id: r.id, createdAt: r.createdAt, updatedAt: r.updatedAt }))

describe('linking search', () => {
  it('finds our State’s recommendations by number prefix or by word forms, newest session first', () => {
    const options = { stateUnderReview: 'PRT', exclude: new Set<string>(), limit: 8 }
    expect(searchRecommendationsToLink(records, '105.1', options).map((r) => r.number)).toEqual(['105.1', '105.10', '105.11', '105.12', '105.13', '105.14', '105.15', '105.16'])
    expect(searchRecommendationsToLink(records, 'gender pay', options).map((r) => r.number)).toEqual(['105.14'])
    expect(searchRecommendationsToLink(records, 'shelter', options).map((r) => r.number)).toEqual(['105.12'])
    // Recommendations made to other States (here Slovenia) are not offered.
    expect(searchRecommendationsToLink(records, 'Roma communities', options).map((r) => r.stateUnderReview)).toEqual(['PRT'])
    const first = records.find((r) => r.number === '105.14')!
    expect(searchRecommendationsToLink(records, 'gender pay', { ...options, exclude: new Set([first.id]) })).toEqual([])
    expect(searchRecommendationsToLink(records, '   ', options)).toEqual([])
  })

  it('finds measures by their words, leaving out those already linked', () => {
    const found = searchMeasuresToLink(demo.recoveryMeasures, 'wages', { exclude: new Set(), limit: 8 })
    expect(found.map((m) => m.title)).toEqual(['Wage support for workers staying at home'])
    expect(searchMeasuresToLink(demo.recoveryMeasures, 'wages', { exclude: new Set([found[0]!.id]), limit: 8 })).toEqual([])
  })
})

describe('recommendation references in files', () => {
  const pool = [
    { id: 'rec_a', number: '105.12', session: 47 },
    { id: 'rec_b', number: '105.12', session: 33 },
    { id: 'rec_c', number: '105.7', session: 47 },
    { id: 'rec_d', number: null, session: null }
  ]
  const index = new RecommendationRefIndex(pool)

  it('writes UPR<session> <number>, or the id when there is no number, and reads them back', () => {
    expect(pool.map(formatRecommendationRef)).toEqual(['UPR47 105.12', 'UPR33 105.12', 'UPR47 105.7', 'rec_d'])
    for (const r of pool) expect(index.resolve(formatRecommendationRef(r))).toEqual({ ok: true, id: r.id })
    expect(index.resolve('47:105.12')).toEqual({ ok: true, id: 'rec_a' })
    expect(index.resolve('105.7')).toEqual({ ok: true, id: 'rec_c' })
  })

  it('says why a reference does not resolve', () => {
    expect(index.resolve('105.12')).toEqual({
      ok: false,
      problem: {
        code: 'refs.inSeveralSessions',
        values: { number: '105.12', sessions: '33, 47', latest: 'UPR47 105.12' },
        message: 'recommendation 105.12 exists in sessions 33 and 47: write it as UPR47 105.12'
      }
    })
    expect(index.resolve('UPR47 105.99')).toEqual({
      ok: false,
      problem: { code: 'refs.notInSession', values: { number: '105.99', session: 47 }, message: 'recommendation 105.99 of session 47 is not in the register' }
    })
    expect(index.resolve('105.99')).toEqual({
      ok: false,
      problem: { code: 'refs.notInRegister', values: { number: '105.99' }, message: 'recommendation 105.99 is not in the register' }
    })
    expect(index.resolve('the one about tests')).toMatchObject({
      ok: false,
      problem: { code: 'refs.notAReference', values: { value: 'the one about tests' }, message: expect.stringContaining('does not name a recommendation') }
    })
  })
})
