// Before the window closes or the app quits, main asks the renderer for a last backup and waits for
// it, but never longer than a deadline: quitting must never hang on a busy or broken renderer.
// Pure: Electron's events and the IPC send are passed in, so the logic is tested in Node.

/** Something that can be held back (Electron's close and before-quit events). */
export interface Preventable {
  preventDefault(): void
}

export interface LeaveGuardDeps {
  /** Sends the request to the renderer; false when there is no renderer to ask. */
  requestBackup(requestId: string): boolean
  /** Writes the bytes the renderer answered with as a "quit" backup. */
  writeBackup(bytes: Uint8Array): Promise<void>
  /** The longest wait, from the request to the end of the write. */
  timeoutMs: number
  newRequestId(): string
  setTimer?: (run: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
  log?: (message: string, error?: unknown) => void
}

/** The leave guard of one window. */
export interface LeaveGuard {
  /** Holds a close or quit until the backup is done (or the deadline passes), then runs `proceed`. */
  hold(event: Preventable, proceed: () => void): void
  /** The renderer's answer; true when it was the awaited one. */
  reply(requestId: string, bytes: Uint8Array | null): Promise<boolean>
  /** Stops waiting (the renderer is gone): leaving goes ahead at once. */
  abandon(why: string): void
  /** True once leaving may go ahead without waiting. */
  readonly released: boolean
}

/** Creates the guard for one window (a new window gets a new guard). */
export function createLeaveGuard(deps: LeaveGuardDeps): LeaveGuard {
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms))
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>))
  const log = deps.log ?? ((message, error) => console.warn(`[backups] ${message}`, error ?? ''))
  let state: 'open' | 'waiting' | 'released' = 'open'
  let requestId: string | null = null
  let timer: unknown = null
  const waiting: (() => void)[] = []

  function release(why: string): void {
    if (state === 'released') return
    state = 'released'
    if (timer !== null) clearTimer(timer)
    timer = null
    if (why !== 'done') log(`leaving without a last backup: ${why}`)
    for (const proceed of waiting.splice(0)) {
      try {
        proceed()
      } catch (error) {
        log('could not proceed with leaving', error)
      }
    }
  }

  return {
    get released() {
      return state === 'released'
    },
    hold(event, proceed) {
      if (state === 'released') return
      event.preventDefault()
      waiting.push(proceed)
      if (state === 'waiting') return
      state = 'waiting'
      requestId = deps.newRequestId()
      timer = setTimer(() => release('the renderer did not answer in time'), deps.timeoutMs)
      let sent = false
      try {
        sent = deps.requestBackup(requestId)
      } catch (error) {
        log('could not ask the renderer for a backup', error)
      }
      if (!sent) release('no renderer to ask')
    },
    abandon(why) {
      if (state === 'waiting') release(why)
    },
    async reply(id, bytes) {
      if (state !== 'waiting' || id !== requestId) return false
      requestId = null
      if (bytes !== null) {
        try {
          await deps.writeBackup(bytes)
        } catch (error) {
          // The previous backups are intact (atomic write); leaving goes ahead.
          log('the last backup could not be written', error)
        }
      }
      release('done')
      return true
    }
  }
}
