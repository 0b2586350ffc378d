/** The UI's side of the import worker: parse, map and store requests, each within its time budget, with a cancel. */
import type { ImportReport } from '../repositories/recommendations'
import type { ImportContext } from '../../import/to-records'
import { BudgetedWorker, type WorkerLike } from '../workers/budgeted-worker'
import { IMPORT_TIME_LIMITS, type ImportProgress, type ImportStage, type PreviewPayload, type WorkerRequest, type WorkerResults } from './worker-protocol'

type OnProgress = (stage: ImportStage, fraction: number) => void

/** Starts the import worker (bundled by Vite). */
function importWorker(): WorkerLike {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
}

/**
 * Talks to the import worker. `cancel()` ends the worker at once: a parse stops, and a store's
 * transaction, held open until the page lets it commit, is aborted by the engine, so nothing is stored.
 * Once the page has let a store commit, there is nothing left to cancel.
 */
export class ImportClient {
  private readonly runner: BudgetedWorker<WorkerRequest, WorkerResults[keyof WorkerResults], ImportProgress>
  private controller = new AbortController()
  private committing = false

  constructor(
    create: () => WorkerLike = importWorker,
    private readonly limits: { parseMs: number; storeMs: number } = IMPORT_TIME_LIMITS
  ) {
    this.runner = new BudgetedWorker(create)
  }

  /** Parses a file (or pasted text) as the main source or as the addendum. */
  parse(role: 'main' | 'addendum', fileName: string, content: { bytes: Uint8Array } | { text: string }, context: ImportContext, onProgress: OnProgress): Promise<PreviewPayload> {
    const transfer = 'bytes' in content ? [content.bytes.buffer as ArrayBuffer] : []
    return this.request({ type: 'parse', role, fileName, context, ...content }, this.limits.parseMs, onProgress, transfer) as Promise<PreviewPayload>
  }

  /** Re-maps the last parse with a corrected review or a new mission State. */
  map(context: ImportContext, onProgress: OnProgress): Promise<PreviewPayload> {
    return this.request({ type: 'map', context }, this.limits.parseMs, onProgress) as Promise<PreviewPayload>
  }

  /**
   * Stores the records of the last preview in one transaction (in the worker) and reports what it did.
   * The worker writes everything, then waits with the transaction open; the go-ahead to commit is sent
   * only if the import was not cancelled by then.
   */
  async store(onProgress: OnProgress): Promise<ImportReport> {
    const stored = this.request({ type: 'store' }, this.limits.storeMs, (stage, fraction) => {
      onProgress(stage, fraction)
      if (stage === 'ready-to-commit' && !this.controller.signal.aborted) {
        this.committing = true
        this.request({ type: 'commit' }, this.limits.storeMs, () => undefined).catch(() => undefined)
      }
    }) as Promise<ImportReport>
    try {
      return await stored
    } finally {
      this.committing = false
    }
  }

  /** Ends the running request at once; false when there is nothing left to cancel (a store is committing). */
  cancel(): boolean {
    if (this.committing) return false
    this.controller.abort()
    this.controller = new AbortController()
    return true
  }

  /** Stops the worker. */
  dispose(): void {
    this.runner.dispose()
  }

  private request(request: WorkerRequest, timeLimitMs: number, onProgress: OnProgress, transfer: Transferable[] = []): Promise<WorkerResults[keyof WorkerResults]> {
    return this.runner.run(request, { timeLimitMs, signal: this.controller.signal, onProgress: (p) => onProgress(p.stage, p.fraction), transfer })
  }
}
