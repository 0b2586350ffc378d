/** Messages of the archive-opening worker (archive-open.worker.ts): one job per archive, records sent in slices. */
import type { ArchiveHeader, ArchiveRecord, ArchiveScope } from '../../archive/format'
import type { Refused } from '../../archive/read-archive'

/** Opens one archive: a chosen file (its header is read and checked before its body) or bytes. */
export interface OpenArchiveRequest {
  source: Blob | Uint8Array
  supportedSchemaVersion: number
  passphrase?: string
}

/** Some records of a table of the opened archive (sent before the result, so no one message is huge). */
export interface RecordsSlice {
  table: string
  records: ArchiveRecord[]
}

/** The outcome: the archive's header and scope (its records came as slices), or why it was refused. */
export type OpenArchiveResult = { ok: true; header: ArchiveHeader; scope: ArchiveScope; tables: string[] } | Refused

/** Records per slice: a slice is deserialised on the page in a few milliseconds. */
export const RECORDS_PER_SLICE = 2_000

/** The time an archive may take to open: 100,000 recommendations take a few seconds. */
export const OPEN_ARCHIVE_TIME_LIMIT_MS = 120_000
