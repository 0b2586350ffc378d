/**
 * The upper-part reader the app runs in a worker, run here in place on a second connection to the same
 * fake-indexeddb database (what the worker does in Chromium). `delayAfterStartMs` holds every message
 * after the first back for a while, in order: the other side then reads on without knowing the split.
 */
import { readUpperPart, type UpperPartMessage } from '../../../../src-renderer/db/data-safety/upper-part'
import type { UpperPartReader } from '../../../../src-renderer/db/data-safety/two-part-read'

export interface SecondConnectionOptions {
  delayAfterStartMs?: number
  /** Runs before the reader opens its transaction (to land a write between the two snapshots). */
  beforeStart?: () => Promise<void>
  /** Makes the reader fail after this many chunks. */
  failAfterChunks?: number
  /** Reports another stamp than the one read: what an engine that let a write in between would show. */
  stampSeen?: IDBValidKey
}

export function secondConnectionReader(options: SecondConnectionOptions = {}): UpperPartReader & { messages: UpperPartMessage['type'][] } {
  let db: IDBDatabase | null = null
  let stopped = false
  const messages: UpperPartMessage['type'][] = []
  return {
    messages,
    start(request, listener) {
      let queue = Promise.resolve()
      let chunks = 0
      const deliver = (message: UpperPartMessage) => {
        messages.push(message.type)
        const delay = message.type === 'started' ? 0 : (options.delayAfterStartMs ?? 0)
        queue = queue.then(() => new Promise<void>((resolve) => setTimeout(() => {
          if (!stopped) listener(message)
          resolve()
        }, delay)))
      }
      void (async () => {
        await options.beforeStart?.()
        const open = indexedDB.open(request.database)
        open.onsuccess = () => {
          db = open.result
          readUpperPart(db, request, (message) => {
            if (message.type === 'chunk' && options.failAfterChunks !== undefined && ++chunks > options.failAfterChunks) {
              deliver({ type: 'failed', message: 'the reader stopped' })
              return
            }
            deliver(message.type === 'started' && options.stampSeen !== undefined ? { type: 'started', stamp: options.stampSeen } : message)
          })
        }
      })()
    },
    stop() {
      stopped = true
      db?.close()
    }
  }
}
