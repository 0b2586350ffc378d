import { describe, expect, it, vi } from 'vitest'
import { requestPersistentStorage, storageStatus } from '../../../src-renderer/platform/storage'

function manager(persisted: boolean, grant: boolean): StorageManager {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grant),
    estimate: vi.fn(async () => ({ usage: 1_500_000, quota: 2_000_000_000 }))
  } as unknown as StorageManager
}

describe('persistent storage', () => {
  it('is asked for when not yet granted, and says whether it was', async () => {
    const refused = manager(false, false)
    expect(await requestPersistentStorage(refused)).toBe(false)
    expect(refused.persist).toHaveBeenCalledTimes(1)
    const granted = manager(false, true)
    expect(await requestPersistentStorage(granted)).toBe(true)
    const already = manager(true, true)
    expect(await requestPersistentStorage(already)).toBe(true)
    expect(already.persist).not.toHaveBeenCalled()
  })

  it('is unknown where the browser has no storage manager or refuses to say', async () => {
    expect(await requestPersistentStorage(undefined)).toBeNull()
    const throwing = { persisted: async () => { throw new Error('private window') }, persist: async () => true } as unknown as StorageManager
    expect(await requestPersistentStorage(throwing)).toBeNull()
    expect(await storageStatus(undefined)).toEqual({ persisted: null, usageBytes: null, quotaBytes: null })
  })

  it('reports persistence and the space used', async () => {
    expect(await storageStatus(manager(true, true))).toEqual({ persisted: true, usageBytes: 1_500_000, quotaBytes: 2_000_000_000 })
  })
})
