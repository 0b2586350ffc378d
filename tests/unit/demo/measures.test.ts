import { describe, expect, it } from 'vitest'
import { buildDemoMission, isDemoId } from '../../../src-renderer/demo'
import { isActiveCurrency } from '../../../src-renderer/domain/measures/money'
import { measureTags } from '../../../src-renderer/domain/measures/measure-tags'
import { MEASURE_STATUSES, MEASURE_TYPES } from '../../../src-renderer/domain/model'

describe('demo recovery measures', () => {
  const demo = buildDemoMission('2026-12-01')
  const known = (kind: 'rights' | 'groups' | 'sdgTargets') => new Set(measureTags(kind).map((t) => t.id))

  it('are about a dozen realistic measures with demo ids and valid tags, types, statuses and budgets', () => {
    const measures = demo.recoveryMeasures
    expect(measures.length).toBeGreaterThanOrEqual(12)
    expect(measures.every((m) => isDemoId(m.id))).toBe(true)
    expect(new Set(measures.map((m) => m.id)).size).toBe(measures.length)
    for (const m of measures) {
      expect(MEASURE_TYPES).toContain(m.type)
      expect(MEASURE_STATUSES).toContain(m.status)
      expect(m.rights.every((r) => known('rights').has(r)), m.title).toBe(true)
      expect(m.groups.every((g) => known('groups').has(g)), m.title).toBe(true)
      expect(m.sdgTargets.every((t) => known('sdgTargets').has(t)), m.title).toBe(true)
      if (m.budget) {
        expect(isActiveCurrency(m.budget.currency)).toBe(true)
        expect(m.budget.amount).toBeGreaterThanOrEqual(0)
      }
    }
    expect(measures.filter((m) => m.goodPractice).length).toBeGreaterThanOrEqual(6)
    expect(new Set(measures.map((m) => m.budget?.currency).filter(Boolean)).size).toBeGreaterThan(1)
    for (const title of ['Wage support for workers staying at home', 'Free mobile internet for pupils in distance learning', 'Free COVID-19 tests in pharmacies and health centres', 'Awareness campaign on domestic violence during lockdown']) {
      expect(measures.map((m) => m.title)).toContain(title)
    }
  })

  it('link to the demo State’s own recommendations, and the planned one lies after the day the demo is loaded', () => {
    const recommendations = new Map(demo.recommendations.map((r) => [r.id, r]))
    const measures = new Set(demo.recoveryMeasures.map((m) => m.id))
    expect(demo.recommendationMeasureLinks.length).toBeGreaterThan(15)
    for (const link of demo.recommendationMeasureLinks) {
      expect(isDemoId(link.id)).toBe(true)
      expect(measures.has(link.measureId)).toBe(true)
      expect(recommendations.get(link.recommendationId)?.stateUnderReview).toBe('PRT')
    }
    const planned = demo.recoveryMeasures.filter((m) => m.status === 'planned')
    expect(planned).toHaveLength(1)
    expect(planned[0]!.inForceFrom! > '2026-12-01').toBe(true)
  })
})
