import { describe, expect, it } from 'vitest'
import { suggestImplementationStatus } from '../../../../src-renderer/domain/measures/implementation-suggestion'

describe('suggested implementation status', () => {
  it('follows the linked measures: in force or ended -> partially implemented; planned only -> in progress', () => {
    expect(suggestImplementationStatus('not-started', [{ status: 'in-force' }])?.status).toBe('partially-implemented')
    expect(suggestImplementationStatus('not-started', [{ status: 'ended' }, { status: 'planned' }])?.status).toBe('partially-implemented')
    expect(suggestImplementationStatus('not-started', [{ status: 'planned' }])?.status).toBe('in-progress')
    expect(suggestImplementationStatus('not-started', [{ status: 'planned' }, { status: 'withdrawn' }])?.counts).toEqual({ planned: 1, 'in-force': 0, ended: 0, withdrawn: 1 })
  })

  it('suggests nothing without measures, with only withdrawn ones, or when the status is already as far', () => {
    expect(suggestImplementationStatus('not-started', [])).toBeNull()
    expect(suggestImplementationStatus('not-started', [{ status: 'withdrawn' }])).toBeNull()
    expect(suggestImplementationStatus('partially-implemented', [{ status: 'in-force' }])).toBeNull()
    expect(suggestImplementationStatus('fully-implemented', [{ status: 'in-force' }])).toBeNull()
    expect(suggestImplementationStatus('in-progress', [{ status: 'planned' }])).toBeNull()
  })
})
