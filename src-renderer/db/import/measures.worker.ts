/// <reference lib="webworker" />
/**
 * Reads a measures exchange file (CSV or Excel) off the page's thread, so that a damaged or hostile
 * workbook can never freeze or crash the window: the page ends this worker past its time budget or on
 * Cancel. Reading only: the preview and the import's one transaction stay on the page.
 */
import { readMeasuresFile } from '../../import/measures/read-measures-file'
import type { MeasureRowsResult } from '../../domain/measures/measure-rows'
import { serveJobs } from '../workers/serve-jobs'
import type { ReadMeasuresRequest } from './measures-protocol'

declare const self: DedicatedWorkerGlobalScope

serveJobs<ReadMeasuresRequest, MeasureRowsResult>(self, ({ bytes, fileName }) => readMeasuresFile(bytes, fileName))
