import { describe, expect, it, vi } from 'vitest'
import { createLeaveGuard, type LeaveGuardDeps } from '../../../src-main/leave-guard'

function setUp(overrides: Partial<LeaveGuardDeps> = {}) {
  const timers: { run: () => void; ms: number }[] = []
  const requests: string[] = []
  const written: Uint8Array[] = []
  let n = 0
  const guard = createLeaveGuard({
    timeoutMs: 10_000,
    newRequestId: () => `req-${++n}`,
    requestBackup: (id) => {
      requests.push(id)
      return true
    },
    writeBackup: async (bytes) => {
      written.push(bytes)
    },
    setTimer: (run, ms) => {
      const timer = { run, ms }
      timers.push(timer)
      return timer
    },
    clearTimer: (timer) => {
      timers.splice(timers.indexOf(timer as never), 1)
    },
    log: () => undefined,
    ...overrides
  })
  const event = () => ({ preventDefault: vi.fn() })
  return { guard, timers, requests, written, event }
}

describe('leave guard (last backup before quitting)', () => {
  it('holds the close, asks the renderer, writes its backup, then lets the close go ahead', async () => {
    const { guard, requests, written, event, timers } = setUp()
    const close = event()
    const proceed = vi.fn()
    guard.hold(close, proceed)
    expect(close.preventDefault).toHaveBeenCalled()
    expect(requests).toEqual(['req-1'])
    expect(proceed).not.toHaveBeenCalled()
    expect(await guard.reply('req-1', new Uint8Array([1, 2]))).toBe(true)
    expect(written).toEqual([new Uint8Array([1, 2])])
    expect(proceed).toHaveBeenCalledTimes(1)
    expect(timers).toHaveLength(0)
    // The second close (run by proceed) is not held.
    const again = event()
    guard.hold(again, proceed)
    expect(again.preventDefault).not.toHaveBeenCalled()
  })

  it('never hangs: goes ahead when the renderer does not answer in time', () => {
    const { guard, timers, event } = setUp()
    const proceed = vi.fn()
    guard.hold(event(), proceed)
    expect(timers[0]?.ms).toBe(10_000)
    timers[0]!.run()
    expect(proceed).toHaveBeenCalledTimes(1)
    expect(guard.released).toBe(true)
  })

  it('goes ahead at once when there is no renderer to ask, or asking throws', () => {
    for (const requestBackup of [() => false, () => { throw new Error('destroyed') }]) {
      const { guard, event } = setUp({ requestBackup })
      const proceed = vi.fn()
      guard.hold(event(), proceed)
      expect(proceed).toHaveBeenCalledTimes(1)
    }
  })

  it('goes ahead when the renderer answers "nothing changed", without writing', async () => {
    const { guard, written, event } = setUp()
    const proceed = vi.fn()
    guard.hold(event(), proceed)
    await guard.reply('req-1', null)
    expect(written).toEqual([])
    expect(proceed).toHaveBeenCalledTimes(1)
  })

  it('goes ahead when the backup cannot be written (the older backups are intact)', async () => {
    const { guard, event } = setUp({ writeBackup: async () => { throw Object.assign(new Error('disk full'), { code: 'ENOSPC' }) } })
    const proceed = vi.fn()
    guard.hold(event(), proceed)
    await guard.reply('req-1', new Uint8Array([1]))
    expect(proceed).toHaveBeenCalledTimes(1)
  })

  it('ignores answers that were not asked for, and asks once for a close and a quit together', async () => {
    const { guard, requests, event } = setUp()
    const close = vi.fn()
    const quit = vi.fn()
    expect(await guard.reply('req-1', new Uint8Array([1]))).toBe(false)
    guard.hold(event(), close)
    guard.hold(event(), quit)
    expect(requests).toEqual(['req-1'])
    expect(await guard.reply('forged', new Uint8Array([1]))).toBe(false)
    expect(close).not.toHaveBeenCalled()
    await guard.reply('req-1', null)
    expect(close).toHaveBeenCalledTimes(1)
    expect(quit).toHaveBeenCalledTimes(1)
    expect(await guard.reply('req-1', null)).toBe(false)
  })

  it('goes ahead when the renderer crashes while it is asked', () => {
    const { guard, event } = setUp()
    const proceed = vi.fn()
    guard.hold(event(), proceed)
    guard.abandon('the renderer is gone')
    expect(proceed).toHaveBeenCalledTimes(1)
  })
})
