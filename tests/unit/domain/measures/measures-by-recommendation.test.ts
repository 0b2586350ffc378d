import { describe, expect, it } from 'vitest'
import { measureTitlesByRecommendation } from '../../../../src-renderer/domain/measures/measures-by-recommendation'

const measure = (id: string, title: string, inForceFrom: string | null, adoptedOn: string | null = null) => ({ id, title, inForceFrom, adoptedOn })

describe('measures linked to each recommendation', () => {
  it('lists each recommendation’s measures oldest first, then by title, each once', () => {
    const measures = [
      measure('m1', 'Mental health teams in primary health care', '2021-05-01'),
      measure('m2', 'Free COVID-19 tests in pharmacies', '2021-02-01'),
      measure('m3', 'A strategy without a date yet', null),
      measure('m4', 'Adopted but not yet in force', null, '2020-03-01'),
      measure('m5', 'Another strategy without a date', null)
    ]
    const links = [
      { recommendationId: 'r1', measureId: 'm1' },
      { recommendationId: 'r1', measureId: 'm3' },
      { recommendationId: 'r1', measureId: 'm5' },
      { recommendationId: 'r1', measureId: 'm2' },
      { recommendationId: 'r1', measureId: 'm4' },
      { recommendationId: 'r1', measureId: 'm2' },
      { recommendationId: 'r2', measureId: 'm2' }
    ]
    const titles = measureTitlesByRecommendation(links, measures)
    expect(titles.get('r1')).toEqual([
      'Adopted but not yet in force',
      'Free COVID-19 tests in pharmacies',
      'Mental health teams in primary health care',
      'A strategy without a date yet',
      'Another strategy without a date'
    ])
    expect(titles.get('r2')).toEqual(['Free COVID-19 tests in pharmacies'])
    expect(titles.has('r3')).toBe(false)
  })

  it('skips a link whose measure is not given (deleted meanwhile), and a recommendation left with none', () => {
    const titles = measureTitlesByRecommendation([{ recommendationId: 'r1', measureId: 'gone' }], [measure('m1', 'Kept', '2020-01-01')])
    expect(titles.size).toBe(0)
  })
})
