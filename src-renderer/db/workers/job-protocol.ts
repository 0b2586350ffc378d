/**
 * Messages between the page and a budgeted worker (budgeted-worker.ts on the page, serve-jobs.ts in the
 * worker): each request carries a job id, and the worker answers it with progress messages, then a
 * result or an error. Pure types and one pure classifier.
 */

/** From the page: one job. */
export interface JobRequest<Request> {
  jobId: number
  request: Request
}

/** From the worker: what became of a job. */
export type JobMessage<Result, Progress> =
  | { jobId: number; kind: 'progress'; progress: Progress }
  | { jobId: number; kind: 'result'; result: Result }
  | { jobId: number; kind: 'error'; message: string; outOfMemory: boolean }

/** Why a job gave no result. */
export type JobFailure =
  /** The person cancelled it: the worker was ended at once. */
  | { reason: 'cancelled' }
  /** It ran past its time budget: the worker was ended. */
  | { reason: 'timed-out'; limitMs: number }
  /** The worker ran out of memory (an allocation failed in it, or it died): it was ended. */
  | { reason: 'out-of-memory'; detail: string }
  /** The worker stopped unexpectedly (an uncaught error, a message it could not read). */
  | { reason: 'crashed'; detail: string }
  /** The job reported an error of its own (a bug or an unreadable input the code did not expect). */
  | { reason: 'failed'; message: string }

/** The failures that mean the worker was ended (its state, if it kept any, is gone). */
export const WORKER_ENDED: readonly JobFailure['reason'][] = ['cancelled', 'timed-out', 'out-of-memory', 'crashed']

/**
 * True for the errors an engine throws when an allocation fails: V8's "Array buffer allocation
 * failed", "Invalid string length", "Invalid array length", "Invalid typed array length", and
 * SpiderMonkey's and WebKit's "out of memory".
 */
export function isOutOfMemoryMessage(message: string): boolean {
  return /allocation failed|invalid (string|array|typed array) length|out of memory/i.test(message)
}
