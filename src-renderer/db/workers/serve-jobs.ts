/// <reference lib="webworker" />
/** The worker's side of a budgeted worker: runs each job it is sent and answers with its result or error. */
import { isOutOfMemoryMessage, type JobMessage, type JobRequest } from './job-protocol'

/** What a job handler is given: a way to report progress, and to move (not copy) buffers with its result. */
export interface JobContext<Progress> {
  progress(progress: Progress): void
  transferWithResult(buffers: Transferable[]): void
}

/** The scope a worker serves jobs on (the worker's global scope; tests give a fake). */
export interface JobScope {
  postMessage(message: unknown, transfer: Transferable[]): void
  onmessage: ((event: MessageEvent) => unknown) | null
}

/**
 * Serves jobs on this worker's messages: each request goes to `handle` as it comes (a job may wait for a
 * later one, as the import's store waits for the page's go-ahead to commit).
 */
export function serveJobs<Request, Result, Progress = never>(scope: JobScope, handle: (request: Request, context: JobContext<Progress>) => Promise<Result> | Result): void {
  const post = (message: JobMessage<Result, Progress>, transfer: Transferable[] = []) => scope.postMessage(message, transfer)
  scope.onmessage = async (event: MessageEvent<JobRequest<Request>>) => {
    const { jobId, request } = event.data
    let transfer: Transferable[] = []
    try {
      const result = await handle(request, {
        progress: (progress) => post({ jobId, kind: 'progress', progress }),
        transferWithResult: (buffers) => (transfer = buffers)
      })
      post({ jobId, kind: 'result', result }, transfer)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      post({ jobId, kind: 'error', message, outOfMemory: error instanceof RangeError && isOutOfMemoryMessage(message) })
    }
  }
}
