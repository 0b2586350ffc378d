/** The UI's side of the import worker: one request at a time, with progress. */
import type { ImportContext } from './to-records'
import type { ImportStage, PreviewPayload, WorkerRequest, WorkerResponse } from './worker-protocol'

type Pending = { resolve: (p: PreviewPayload) => void; reject: (e: Error) => void; onProgress: (stage: ImportStage, fraction: number) => void }

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
      if (message.type === 'progress') entry.onProgress(message.stage, message.fraction)
      else {
        this.pending.delete(message.requestId)
        if (message.type === 'preview') entry.resolve(message.payload)
        else entry.reject(new Error(message.message))
      }
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
    return this.send({ type: 'parse', requestId: 0, role, fileName, context, ...content }, onProgress, transfer)
  }

  /** Re-maps the last parse with a corrected review or a new mission State. */
  map(context: ImportContext, onProgress: Pending['onProgress']): Promise<PreviewPayload> {
    return this.send({ type: 'map', requestId: 0, context }, onProgress)
  }

  /** Stops the worker. */
  dispose(): void {
    this.worker.terminate()
  }

  private send(request: WorkerRequest, onProgress: Pending['onProgress'], transfer: Transferable[] = []): Promise<PreviewPayload> {
    const requestId = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject, onProgress })
      this.worker.postMessage({ ...request, requestId }, transfer)
    })
  }
}
