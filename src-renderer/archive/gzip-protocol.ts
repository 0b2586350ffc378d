/** Messages between the archive writer and its compression worker. */

/** To the worker: text to add (as UTF-8), or the end. */
export type GzipRequest = { type: 'text'; text: string } | { type: 'end' }

/** From the worker: the compressed content, or why it failed. */
export type GzipResponse = { type: 'done'; compressed: Uint8Array; uncompressedBytes: number } | { type: 'failed'; message: string }
