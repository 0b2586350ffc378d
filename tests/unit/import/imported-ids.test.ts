import { describe, expect, it } from 'vitest'
import { importedRecommendationId, toRecommendationRecords } from '../../../src-renderer/import/to-records'
import type { ParseResult } from '../../../src-renderer/import/types'

const parsed: ParseResult = {
  source: { kind: 'wg-report', fileName: 'report.txt', symbol: 'A/HRC/43/15', stateUnderReviewName: 'Slovenia', session: 34, cycle: 3 },
  recommendations: [
    { number: '121.1', text: 'Ratify the Optional Protocol to the Convention on the Rights of the Child', recommendingStatesRaw: ['Portugal'], position: 'supported' },
    { number: '121.2', text: 'Continue to combat hate speech', recommendingStatesRaw: ['Holy See'], position: 'supported' },
    { number: '121.2', text: 'Strengthen measures against hate speech online', recommendingStatesRaw: ['Spain'], position: 'pending' }
  ],
  warnings: []
}

/** Two colleagues who import the same report get the same ids (their laptops' sync converges, no duplicates). */
describe('ids of imported recommendations', () => {
  it('are a function of the origin key: the same on every laptop and at any time, distinct within a report', () => {
    const a = toRecommendationRecords(parsed, { ourStateIso3: 'PRT', importedAt: '2026-11-27T09:00:00.000Z' }).records
    const b = toRecommendationRecords(parsed, { ourStateIso3: 'FRA', importedAt: '2026-12-01T15:30:00.000Z' }).records
    expect(a.map((r) => r.id)).toEqual(b.map((r) => r.id))
    expect(new Set(a.map((r) => r.id)).size).toBe(3)
    expect(a[0]!.id).toBe(importedRecommendationId('upr:SVN:34:121.1#1'))
    expect(a[0]!.id).toMatch(/^rec_k[0-9a-f]{32}$/)
    expect(importedRecommendationId('upr:SVN:34:121.2#1')).not.toBe(importedRecommendationId('upr:SVN:34:121.2#2'))
  })
})
