import { describe, expect, it } from 'vitest'
import { newStatementRequestFromHash, statementIdFromHash } from '../../../../src-renderer/features/statements/statement-route'
import { newStatementHref } from '../../../../src-renderer/features/review/links'

describe('statement routes', () => {
  it('reads the new-statement link of the review cycle', () => {
    expect(newStatementRequestFromHash(newStatementHref('SVN', 48))).toEqual({ kind: 'recommending-state', stateUnderReview: 'SVN', session: 48 })
    expect(newStatementRequestFromHash('#/statements?new=position-paper')).toEqual({ kind: 'position-paper', stateUnderReview: null, session: null })
  })

  it('ignores what it does not understand', () => {
    for (const hash of ['#/statements', '#/statements?new=speech', '#/statements/stm_1', '#/review?new=opening', '']) {
      expect(newStatementRequestFromHash(hash), hash).toBeNull()
    }
    expect(newStatementRequestFromHash('#/statements?new=opening&sur=<script>&session=-3')).toEqual({ kind: 'opening', stateUnderReview: null, session: null })
    expect(statementIdFromHash('#/statements?new=opening')).toBeNull()
  })
})
