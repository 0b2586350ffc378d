/**
 * The job of the archive-opening worker: reads and checks the header before the body, checks the
 * checksums, decrypts, unpacks within the declared size, and checks every record against its table's
 * schema (archive/record-schemas.ts), then hands the records over in slices and the header last.
 */
import { openArchive, openArchiveBlob } from '../../archive/read-archive'
import type { JobContext } from '../workers/serve-jobs'
import { RECORDS_PER_SLICE, type OpenArchiveRequest, type OpenArchiveResult, type RecordsSlice } from './archive-open-protocol'

/** Opens one archive; each slice of records goes out as progress, the result follows. */
export async function openArchiveJob(request: OpenArchiveRequest, context: JobContext<RecordsSlice>): Promise<OpenArchiveResult> {
  const options = { supportedSchemaVersion: request.supportedSchemaVersion, ...(request.passphrase ? { passphrase: request.passphrase } : {}) }
  const opened = request.source instanceof Uint8Array ? await openArchive(request.source, options) : await openArchiveBlob(request.source, options)
  if (!opened.ok) return opened
  for (const [table, records] of Object.entries(opened.content.tables)) {
    for (let start = 0; start < records.length; start += RECORDS_PER_SLICE) context.progress({ table, records: records.slice(start, start + RECORDS_PER_SLICE) })
  }
  return { ok: true, header: opened.header, scope: opened.content.scope, tables: Object.keys(opened.content.tables) }
}
