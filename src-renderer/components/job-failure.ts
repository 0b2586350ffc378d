/**
 * Words for a parsing job that gave no result (db/workers/budgeted-worker.ts's JobError): cancelled,
 * past its time budget, out of memory, crashed, failed. Shared by the imports and the archive pages.
 */
import type { TFunction } from 'i18next'

/** A job's failure, as db/workers/job-protocol.ts describes it (structurally: components do not import db). */
export type JobFailureLike =
  | { reason: 'cancelled' }
  | { reason: 'timed-out'; limitMs: number }
  | { reason: 'out-of-memory'; detail: string }
  | { reason: 'crashed'; detail: string }
  | { reason: 'failed'; message: string }

/** The failure carried by an error, when it is a job's (a JobError), else null. */
export function jobFailureOf(error: unknown): JobFailureLike | null {
  if (!(error instanceof Error) || error.name !== 'JobError') return null
  const failure = (error as Error & { failure?: JobFailureLike }).failure
  return failure && typeof failure.reason === 'string' ? failure : null
}

/**
 * What the person reads: `name` is the file's name; `storing` says the job was storing (not reading),
 * `cancelledKey` the sentence for a cancel (nothing stored, or nothing changed).
 */
export function jobFailureMessage(t: TFunction, failure: JobFailureLike, name: string, options: { storing?: boolean; cancelledKey?: 'cancelled' | 'readCancelled' } = {}): string {
  switch (failure.reason) {
    case 'cancelled':
      return t(`fileChecks.${options.cancelledKey ?? 'cancelled'}`, { name })
    case 'timed-out':
      return t(options.storing ? 'fileChecks.storeTimedOut' : 'fileChecks.timedOut', { name, seconds: Math.round(failure.limitMs / 1000) })
    case 'out-of-memory':
      return t('fileChecks.outOfMemory', { name })
    case 'crashed':
      return t('fileChecks.crashed', { name, detail: failure.detail })
    case 'failed':
      return t('fileChecks.failed', { name, message: failure.message })
  }
}
