import { describe, expect, it } from 'vitest'
import {
  contentStems,
  EarlierIndex,
  earlierRecommendations,
  findPreviouslyRecommended,
  withPreviouslyRecommendedPhrase
} from '../../../../src-renderer/domain/statements/previously-recommended'
import type { Recommendation } from '../../../../src-renderer/domain/model'
import { sampleRecommendation } from '../../db/sample-records'

function rec(id: string, text: string, over: Partial<Recommendation> = {}): Recommendation {
  return { ...sampleRecommendation({ text, stateUnderReview: 'SVN', session: 34, cycle: 3, ...over }), id, createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z' } as Recommendation
}

const REGISTER = [
  rec('water', 'Take measures to ensure access to safe drinking water and sanitation for Roma communities living in informal settlements', { madeByUs: true, recommendingStates: ['PRT'] }),
  rec('water2', 'Continue its efforts to guarantee access to water and sanitation for all, including Roma communities', { recommendingStates: ['ESP'] }),
  rec('hate', 'Strengthen measures to combat hate speech and intolerance against migrants and minorities'),
  rec('crpd', 'Adopt a national action plan for the implementation of the Convention on the Rights of Persons with Disabilities'),
  rec('other-state', 'Ensure access to safe drinking water and sanitation for Roma communities', { stateUnderReview: 'ITA' }),
  rec('same-session', 'Ensure access to safe drinking water and sanitation for Roma communities', { session: 48, cycle: 4 }),
  rec('own', 'Ensure access to safe drinking water for Roma settlements', { session: 48, cycle: 4, origin: { kind: 'statement', source: 's', importedAt: '', key: 'stm_1#1' } })
]

describe('previously recommended', () => {
  it('keeps the same State under review and earlier sessions only, leaving out the statement itself', () => {
    const ids = earlierRecommendations(REGISTER, { stateUnderReview: 'SVN', session: 48, statementId: 'stm_1' }).map((r) => r.id)
    expect(ids).toEqual(['water', 'water2', 'hate', 'crpd'])
    expect(earlierRecommendations(REGISTER, { stateUnderReview: 'SVN', session: null }).map((r) => r.id)).toContain('same-session')
  })

  it('ranks earlier recommendations by text similarity, best first, with the shared words', () => {
    const matches = findPreviouslyRecommended('Ensure that Roma communities have access to safe drinking water and sanitation by the next review', REGISTER, { stateUnderReview: 'SVN', session: 48 })
    expect(matches.map((m) => m.recommendation.id)).toEqual(['water', 'water2'])
    expect(matches[0]!.score).toBeGreaterThan(0.5)
    expect(matches[0]!.shared).toEqual(expect.arrayContaining(['roma', 'water', 'sanit']))
  })

  it('finds nothing for an unrelated draft or one without content words', () => {
    const index = new EarlierIndex(earlierRecommendations(REGISTER, { stateUnderReview: 'SVN', session: 48 }))
    expect(index.similarTo('Abolish the death penalty in all circumstances')).toEqual([])
    expect(index.similarTo('Ensure and take measures')).toEqual([])
    expect(contentStems('Ensure the rights of the child')).toEqual(['right', 'child'])
  })

  it('adds "as recommended in the previous cycle" once, before the final stop, in the statement language', () => {
    expect(withPreviouslyRecommendedPhrase('Ratify the Convention.', 'en')).toBe('Ratify the Convention, as recommended in the previous cycle.')
    expect(withPreviouslyRecommendedPhrase('Ratify the Convention, as recommended in the previous cycle.', 'en')).toBe('Ratify the Convention, as recommended in the previous cycle.')
    expect(withPreviouslyRecommendedPhrase('Ratifier la Convention', 'fr')).toBe('Ratifier la Convention, comme recommandé lors du cycle précédent')
  })
})
