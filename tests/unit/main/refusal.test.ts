import { describe, expect, it } from 'vitest'
import { RefusedError, createInFlightGuard } from '../../../src-main/ipc/refusal'

describe('createInFlightGuard', () => {
  it('refuses a second task for a busy key with the clear message, and runs other keys', async () => {
    const guard = createInFlightGuard()
    let release!: () => void
    const first = guard.run('file:save', () => new Promise<string>((resolve) => (release = () => resolve('written'))), 'busy')
    expect(guard.isBusy('file:save')).toBe(true)
    await expect(guard.run('file:save', async () => 'second', 'Another file is still being saved')).rejects.toThrow(RefusedError)
    await expect(guard.run('file:save', async () => 'second', 'Another file is still being saved')).rejects.toThrow('Another file is still being saved')
    await expect(guard.run('file:save-attachment', async () => 'other channel', 'busy')).resolves.toBe('other channel')
    release()
    await expect(first).resolves.toBe('written')
    expect(guard.isBusy('file:save')).toBe(false)
    await expect(guard.run('file:save', async () => 'after', 'busy')).resolves.toBe('after')
  })

  it('frees the key when the task fails', async () => {
    const guard = createInFlightGuard()
    await expect(guard.run('k', async () => Promise.reject(new Error('disk full')), 'busy')).rejects.toThrow('disk full')
    expect(guard.isBusy('k')).toBe(false)
  })
})
