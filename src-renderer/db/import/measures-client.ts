/** Reads a measures file in a worker of its own, within its time budget; Cancel (the signal) ends it at once. */
import type { MeasureRowsResult } from '../../domain/measures/measure-rows'
import { runInWorker, type WorkerLike } from '../workers/budgeted-worker'
import { MEASURES_READ_TIME_LIMIT_MS, type ReadMeasuresRequest } from './measures-protocol'

/** Starts the measures worker (bundled by Vite). */
function measuresWorker(): WorkerLike {
  return new Worker(new URL('./measures.worker.ts', import.meta.url), { type: 'module' })
}

/** Reads a measures file; rejects with a JobError when the worker was ended (time, memory, cancel, crash). */
export function readMeasuresInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: { signal?: AbortSignal; timeLimitMs?: number; create?: () => WorkerLike } = {}
): Promise<MeasureRowsResult> {
  return runInWorker<ReadMeasuresRequest, MeasureRowsResult>(options.create ?? measuresWorker, { bytes, fileName }, {
    timeLimitMs: options.timeLimitMs ?? MEASURES_READ_TIME_LIMIT_MS,
    ...(options.signal ? { signal: options.signal } : {}),
    // The bytes are not needed here any more: moved, not copied.
    transfer: [bytes.buffer]
  })
}
