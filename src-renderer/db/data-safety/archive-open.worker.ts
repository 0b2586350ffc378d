/// <reference lib="webworker" />
/**
 * Opens archives off the page's thread (archive-open-job.ts). Validation runs here, where the records
 * are decoded, rather than in the gzip worker (which only compresses what the writer sends it) or on
 * the page: 100,000 records take a couple of seconds to check, which the window must not spend. The
 * page receives the records in slices, each quick to deserialise, so the window stays responsive.
 */
import { serveJobs } from '../workers/serve-jobs'
import { openArchiveJob } from './archive-open-job'
import type { OpenArchiveRequest, OpenArchiveResult, RecordsSlice } from './archive-open-protocol'

declare const self: DedicatedWorkerGlobalScope

serveJobs<OpenArchiveRequest, OpenArchiveResult, RecordsSlice>(self, openArchiveJob)
