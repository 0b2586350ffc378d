// Refusals the delegate should read as they are ("another save is still being written"), as opposed to
// failures, which main logs in full and reports to the renderer as a short code only.

/** An error whose message is meant for the person: register.ts passes it to the renderer unchanged. */
export class RefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RefusedError'
  }
}

/** Runs one task per key at a time; a second task for a busy key is refused at once, never queued. */
export interface InFlightGuard {
  run<T>(key: string, task: () => Promise<T>, busyMessage: string): Promise<T>
  isBusy(key: string): boolean
}

/** Creates a guard (one per process: main registers its handlers once). */
export function createInFlightGuard(): InFlightGuard {
  const busy = new Set<string>()
  return {
    isBusy: (key) => busy.has(key),
    async run(key, task, busyMessage) {
      if (busy.has(key)) throw new RefusedError(busyMessage)
      busy.add(key)
      try {
        return await task()
      } finally {
        busy.delete(key)
      }
    }
  }
}
