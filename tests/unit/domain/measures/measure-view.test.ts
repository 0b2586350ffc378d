import { describe, expect, it } from 'vitest'
import { budgetsByRight, countsByGoal, countsByTag, EMPTY_MEASURE_FILTER, filterMeasures, measuresByTag, timeline, timelineSpan } from '../../../../src-renderer/domain/measures/measure-view'
import { resolveTag, tagLabel } from '../../../../src-renderer/domain/measures/measure-tags'
import type { RecoveryMeasure } from '../../../../src-renderer/domain/model'
import { EMPTY_MEASURE_FIELDS } from '../../../../src-renderer/domain/measures/import-plan'

const at = '2026-01-01T00:00:00.000Z'
function measure(id: string, over: Partial<RecoveryMeasure>): RecoveryMeasure {
  return { ...EMPTY_MEASURE_FIELDS, id, createdAt: at, updatedAt: at, ...over }
}

const measures = [
  measure('a', { title: 'Free COVID-19 tests', rights: ['health'], groups: ['general'], sdgTargets: ['3.8', '3.3'], budget: { amount: 100, currency: 'EUR' }, inForceFrom: '2020-10-01', endedOn: '2022-03-31', status: 'ended', goodPractice: true }),
  measure('b', { title: 'Wage support for workers staying home', rights: ['work', 'social-security'], groups: ['essential-workers'], sdgTargets: ['8.5', '1.3'], budget: { amount: 50, currency: 'EUR' }, adoptedOn: '2020-03-20', type: 'budget' }),
  measure('c', { title: 'Free internet for students', description: 'Mobile data for pupils learning at home', rights: ['education', 'health'], budget: { amount: 30, currency: 'USD' }, inForceFrom: '2020-04-06' }),
  measure('d', { title: 'awareness campaign on domestic violence', type: 'campaign' })
]

describe('measure views', () => {
  it('filters by facets and searches word forms, in title order', () => {
    expect(filterMeasures(measures, EMPTY_MEASURE_FILTER).map((m) => m.id)).toEqual(['d', 'a', 'c', 'b'])
    expect(filterMeasures(measures, { ...EMPTY_MEASURE_FILTER, right: 'health' }).map((m) => m.id)).toEqual(['a', 'c'])
    expect(filterMeasures(measures, { ...EMPTY_MEASURE_FILTER, sdg: '3' }).map((m) => m.id)).toEqual(['a'])
    expect(filterMeasures(measures, { ...EMPTY_MEASURE_FILTER, goodPractice: 'yes' }).map((m) => m.id)).toEqual(['a'])
    expect(filterMeasures(measures, { ...EMPTY_MEASURE_FILTER, query: 'pupil learn' }).map((m) => m.id)).toEqual(['c'])
    expect(filterMeasures(measures, { ...EMPTY_MEASURE_FILTER, type: 'campaign' }).map((m) => m.id)).toEqual(['d'])
  })

  it('lists measures under each right they concern, then those without', () => {
    const sections = measuresByTag(measures, 'rights')
    expect(sections.map((s) => [s.tag, s.measures.map((m) => m.id)])).toEqual([
      ['health', ['a', 'c']],
      ['education', ['c']],
      ['work', ['b']],
      ['social-security', ['b']],
      [null, ['d']]
    ])
  })

  it('puts dated measures on the timeline, earliest first', () => {
    const { entries, undated } = timeline(measures)
    expect(entries.map((e) => [e.measure.id, e.start, e.end])).toEqual([['b', '2020-03-20', null], ['c', '2020-04-06', null], ['a', '2020-10-01', '2022-03-31']])
    expect(undated.map((m) => m.id)).toEqual(['d'])
    expect(timelineSpan(entries, '2026-12-01')).toEqual({ from: '2020-01-01', to: '2026-12-31' })
  })

  it('counts per tag and goal, and budgets per right one currency at a time', () => {
    expect(countsByTag(measures, 'rights')[0]).toEqual({ tag: 'health', count: 2 })
    expect(countsByGoal(measures)).toEqual([{ tag: '1', count: 1 }, { tag: '3', count: 1 }, { tag: '8', count: 1 }])
    const budgets = budgetsByRight(measures)
    expect(budgets.map((b) => b.currency)).toEqual(['EUR', 'USD'])
    expect(budgets[0]).toEqual({ currency: 'EUR', total: 150, byRight: [{ tag: 'health', amount: 100 }, { tag: 'social-security', amount: 50 }, { tag: 'work', amount: 50 }] })
    expect(budgets[1]?.byRight).toEqual([{ tag: 'education', amount: 30 }, { tag: 'health', amount: 30 }])
  })

  it('resolves the tags people write', () => {
    expect(resolveTag('rights', 'Right to health')).toBe('health')
    expect(resolveTag('rights', 'HEALTH')).toBe('health')
    expect(resolveTag('rights', 'adequate housing')).toBe('adequate-housing')
    expect(resolveTag('groups', 'older persons')).toBe('older-persons')
    expect(resolveTag('sdgTargets', 'SDG 3.8')).toBe('3.8')
    expect(resolveTag('sdgTargets', '3.8')).toBe('3.8')
    expect(resolveTag('sdgTargets', '3.99')).toBeNull()
    expect(resolveTag('rights', 'right to fly')).toBeNull()
    expect(tagLabel('rights', 'health')).toBe('Right to health')
  })
})
