/// <reference lib="webworker" />
/** The archive writer's compression worker: UTF-8 encodes and gzips the text it is sent, in order. */
import { inThreadCompressor } from './compressor'
import type { GzipRequest, GzipResponse } from './gzip-protocol'

declare const self: DedicatedWorkerGlobalScope

const compressor = inThreadCompressor()
let queue: Promise<void> = Promise.resolve()

function reply(message: GzipResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, transfer)
}

self.onmessage = (event: MessageEvent<GzipRequest>) => {
  const request = event.data
  queue = queue.then(async () => {
    if (request.type === 'text') return compressor.write(request.text)
    const { compressed, uncompressedBytes } = await compressor.finish()
    reply({ type: 'done', compressed, uncompressedBytes }, [compressed.buffer])
  })
  queue.catch((error: unknown) => reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }))
}
