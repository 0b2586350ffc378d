/** A worker in the same thread for tests: messages go through serveJobs as in a real worker; terminate stops them. */
import type { WorkerLike } from '../../../../src-renderer/db/workers/budgeted-worker'
import { serveJobs, type JobContext, type JobScope } from '../../../../src-renderer/db/workers/serve-jobs'

export class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  terminated = false
  private readonly scope: JobScope

  constructor(handle: (request: never, context: JobContext<never>) => unknown) {
    const scope: JobScope = {
      onmessage: null,
      postMessage: (message) => {
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.({ data: structuredClone(message) } as MessageEvent)
        }, 0)
      }
    }
    this.scope = scope
    serveJobs(scope, handle as never)
  }

  postMessage(message: unknown): void {
    setTimeout(() => {
      if (!this.terminated) void this.scope.onmessage?.({ data: structuredClone(message) } as MessageEvent)
    }, 0)
  }

  terminate(): void {
    this.terminated = true
  }

  /** What a real worker does when its code throws outside a job (or it dies): an error event. */
  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent)
  }
}
