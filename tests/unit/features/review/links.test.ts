import { describe, expect, it } from 'vitest'
import { paramsOfHash } from '../../../../src-renderer/features/review/hash-params'
import { newStatementHref, ownReviewHref, recommendedToHref, statementHref } from '../../../../src-renderer/features/review/links'
import { routeFromHash } from '../../../../src-renderer/components/router'
import { statementIdFromHash } from '../../../../src-renderer/features/statements/statement-route'

describe('links between areas', () => {
  it('follow the agreed URL conventions', () => {
    expect(statementHref('stm_1')).toBe('#/statements/stm_1')
    expect(statementIdFromHash(statementHref('stm_1'))).toBe('stm_1')
    expect(newStatementHref('SVN', 48)).toBe('#/statements?new=recommending-state&sur=SVN&session=48')
    expect(recommendedToHref('SVN')).toBe('#/recommendations?stateUnderReview=SVN&madeByUs=yes')
    expect(ownReviewHref(47)).toBe('#/review?session=47')
  })

  it('read back: the route and its parameters', () => {
    const href = ownReviewHref(47)
    expect(routeFromHash(href)).toBe('review')
    expect(paramsOfHash(href).get('session')).toBe('47')
    expect(routeFromHash('#/sessions')).toBe('sessions')
    expect(paramsOfHash('#/review').get('session')).toBeNull()
    expect(Object.fromEntries(paramsOfHash(newStatementHref('CIV', 47)))).toEqual({ new: 'recommending-state', sur: 'CIV', session: '47' })
  })
})
