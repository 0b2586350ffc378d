import { describe, expect, it } from 'vitest'
import { foldText, matchesQuery, parseQuery, searchableText, stem } from '../../../src-renderer/domain/search-text'

function matches(text: string, query: string): boolean {
  return matchesQuery(searchableText(text), parseQuery(query))
}

describe('search text', () => {
  it('folds case and accents', () => {
    expect(foldText('Côte d’Ivoire ÉDUCATION')).toBe("cote d'ivoire education")
  })

  it('gives forms of one word the same stem', () => {
    const groups = [
      ['ratify', 'ratified', 'ratifies', 'ratifying'],
      ['child', 'children'],
      ['discrimination', 'discriminations'],
      ['strengthen', 'strengthened', 'strengthening', 'strengthens'],
      ['commit', 'committed'],
      ['implement', 'implementing', 'implemented', 'implements']
    ]
    for (const group of groups) {
      expect(new Set(group.map(stem)).size, group.join(', ')).toBe(1)
    }
  })

  it('matches words in any order, accents and case ignored, and word forms', () => {
    const text = 'Ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure'
    expect(matches(text, 'ratified protocol')).toBe(true)
    expect(matches(text, 'CHILDREN')).toBe(true)
    expect(matches(text, 'protocol ratify')).toBe(true)
    expect(matches(text, 'torture')).toBe(false)
    expect(matches('Éducation pour tous', 'education')).toBe(true)
    expect(matches(text, '"optional protocol"')).toBe(true)
    expect(matches(text, '"protocol optional"')).toBe(false)
    expect(matches(text, '"optional protocols"')).toBe(true)
    expect(matches(text, '"rights of the children"')).toBe(true)
  })

  it('matches the start of a word while typing', () => {
    expect(matches('Combat domestic violence', 'viol')).toBe(true)
    expect(matches('Combat domestic violence', 'dom viol')).toBe(true)
  })
})
