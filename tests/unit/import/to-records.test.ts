import { describe, expect, it } from 'vitest'
import { hashText, originKey, toRecommendationRecords } from '../../../src-renderer/import/to-records'
import type { ParseResult } from '../../../src-renderer/import/types'

function report(overrides: Partial<ParseResult['source']> = {}): ParseResult {
  return {
    source: { kind: 'wg-report', fileName: 'r.txt', symbol: 'A/HRC/43/15', stateUnderReviewName: 'Slovenia', session: 34, cycle: 3, ...overrides },
    recommendations: [
      { number: '121.1', text: 'Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure', recommendingStatesRaw: ['Portugal', 'Bolivarian Republic of Venezuela'], position: 'supported' },
      { number: '121.2', text: 'Continue to combat hate speech', recommendingStatesRaw: ['Holy See'], position: 'supported' },
      { number: '121.2', text: 'Strengthen measures against hate speech online', recommendingStatesRaw: ['Atlantis'], position: 'pending' }
    ],
    warnings: []
  }
}

describe('toRecommendationRecords', () => {
  it('maps States, review, session and cycle, flags "made by us" and classifies', () => {
    const { records, unknownStates, warnings } = toRecommendationRecords(report(), { ourStateIso3: 'PRT', importedAt: '2026-11-27T00:00:00.000Z' })
    expect(records).toHaveLength(3)
    expect(records[0]).toMatchObject({ stateUnderReview: 'SVN', session: 34, cycle: 3, recommendingStates: ['PRT', 'VEN'], madeByUs: true, actionCategory: 5, actionCategorySource: 'suggested' })
    expect(records[0]!.themes.length).toBeGreaterThan(0)
    expect(records[1]).toMatchObject({ recommendingStates: ['VAT'], madeByUs: false, actionCategory: 2 })
    expect(records[2]).toMatchObject({ recommendingStates: [], recommendingStatesRaw: ['Atlantis'] })
    expect(unknownStates).toEqual([{ name: 'Atlantis', count: 1 }])
    expect(warnings.some((w) => w.message.includes('Atlantis'))).toBe(true)
    // Two texts under one number get distinct, stable keys.
    expect(records[1]!.origin.key).toBe('upr:SVN:34:121.2#1')
    expect(records[2]!.origin.key).toBe('upr:SVN:34:121.2#2')
  })

  it('lets the preview correct the State under review and the session', () => {
    const { records } = toRecommendationRecords(report({ stateUnderReviewName: 'Freedonia' }), { ourStateIso3: 'PRT', importedAt: 'x', stateUnderReviewIso3: 'HRV', session: 36 })
    expect(records.every((r) => r.stateUnderReview === 'HRV' && r.session === 36 && r.cycle === 3)).toBe(true)
  })

  it('skips records whose State under review is unknown, saying so', () => {
    const { records, warnings } = toRecommendationRecords(report({ stateUnderReviewName: 'Freedonia' }), { ourStateIso3: 'PRT', importedAt: 'x' })
    expect(records).toHaveLength(0)
    expect(warnings[0]!.message).toContain('Freedonia')
  })

  it('keys rows without numbers by State and text', () => {
    const key = originKey('SVN', 7, { number: null, text: 'Adopt a law', recommendingStatesRaw: ['Spain'], position: 'noted' })
    expect(key).toBe(`upr:SVN:7:rs=ESP:t=${hashText('Adopt a law')}`)
    expect(hashText('Adopt  a LAW!')).toBe(hashText('adopt a law'))
  })
})

describe('toRecommendationRecords with a nonsense session', () => {
  it('keeps the record without a cycle instead of failing the import', () => {
    const parsed: ParseResult = {
      source: { kind: 'wg-report', fileName: 'r.txt', symbol: null, stateUnderReviewName: 'Slovenia', session: null, cycle: null },
      recommendations: [{ number: '1.1', text: 'Adopt a law', recommendingStatesRaw: ['Spain'], position: 'noted' }],
      warnings: []
    }
    const { records } = toRecommendationRecords(parsed, { ourStateIso3: 'PRT', importedAt: 'x', session: 0 })
    expect(records[0]).toMatchObject({ session: 0, cycle: null })
  })
})
