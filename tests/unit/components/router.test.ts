import { describe, expect, it } from 'vitest'
import { hrefOf, routeFromHash } from '../../../src-renderer/components/router'

describe('routes', () => {
  it('reads the route from the hash and falls back to the dashboard', () => {
    expect(routeFromHash('#/settings')).toBe('settings')
    expect(routeFromHash('#settings')).toBe('settings')
    expect(routeFromHash('#/settings/profile?x=1')).toBe('settings')
    expect(routeFromHash('')).toBe('dashboard')
    expect(routeFromHash('#/nowhere')).toBe('dashboard')
    expect(routeFromHash('#/__proto__')).toBe('dashboard')
    expect(hrefOf('settings')).toBe('#/settings')
  })
})
