import { describe, expect, it } from 'vitest'
import { hrefOfMeasures, measuresLocationFromHash } from '../../../../src-renderer/features/measures/measures-route'

describe('measures addresses', () => {
  it('reads views, the new-measure form and one measure from the hash, and writes them back', () => {
    expect(measuresLocationFromHash('#/measures')).toEqual({ kind: 'view', view: 'list' })
    expect(measuresLocationFromHash('#/measures/timeline')).toEqual({ kind: 'view', view: 'timeline' })
    expect(measuresLocationFromHash('#/measures/new')).toEqual({ kind: 'new' })
    expect(measuresLocationFromHash('#/measures/measure/demo_msr_free-tests')).toEqual({ kind: 'measure', id: 'demo_msr_free-tests' })
    expect(measuresLocationFromHash('#/measures/nowhere')).toEqual({ kind: 'view', view: 'list' })
    expect(measuresLocationFromHash('#/settings')).toEqual({ kind: 'view', view: 'list' })
    for (const location of [{ kind: 'new' } as const, { kind: 'measure', id: 'a b/c' } as const, { kind: 'view', view: 'charts' } as const, { kind: 'view', view: 'list' } as const]) {
      expect(measuresLocationFromHash(hrefOfMeasures(location))).toEqual(location)
    }
  })
})
