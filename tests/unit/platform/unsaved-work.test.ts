import { describe, expect, it } from 'vitest'
import { hasUnsavedWork, trackUnsavedWork, unsavedUntil } from '../../../src-renderer/platform/unsaved-work'

describe('unsaved work', () => {
  it('is unsaved while any tracked source says so, and no longer once removed', () => {
    let dirty = false
    const remove = trackUnsavedWork(() => dirty)
    const removeClean = trackUnsavedWork(() => false)
    expect(hasUnsavedWork()).toBe(false)
    dirty = true
    expect(hasUnsavedWork()).toBe(true)
    remove()
    removeClean()
    expect(hasUnsavedWork()).toBe(false)
  })

  it('counts a write under way until it settles, whether it succeeds or fails', async () => {
    let finish: () => void = () => undefined
    const saved = unsavedUntil(new Promise<void>((resolve) => (finish = resolve)))
    expect(hasUnsavedWork()).toBe(true)
    finish()
    await saved
    expect(hasUnsavedWork()).toBe(false)
    const failed = unsavedUntil(Promise.reject(new Error('disk full')))
    expect(hasUnsavedWork()).toBe(true)
    await expect(failed).rejects.toThrow('disk full')
    expect(hasUnsavedWork()).toBe(false)
  })
})
