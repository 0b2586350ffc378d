/// <reference lib="webworker" />
/** The upper-part reader's worker: opens the database on its own connection and reads (upper-part.ts). */
import { readUpperPart, type UpperPartMessage, type UpperPartRequest } from './upper-part'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = (event: MessageEvent<UpperPartRequest>) => {
  const request = event.data
  const post = (message: UpperPartMessage) => self.postMessage(message)
  // No version: opening at the current version never upgrades; the reader checks it is the expected one.
  const open = indexedDB.open(request.database)
  open.onerror = () => post({ type: 'failed', message: open.error?.message ?? 'the database could not be opened' })
  open.onblocked = () => post({ type: 'failed', message: 'the database is blocked' })
  open.onsuccess = () => {
    const db = open.result
    db.onversionchange = () => db.close()
    readUpperPart(db, request, (message) => {
      post(message)
      if (message.type === 'done' || message.type === 'failed') db.close()
    })
  }
}
