/** The UI's side of the import worker: one request at a time, with progress. */
import type { ImportReport } from '../repositories/recommendations'
import type { ImportContext } from '../../import/to-records'
import type { ImportStage, PreviewPayload, WorkerRequest, WorkerResponse } from './worker-protocol'

type Answer = { type: 'preview'; payload: PreviewPayload } | { type: 'stored'; report: ImportReport }
type Pending = { resolve: (answer: Answer) => void; reject: (e: Error) => void; onProgress: (stage: ImportStage, fraction: number) => void }

/** Talks to one import worker. */
export class ImportClient {
  private readonly worker: Worker
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  constructor() {
    this.worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data
      const entry = this.pending.get(message.requestId)
      if (!entry) return
      if (message.type === 'progress') {
        entry.onProgress(message.stage, message.fraction)
        return
      }
      this.pending.delete(message.requestId)
      if (message.type === 'preview') entry.resolve({ type: 'preview', payload: message.payload })
      else if (message.type === 'stored') entry.resolve({ type: 'stored', report: message.report })
      else entry.reject(new Error(message.message))
    }
    this.worker.onerror = (event) => {
      for (const entry of this.pending.values()) entry.reject(new Error(event.message || 'The import worker stopped.'))
      this.pending.clear()
    }
  }

  /** Parses a file (or pasted text) as the main source or as the addendum. */
  parse(
    role: 'main' | 'addendum',
    fileName: string,
    content: { bytes: Uint8Array } | { text: string },
    context: ImportContext,
    onProgress: Pending['onProgress']
  ): Promise<PreviewPayload> {
    const transfer = 'bytes' in content ? [content.bytes.buffer as ArrayBuffer] : []
    return this.preview({ type: 'parse', requestId: 0, role, fileName, context, ...content }, onProgress, transfer)
  }

  /** Re-maps the last parse with a corrected review or a new mission State. */
  map(context: ImportContext, onProgress: Pending['onProgress']): Promise<PreviewPayload> {
    return this.preview({ type: 'map', requestId: 0, context }, onProgress)
  }

  /** Stores the records of the last preview in one transaction (in the worker) and reports what it did. */
  async store(onProgress: Pending['onProgress']): Promise<ImportReport> {
    const answer = await this.send({ type: 'store', requestId: 0 }, onProgress)
    if (answer.type !== 'stored') throw new Error('The import worker did not store the records.')
    return answer.report
  }

  /** Stops the worker. */
  dispose(): void {
    this.worker.terminate()
  }

  private async preview(request: WorkerRequest, onProgress: Pending['onProgress'], transfer: Transferable[] = []): Promise<PreviewPayload> {
    const answer = await this.send(request, onProgress, transfer)
    if (answer.type !== 'preview') throw new Error('The import worker sent no preview.')
    return answer.payload
  }

  private send(request: WorkerRequest, onProgress: Pending['onProgress'], transfer: Transferable[] = []): Promise<Answer> {
    const requestId = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject, onProgress })
      this.worker.postMessage({ ...request, requestId }, transfer)
    })
  }
}
