import { describe, expect, it } from 'vitest'
import { recommendationSearchSource } from '../../../src-renderer/domain/recommendation-search-source'
import { matchesQuery, parseQuery, searchableText } from '../../../src-renderer/domain/search-text'

describe('recommendationSearchSource', () => {
  const record = { number: '105.12', text: 'Ratify the Optional Protocol', recommendingStatesRaw: ['Slovenia'], recommendingStates: ['SVN', 'NLD'] }
  const indexed = searchableText(recommendationSearchSource(record))

  it('finds a recommendation by any name of its recommending States', () => {
    for (const query of ['Slovénie', 'Eslovenia', 'Slovenia', 'Pays-Bas', 'Países Bajos', 'Netherlands']) {
      expect(matchesQuery(indexed, parseQuery(query)), query).toBe(true)
    }
    expect(matchesQuery(indexed, parseQuery('Portugal'))).toBe(false)
  })

  it('does not repeat a name as printed', () => {
    expect(recommendationSearchSource(record).match(/\bSlovenia\b/g)).toHaveLength(1)
  })
})
