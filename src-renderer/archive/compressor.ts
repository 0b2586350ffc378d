/**
 * gzip for archive content. In a page it runs in a worker, so compressing 100 MB of JSON overlaps with
 * reading and serialising the records on the main thread (the two cores work together, and the window
 * stays responsive); where there is no Worker (Node, tests) it runs in place. Same bytes either way.
 */
import type { GzipRequest, GzipResponse } from './gzip-protocol'

/** Takes text, gives back its gzip-compressed UTF-8 bytes. */
export interface Compressor {
  write(text: string): Promise<void>
  finish(): Promise<{ compressed: Uint8Array; uncompressedBytes: number }>
  /** Stops early (on an error elsewhere); the result is never used. */
  abort(): void
}

/** Collects a readable byte stream into one array. */
export async function collectBytes(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  let total = 0
  const reader = readable.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    parts.push(value)
    total += value.byteLength
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.byteLength
  }
  return out
}

/** gzip on the current thread. */
export function inThreadCompressor(): Compressor {
  const gzip = new CompressionStream('gzip')
  const writer = gzip.writable.getWriter()
  const output = collectBytes(gzip.readable)
  output.catch(() => undefined)
  const encoder = new TextEncoder()
  let uncompressedBytes = 0
  return {
    async write(text) {
      // encodeInto a buffer of the worst-case size is several times faster than encode() in Chromium.
      const buffer = new Uint8Array(text.length * 3)
      const bytes = buffer.subarray(0, encoder.encodeInto(text, buffer).written)
      uncompressedBytes += bytes.byteLength
      // Wait for room, not for the compression of this batch: the next one is prepared meanwhile.
      await writer.ready
      void writer.write(bytes).catch(() => undefined)
    },
    async finish() {
      await writer.close()
      return { compressed: await output, uncompressedBytes }
    },
    abort() {
      void writer.abort().catch(() => undefined)
    }
  }
}

/** gzip in a worker; rejects from finish() if the worker fails. */
function workerCompressor(worker: Worker): Compressor {
  const result = new Promise<{ compressed: Uint8Array; uncompressedBytes: number }>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<GzipResponse>) => {
      const message = event.data
      if (message.type === 'done') resolve({ compressed: message.compressed, uncompressedBytes: message.uncompressedBytes })
      else reject(new Error(message.message))
    }
    worker.onerror = (event) => reject(new Error(event.message || 'the compression worker stopped'))
  })
  result.catch(() => undefined)
  const post = (message: GzipRequest) => worker.postMessage(message)
  return {
    write: async (text) => post({ type: 'text', text }),
    async finish() {
      post({ type: 'end' })
      try {
        return await result
      } finally {
        worker.terminate()
      }
    },
    abort: () => worker.terminate()
  }
}

/** A compressor: in a worker when the platform has them, else in place. */
export function createCompressor(): Compressor {
  if (typeof Worker !== 'undefined' && typeof document !== 'undefined') {
    try {
      return workerCompressor(new Worker(new URL('./gzip.worker.ts', import.meta.url), { type: 'module' }))
    } catch {
      // A page that may not start workers compresses in place.
    }
  }
  return inThreadCompressor()
}
