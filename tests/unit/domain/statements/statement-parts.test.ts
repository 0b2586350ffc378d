import { describe, expect, it } from 'vitest'
import { deliveredRecommendations, deliveryProblem } from '../../../../src-renderer/domain/statements/delivered'
import { adoptionCounts, groupByFirstTheme, recommendationsOfReview, reportSymbolOf, reviewedSessions } from '../../../../src-renderer/domain/statements/register-parts'
import { EMPTY_STATEMENT_FILTER, filterStatements } from '../../../../src-renderer/domain/statements/statement-list'
import { AUTOSAVE_VERSION_INTERVAL_MS, autosaveRecordsVersion, sameWords } from '../../../../src-renderer/domain/statements/versions'
import type { Recommendation, Statement } from '../../../../src-renderer/domain/model'
import { serialiseRichDoc, richDoc, paragraphNode } from '../../../../src-renderer/domain/statements/rich-text'
import { stateByIso3 } from '../../../../src-renderer/domain/states'
import { sampleRecommendation } from '../../db/sample-records'

const stateName = (iso3: string) => stateByIso3(iso3)?.name ?? iso3

function statement(over: Partial<Statement> = {}): Statement {
  return {
    id: 'stm_1', createdAt: '2025-01-01T10:00:00.000Z', updatedAt: '2025-01-01T10:00:00.000Z',
    kind: 'recommending-state', title: 'Universal Periodic Review of Slovenia', language: 'en', stateUnderReview: 'SVN', session: 48, reviewId: null,
    status: 'draft', content: serialiseRichDoc(richDoc([paragraphNode('Thank you, Madam President.')])), fields: {}, recommendations: [], deliveredOn: null, version: 1,
    ...over
  }
}

function rec(id: string, over: Partial<Recommendation>): Recommendation {
  return { ...sampleRecommendation(over), id, createdAt: '', updatedAt: '' } as Recommendation
}

describe('statement parts', () => {
  it('count a review for the plenary: received, from how many States, by position', () => {
    const records = [
      rec('a', { stateUnderReview: 'PRT', session: 47, number: '105.2', position: 'supported', recommendingStates: ['SEN', 'PHL'] }),
      rec('b', { stateUnderReview: 'PRT', session: 47, number: '105.10', position: 'noted', recommendingStates: ['PHL'] }),
      rec('c', { stateUnderReview: 'PRT', session: 47, number: '105.3', position: 'supported-in-part', recommendingStates: [], recommendingStatesRaw: ['Atlantis'] }),
      rec('d', { stateUnderReview: 'PRT', session: 47, number: '105.4', position: 'pending', recommendingStates: ['SEN'] }),
      rec('e', { stateUnderReview: 'PRT', session: 33, number: '99.1' }),
      rec('f', { stateUnderReview: 'SVN', session: 47 })
    ]
    const review = recommendationsOfReview(records, 'PRT', 47)
    expect(review.map((r) => r.number)).toEqual(['105.2', '105.3', '105.4', '105.10'])
    expect(adoptionCounts(review)).toEqual({ received: 4, states: 3, supported: 1, supportedInPart: 1, noted: 1, pending: 1 })
    expect(reviewedSessions(records, 'PRT')).toEqual([47, 33])
    expect(reportSymbolOf(review)).toBe('A/HRC/43/15/Add.1')
  })

  it('group by first theme, alphabetically, the unthemed last', () => {
    const groups = groupByFirstTheme([rec('a', { themes: ['Right to health'] }), rec('b', { themes: [] }), rec('c', { themes: ['Migrants', 'Right to health'] })])
    expect(groups.map((g) => [g.theme, g.records.map((r) => r.id)])).toEqual([['Migrants', ['c']], ['Right to health', ['a']], [null, ['b']]])
  })

  it('turn a delivered statement into pending recommendations made by us, keyed by the statement', () => {
    const s = statement({ recommendations: [{ id: 'r1', text: ' Adopt a national action plan  on Roma inclusion by 2027 ', followsUpId: null }, { id: 'r2', text: '  ', followsUpId: null }, { id: 'r3', text: 'Ratify the Optional Protocol', followsUpId: 'x' }] })
    const records = deliveredRecommendations(s, 'PRT', 'Portugal', '2025-01-28T10:00:00.000Z')
    expect(records).toHaveLength(2)
    expect(records[0]).toMatchObject({ stateUnderReview: 'SVN', session: 48, cycle: 4, text: 'Adopt a national action plan on Roma inclusion by 2027', recommendingStates: ['PRT'], position: 'pending', madeByUs: true, origin: { kind: 'statement', key: 'stm_1#1' } })
    expect(records[1]!.origin.key).toBe('stm_1#2')
    expect(records[1]!.actionCategory).toBe(5)
    expect(deliveredRecommendations(statement({ kind: 'opening', recommendations: s.recommendations }), 'PRT', 'Portugal', '')).toEqual([])
    expect(deliveryProblem(statement({ stateUnderReview: null }))).toBe('noStateUnderReview')
    expect(deliveryProblem(statement({ session: null }))).toBe('noSession')
  })

  it('filter and search the statements list, newest first', () => {
    const list = [
      statement({ id: 'a', updatedAt: '2025-01-02T00:00:00.000Z', recommendations: [{ id: 'r', text: 'Ratify the Optional Protocol', followsUpId: null }] }),
      statement({ id: 'b', updatedAt: '2025-01-03T00:00:00.000Z', kind: 'position-paper', stateUnderReview: null, session: null, status: 'final', title: 'Recovery and economic rights' }),
      statement({ id: 'c', updatedAt: '2025-01-01T00:00:00.000Z', stateUnderReview: 'ITA', status: 'delivered' })
    ]
    expect(filterStatements(list, EMPTY_STATEMENT_FILTER, stateName).map((s) => s.id)).toEqual(['b', 'a', 'c'])
    expect(filterStatements(list, { ...EMPTY_STATEMENT_FILTER, query: 'ratified' }, stateName).map((s) => s.id)).toEqual(['a'])
    expect(filterStatements(list, { ...EMPTY_STATEMENT_FILTER, query: 'italy' }, stateName).map((s) => s.id)).toEqual(['c'])
    expect(filterStatements(list, { ...EMPTY_STATEMENT_FILTER, kind: 'position-paper' }, stateName).map((s) => s.id)).toEqual(['b'])
    expect(filterStatements(list, { ...EMPTY_STATEMENT_FILTER, status: 'delivered' }, stateName).map((s) => s.id)).toEqual(['c'])
    expect(filterStatements(list, { ...EMPTY_STATEMENT_FILTER, stateUnderReview: 'SVN', session: 48 }, stateName).map((s) => s.id)).toEqual(['a'])
  })

  it('record an autosave version only when the words changed and the last version is some minutes old', () => {
    const s = statement()
    const last = { ...s, createdAt: '2025-01-01T10:00:00.000Z' }
    const later = (ms: number) => new Date(Date.parse(last.createdAt) + ms).toISOString()
    expect(autosaveRecordsVersion(s, undefined, later(0))).toBe(true)
    expect(autosaveRecordsVersion(s, last, later(AUTOSAVE_VERSION_INTERVAL_MS * 3))).toBe(false)
    const edited = { ...s, content: 'changed' }
    expect(autosaveRecordsVersion(edited, last, later(60_000))).toBe(false)
    expect(autosaveRecordsVersion(edited, last, later(AUTOSAVE_VERSION_INTERVAL_MS))).toBe(true)
    expect(sameWords({ ...s, fields: { a: '' } }, s)).toBe(true)
    expect(sameWords({ ...s, recommendations: [{ id: 'x', text: 't', followsUpId: null }] }, s)).toBe(false)
  })
})
