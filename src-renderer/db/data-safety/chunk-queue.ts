/** A single-consumer queue between IndexedDB callbacks and an async reader (archive snapshots). */
export class ChunkQueue<T> {
  private items: T[] = []
  private waiting: ((value: IteratorResult<T>) => void) | null = null
  private failed: ((error: unknown) => void) | null = null
  private error: unknown = null
  private closed = false

  push(chunk: T): void {
    if (this.waiting) {
      const resolve = this.waiting
      this.waiting = null
      this.failed = null
      resolve({ value: chunk, done: false })
    } else this.items.push(chunk)
  }

  close(): void {
    this.closed = true
    this.waiting?.({ value: undefined, done: true })
    this.waiting = null
  }

  fail(error: unknown): void {
    this.error = error ?? new Error('snapshot failed')
    this.failed?.(this.error)
    this.waiting = null
    this.failed = null
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      if (this.items.length > 0) {
        yield this.items.shift()!
        continue
      }
      if (this.error !== null) throw this.error
      if (this.closed) return
      const next = await new Promise<IteratorResult<T>>((resolve, reject) => {
        this.waiting = resolve
        this.failed = reject
      })
      if (next.done) return
      yield next.value
    }
  }
}
