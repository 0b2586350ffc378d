/**
 * Opens archives for the Data and backups page: in a budgeted worker (archive-open.worker.ts) where the
 * platform has workers, else (Node, tests) on the current thread. Either way every record was checked
 * against its table's schema, and what comes back is marked as checked for the restore or merge.
 */
import type { ArchiveContent, ArchiveTables } from '../../archive/format'
import { openArchive, openArchiveBlob, type Opened, type Refused } from '../../archive/read-archive'
import { markChecked } from '../../archive/record-schemas'
import { runInWorker, type WorkerLike } from '../workers/budgeted-worker'
import { OPEN_ARCHIVE_TIME_LIMIT_MS, type OpenArchiveRequest, type OpenArchiveResult, type RecordsSlice } from './archive-open-protocol'

/** Opens an archive (a chosen file or bytes); rejects with a JobError when the worker was ended. */
export type ArchiveOpener = (source: Blob | Uint8Array, options: { supportedSchemaVersion: number; passphrase?: string; signal?: AbortSignal }) => Promise<Opened | Refused>

/** Opens on the current thread (where there are no workers). */
export const openInThread: ArchiveOpener = (source, { supportedSchemaVersion, passphrase }) => {
  const options = { supportedSchemaVersion, ...(passphrase ? { passphrase } : {}) }
  return source instanceof Uint8Array ? openArchive(source, options) : openArchiveBlob(source, options)
}

/** Opens in a worker of its own, within a time budget; `create` starts the worker (tests give a fake). */
export function workerOpener(create: () => WorkerLike = () => new Worker(new URL('./archive-open.worker.ts', import.meta.url), { type: 'module' }), timeLimitMs = OPEN_ARCHIVE_TIME_LIMIT_MS): ArchiveOpener {
  return async (source, { supportedSchemaVersion, passphrase, signal }) => {
    const tables: ArchiveTables = {}
    const request: OpenArchiveRequest = { source, supportedSchemaVersion, ...(passphrase ? { passphrase } : {}) }
    const result = await runInWorker<OpenArchiveRequest, OpenArchiveResult, RecordsSlice>(create, request, {
      timeLimitMs,
      ...(signal ? { signal } : {}),
      onProgress: (slice) => {
        const list = (tables[slice.table] ??= [])
        for (const record of slice.records) list.push(record)
      }
    })
    if (!result.ok) return result
    // In the archive's order; a table that was empty sent no slice, yet is part of the archive (a restore empties it).
    const content: ArchiveContent = { scope: result.scope, tables: Object.fromEntries(result.tables.map((name) => [name, tables[name] ?? []])) }
    return { ok: true, header: result.header, content: markChecked(content) }
  }
}

/** The opener for this platform: a worker in a page, the current thread elsewhere. */
export function defaultArchiveOpener(): ArchiveOpener {
  return typeof Worker !== 'undefined' && typeof document !== 'undefined' ? workerOpener() : openInThread
}
