import { describe, expect, it } from 'vitest'
import { buildDemoMission } from '../../../src-renderer/demo'
import { suggestImplementationStatus } from '../../../src-renderer/domain/measures/implementation-suggestion'
import type { Recommendation } from '../../../src-renderer/domain/model'

describe('demo recommendations: follow-up', () => {
  const demo = buildDemoMission('2026-12-01')
  const received = demo.recommendations.filter((r) => r.stateUnderReview === 'PRT' && r.session === 47)
  const measuresOf = (r: Recommendation) => {
    const ids = new Set(demo.recommendationMeasureLinks.filter((l) => l.recommendationId === r.id).map((l) => l.measureId))
    return demo.recoveryMeasures.filter((m) => ids.has(m.id))
  }

  it('gives realistic follow-up to part of the recommendations received, the rest not started', () => {
    const followed = received.filter((r) => r.implementationStatus !== 'not-started')
    expect(followed.length).toBeGreaterThanOrEqual(15)
    expect(received.length - followed.length).toBeGreaterThanOrEqual(10)
    expect(new Set(followed.map((r) => r.implementationStatus))).toEqual(new Set(['in-progress', 'partially-implemented', 'fully-implemented']))
    for (const r of followed) {
      expect(r.responsibleInstitutions.length, r.number!).toBeGreaterThan(0)
      expect(r.evidence, r.number!).toMatch(/\(demo( figures)?\)\.$/)
      expect(r.lastReviewedOn, r.number!).not.toBeNull()
      expect(r.lastReviewedOn! <= '2026-12-01' && r.lastReviewedOn! >= '2025-04-01', r.number!).toBe(true)
    }
    expect(followed.filter((r) => r.notes !== '').length).toBeGreaterThanOrEqual(2)
    // Noted recommendations are not reported as implemented.
    expect(received.filter((r) => r.position === 'noted').every((r) => r.implementationStatus === 'not-started')).toBe(true)
  })

  it('agrees with the linked measures: every recommendation they answer is followed up, and none is left with a suggestion to accept', () => {
    for (const r of received) {
      const measures = measuresOf(r)
      if (measures.length === 0) continue
      expect(r.implementationStatus, r.number!).not.toBe('not-started')
      expect(suggestImplementationStatus(r.implementationStatus, measures), r.number!).toBeNull()
      // The responsible institutions include a body the measures name.
      expect(measures.some((m) => r.responsibleInstitutions.some((i) => m.responsibleBody.includes(i) || i.includes(m.responsibleBody))), r.number!).toBe(true)
    }
  })

  it('places the last review before the day the demo is loaded, and leaves it empty before the follow-up began', () => {
    const early = buildDemoMission('2025-03-01').recommendations.filter((r) => r.implementationStatus !== 'not-started')
    expect(early.every((r) => r.lastReviewedOn === null)).toBe(true)
    const soon = buildDemoMission('2025-04-10').recommendations.filter((r) => r.lastReviewedOn !== null)
    expect(soon.every((r) => r.lastReviewedOn! >= '2025-04-01' && r.lastReviewedOn! <= '2025-04-10')).toBe(true)
  })
})
