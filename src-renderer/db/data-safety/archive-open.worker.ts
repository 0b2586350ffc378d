/// <reference lib="webworker" />
/**
 * Opens archives off the page's thread: reads and checks the header before the body, checks the
 * checksums, decrypts, unpacks within the declared size, and checks every record against its table's
 * schema (archive/record-schemas.ts). Validation runs here, where the records are decoded, rather than
 * in the gzip worker (which only compresses what the writer sends it) or on the page: 100,000 records
 * take a couple of seconds to check, which the window must not spend. The page receives the records in
 * slices, then the header: each slice is quick to deserialise, so the window stays responsive.
 */
import { openArchive, openArchiveBlob } from '../../archive/read-archive'
import { serveJobs } from '../workers/serve-jobs'
import { RECORDS_PER_SLICE, type OpenArchiveRequest, type OpenArchiveResult, type RecordsSlice } from './archive-open-protocol'

declare const self: DedicatedWorkerGlobalScope

serveJobs<OpenArchiveRequest, OpenArchiveResult, RecordsSlice>(self, async (request, context) => {
  const options = { supportedSchemaVersion: request.supportedSchemaVersion, ...(request.passphrase ? { passphrase: request.passphrase } : {}) }
  const opened = request.source instanceof Uint8Array ? await openArchive(request.source, options) : await openArchiveBlob(request.source, options)
  if (!opened.ok) return opened
  const tables = Object.keys(opened.content.tables)
  for (const [table, records] of Object.entries(opened.content.tables)) {
    for (let start = 0; start < records.length; start += RECORDS_PER_SLICE) context.progress({ table, records: records.slice(start, start + RECORDS_PER_SLICE) })
  }
  return { ok: true, header: opened.header, scope: opened.content.scope, tables }
})
