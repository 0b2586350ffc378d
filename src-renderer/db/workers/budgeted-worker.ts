/**
 * Runs parsing jobs in a dedicated worker with a time budget and a cancel that ends the worker at once,
 * so that no file, however slow or hostile, can freeze the window: the page only waits for messages.
 *
 * Memory: browsers give no way to cap a Web Worker's heap (there is no `resourceLimits` as in Node's
 * worker_threads), and Chromium runs workers in the page's process: a worker that exhausts V8's heap
 * takes the whole renderer down with it (measured here: a worker allocating without end under
 * `--max-old-space-size=96` crashed the page). The memory bound therefore comes from the budgets of the
 * reading layer (import/formats/limits.ts: bytes unpacked, cells, paragraphs; PDF pages; the archive
 * reader's declared sizes and counts), which refuse a file long before it could exhaust a laptop; the
 * fuzzer (`npm run fuzz`) runs every reader under a heap limit to keep it so. What the runner does
 * handle: an allocation that fails catchably (a RangeError such as "Array buffer allocation failed" or
 * "Invalid string length") ends the job as `out-of-memory` and the worker with it; an error event or an
 * unreadable message ends it as `crashed`; a worker that hangs is ended by the time budget.
 */
import { WORKER_ENDED, isOutOfMemoryMessage, type JobFailure, type JobMessage, type JobRequest } from './job-protocol'

/** A job that gave no result, and why (see JobFailure). */
export class JobError extends Error {
  constructor(readonly failure: JobFailure) {
    super(failureText(failure))
    this.name = 'JobError'
  }
}

/** An English description of a failure, for logs and tests (the page shows its own translated words). */
export function failureText(failure: JobFailure): string {
  switch (failure.reason) {
    case 'cancelled':
      return 'cancelled'
    case 'timed-out':
      return `stopped after ${Math.round(failure.limitMs / 1000)} s, its time budget`
    case 'out-of-memory':
      return `ran out of memory (${failure.detail})`
    case 'crashed':
      return `the worker stopped (${failure.detail})`
    case 'failed':
      return failure.message
  }
}

/** How one job runs. */
export interface JobOptions<Progress> {
  /** Milliseconds the job may take before the worker is ended. */
  timeLimitMs: number
  /** Ends the worker at once when aborted (the job fails with `cancelled`). */
  signal?: AbortSignal
  onProgress?: (progress: Progress) => void
  /** Buffers to move to the worker rather than copy. */
  transfer?: Transferable[]
}

/** The part of a Worker this runner uses (tests give a fake). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void
  terminate(): void
  onmessage: ((event: MessageEvent) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
}

interface Pending<Result, Progress> {
  resolve: (result: Result) => void
  reject: (error: JobError) => void
  onProgress: ((progress: Progress) => void) | undefined
  done: () => void
}

/**
 * A worker that runs jobs within budgets. The worker is started on the first job and kept for the next
 * ones (a worker may keep what it parsed, such as the import's last file); a cancel, a time-out, a crash
 * or an allocation failure ends it and fails every job it was running, and the next job starts a fresh one.
 */
export class BudgetedWorker<Request, Result, Progress = never> {
  private worker: WorkerLike | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending<Result, Progress>>()

  constructor(private readonly create: () => WorkerLike) {}

  /** True while a worker is running (tests and the import panel's bookkeeping). */
  get running(): boolean {
    return this.worker !== null
  }

  /** Runs one job; rejects with a JobError when it gives no result. */
  run(request: Request, options: JobOptions<Progress>): Promise<Result> {
    const { signal } = options
    if (signal?.aborted) return Promise.reject(new JobError({ reason: 'cancelled' }))
    const worker = this.start()
    const jobId = this.nextId++
    return new Promise<Result>((resolve, reject) => {
      const timer = setTimeout(() => this.end({ reason: 'timed-out', limitMs: options.timeLimitMs }), options.timeLimitMs)
      const onAbort = () => this.end({ reason: 'cancelled' })
      signal?.addEventListener('abort', onAbort, { once: true })
      const done = () => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
      }
      this.pending.set(jobId, { resolve, reject, onProgress: options.onProgress, done })
      try {
        worker.postMessage({ jobId, request } satisfies JobRequest<Request>, options.transfer ?? [])
      } catch (error) {
        // A request that cannot be cloned (a bug): only this job fails.
        this.settle(jobId, { reason: 'failed', message: error instanceof Error ? error.message : String(error) })
      }
    })
  }

  /** Ends the worker and fails its jobs with `cancelled`. */
  cancel(): void {
    if (this.worker) this.end({ reason: 'cancelled' })
  }

  /** Ends the worker for good (the panel closes); running jobs fail with `cancelled`. */
  dispose(): void {
    this.cancel()
  }

  private start(): WorkerLike {
    if (this.worker) return this.worker
    const worker = this.create()
    worker.onmessage = (event: MessageEvent<JobMessage<Result, Progress>>) => this.receive(event.data)
    worker.onerror = (event: ErrorEvent) => {
      // Handled here: the error must not also reach the page's own error handler.
      event.preventDefault()
      const detail = event.message || 'the worker stopped without saying why'
      this.end(isOutOfMemoryMessage(detail) ? { reason: 'out-of-memory', detail } : { reason: 'crashed', detail })
    }
    worker.onmessageerror = () => this.end({ reason: 'crashed', detail: 'a message from the worker could not be read' })
    this.worker = worker
    return worker
  }

  private receive(message: JobMessage<Result, Progress>): void {
    const entry = this.pending.get(message.jobId)
    if (!entry) return
    if (message.kind === 'progress') {
      entry.onProgress?.(message.progress)
      return
    }
    if (message.kind === 'result') {
      this.pending.delete(message.jobId)
      entry.done()
      entry.resolve(message.result)
      return
    }
    // An allocation that failed inside the worker leaves its heap in doubt: end it, as for a crash.
    if (message.outOfMemory) this.end({ reason: 'out-of-memory', detail: message.message })
    else this.settle(message.jobId, { reason: 'failed', message: message.message })
  }

  private settle(jobId: number, failure: JobFailure): void {
    const entry = this.pending.get(jobId)
    if (!entry) return
    this.pending.delete(jobId)
    entry.done()
    entry.reject(new JobError(failure))
  }

  /** Ends the worker at once and fails every job it was running with `failure`. */
  private end(failure: JobFailure): void {
    if (!WORKER_ENDED.includes(failure.reason)) return
    const worker = this.worker
    this.worker = null
    if (worker) {
      worker.onmessage = null
      worker.onerror = null
      worker.onmessageerror = null
      worker.terminate()
    }
    for (const jobId of [...this.pending.keys()]) this.settle(jobId, failure)
  }
}

/** Runs one job in a worker of its own, ended afterwards whatever happens. */
export async function runInWorker<Request, Result, Progress = never>(create: () => WorkerLike, request: Request, options: JobOptions<Progress>): Promise<Result> {
  const runner = new BudgetedWorker<Request, Result, Progress>(create)
  try {
    return await runner.run(request, options)
  } finally {
    runner.dispose()
  }
}
