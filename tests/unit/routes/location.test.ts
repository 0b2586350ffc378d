import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EMPTY_FILTER } from '../../../src-renderer/domain/register-view'
import {
  hrefOf,
  measuresHref,
  newStatementHref,
  ownReviewHref,
  PAGES,
  parseLocation,
  recommendedToHref,
  statementHref,
  type AppLocation
} from '../../../src-renderer/routes/location'

describe('pages', () => {
  it('reads the page of a hash, with or without a slash, and anything unknown is the dashboard', () => {
    expect(parseLocation('#/settings')).toEqual({ page: 'settings' })
    expect(parseLocation('#settings')).toEqual({ page: 'settings' })
    expect(parseLocation('#/settings/profile?x=1')).toEqual({ page: 'settings' })
    expect(parseLocation('')).toEqual({ page: 'dashboard' })
    expect(parseLocation('#/nowhere')).toEqual({ page: 'dashboard' })
    expect(parseLocation('#/__proto__')).toEqual({ page: 'dashboard' })
    expect(parseLocation('#/constructor')).toEqual({ page: 'dashboard' })
  })

  it('gives every page of the navigation an address that reads back as that page', () => {
    for (const page of PAGES) {
      expect(hrefOf(page)).toBe(`#/${page}`)
      expect(parseLocation(hrefOf(page)).page).toBe(page)
    }
  })
})

describe('links between areas', () => {
  it('follow the agreed URL conventions', () => {
    expect(statementHref('stm_1')).toBe('#/statements/stm_1')
    expect(newStatementHref('SVN', 48)).toBe('#/statements?new=recommending-state&sur=SVN&session=48')
    expect(recommendedToHref('SVN')).toBe('#/recommendations?stateUnderReview=SVN&madeByUs=yes')
    expect(ownReviewHref(47)).toBe('#/review?session=47')
  })

  it('read back as the place they name', () => {
    expect(parseLocation(ownReviewHref(47))).toEqual({ page: 'review', session: 47 })
    expect(parseLocation('#/review')).toEqual({ page: 'review', session: null })
    expect(parseLocation('#/review?session=banana')).toEqual({ page: 'review', session: null })
    expect(parseLocation(statementHref('stm 1/é'))).toEqual({ page: 'statements', statementId: 'stm 1/é', newStatement: null })
    expect(parseLocation(recommendedToHref('SVN'))).toEqual({ page: 'recommendations', filter: { ...EMPTY_FILTER, stateUnderReview: 'SVN', madeByUs: 'yes' } })
  })
})

describe('statements', () => {
  it('reads the new-statement link of the review cycle', () => {
    expect(parseLocation(newStatementHref('SVN', 48))).toEqual({ page: 'statements', statementId: null, newStatement: { kind: 'recommending-state', stateUnderReview: 'SVN', session: 48 } })
    expect(parseLocation('#/statements?new=position-paper')).toMatchObject({ newStatement: { kind: 'position-paper', stateUnderReview: null, session: null } })
  })

  it('ignores what it does not understand', () => {
    for (const hash of ['#/statements', '#/statements?new=speech', '#/statements/stm_1']) {
      expect(parseLocation(hash), hash).toMatchObject({ page: 'statements', newStatement: null })
    }
    expect(parseLocation('#/review?new=opening')).toEqual({ page: 'review', session: null })
    expect(parseLocation('#/statements?new=opening&sur=<script>&session=-3')).toMatchObject({ newStatement: { kind: 'opening', stateUnderReview: null, session: null } })
    expect(parseLocation('#/statements?new=opening')).toMatchObject({ statementId: null })
    // A malformed escape is no statement, not an exception.
    expect(parseLocation('#/statements/%E0%A4%A')).toEqual({ page: 'statements', statementId: null, newStatement: null })
  })
})

describe('measures', () => {
  it('reads views, the new-measure form and one measure, and writes them back', () => {
    const place = (hash: string) => (parseLocation(hash) as Extract<AppLocation, { page: 'measures' }>).place
    expect(place('#/measures')).toEqual({ kind: 'view', view: 'list' })
    expect(place('#/measures/timeline')).toEqual({ kind: 'view', view: 'timeline' })
    expect(place('#/measures/new')).toEqual({ kind: 'new' })
    expect(place('#/measures/measure/demo_msr_free-tests')).toEqual({ kind: 'measure', id: 'demo_msr_free-tests' })
    expect(place('#/measures/nowhere')).toEqual({ kind: 'view', view: 'list' })
    for (const p of [{ kind: 'new' } as const, { kind: 'measure', id: 'a b/c' } as const, { kind: 'view', view: 'charts' } as const, { kind: 'view', view: 'list' } as const]) {
      expect(place(measuresHref(p))).toEqual(p)
    }
  })
})

describe('the register filter in the address', () => {
  it("reads the filter a link asks for, by the filter's own field names", () => {
    expect(parseLocation('#/recommendations?query=%22water%22&position=noted')).toEqual({ page: 'recommendations', filter: { ...EMPTY_FILTER, query: '"water"', position: 'noted' } })
  })

  it('ignores links without a filter and values outside the choices', () => {
    expect(parseLocation('#/recommendations')).toEqual({ page: 'recommendations', filter: null })
    expect(parseLocation('#/recommendations?position=all&madeByUs=maybe&actionCategory=9')).toEqual({ page: 'recommendations', filter: null })
    expect(parseLocation('#/recommendations?unknown=1&implementationStatus=fully-implemented')).toEqual({ page: 'recommendations', filter: { ...EMPTY_FILTER, implementationStatus: 'fully-implemented' } })
  })

  it('writes a filter into an address that reads back as the same filter', () => {
    const filter = { ...EMPTY_FILTER, query: 'water & "sanitation"', stateUnderReview: 'SVN', position: 'noted' as const }
    expect(parseLocation(hrefOf({ page: 'recommendations', filter }))).toEqual({ page: 'recommendations', filter })
  })
})

describe('any address', () => {
  it('reads as some place without throwing, and that place writes an address that reads back the same', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (tail) => {
        const location = parseLocation(`#/${tail}`)
        expect(parseLocation(hrefOf(location))).toEqual(location)
      }),
      { seed: 20261206, numRuns: 2000 }
    )
  })
})
