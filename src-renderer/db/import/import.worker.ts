/// <reference lib="webworker" />
/**
 * The import worker: reads and parses files, applies the addendum, maps and classifies the records, and
 * stores them (one Dexie transaction), so that a 6,000-row export never freezes the window. Holds the
 * last parse so corrections only re-map, and the last mapped records until they are stored. Runs as a
 * budgeted worker (db/workers): the page ends it when a request runs past its time budget or the person
 * cancels, and starts a fresh one for the next file. PDFs are read by pdf.js in a worker it starts from
 * this one: ending this worker ends it too, so the same budget covers PDFs.
 */
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'
import type { UprDeskDatabase } from '../schema/database'
import { openDatabase } from '../schema/open'
import { RecommendationRepository, type ImportReport } from '../repositories/recommendations'
import type { NewRecord } from '../../domain/stamp'
import type { Recommendation } from '../../domain/model'
import { parseReportWithAddendum, parseSource, parseText, type ParsedSource } from '../../import/parse-source'
import { importText } from '../../import/messages'
import { setPdfWorkerSrc } from '../../import/pdf-text'
import { toRecommendationRecords, type ImportContext, type MappedImport } from '../../import/to-records'
import { findState } from '../../domain/states'
import { serveJobs, type JobContext } from '../workers/serve-jobs'
import type { ImportProgress, PreviewMapped, PreviewPayload, WorkerRequest, WorkerResults } from './worker-protocol'

declare const self: DedicatedWorkerGlobalScope

// pdf.js (loaded only for PDFs) parses in its own worker, bundled with the app (never fetched from the network).
setPdfWorkerSrc(pdfWorkerUrl)

let main: ParsedSource | null = null
let addendum: ParsedSource | null = null
let lastContext: ImportContext | null = null
let lastMapped: MappedImport | null = null
let database: Promise<UprDeskDatabase> | null = null
/** Lets the running store's transaction commit (set while a store waits for the page's go-ahead). */
let allowCommit: (() => void) | null = null

type Context = JobContext<ImportProgress>

/** The app's database, opened here too (the same schema and journal as the window's). */
function openStore(): Promise<UprDeskDatabase> {
  database ??= openDatabase().then((opened) => {
    if (opened.status === 'ready') return opened.db
    database = null
    throw new Error(opened.status === 'newer' ? 'The data was written by a newer version of UPR Desk.' : opened.message)
  })
  return database
}

/** What the preview shows of the mapped records (the records themselves stay here). */
function forPreview(mapped: MappedImport): PreviewMapped {
  const counts = { supported: 0, noted: 0, 'supported-in-part': 0, pending: 0 }
  for (const r of mapped.records) counts[r.position]++
  return {
    rows: mapped.records.map((r) => ({
      number: r.number,
      text: r.text,
      states: r.recommendingStatesRaw.map((name) => ({ name, known: findState(name) !== undefined })),
      position: r.position
    })),
    counts,
    unknownStates: mapped.unknownStates,
    warnings: mapped.warnings
  }
}

async function preview(context: Context): Promise<PreviewPayload> {
  lastMapped = null
  if (!main) return { parsed: { kind: 'error', ...importText('source.nothingYet', {}, 'Nothing to import yet.') }, changes: [], addendumWarnings: [], mapped: null }
  context.progress({ stage: 'applying-addendum', fraction: 0.6 })
  const combined = await parseReportWithAddendum(main, addendum)
  const parsed: ParsedSource = combined.result ? { kind: 'recommendations', result: combined.result } : main
  context.progress({ stage: 'classifying', fraction: 0.8 })
  const mapStart = performance.now()
  lastMapped = combined.result && lastContext ? toRecommendationRecords(combined.result, lastContext) : null
  // Timings for the benchmark (read with performance.getEntriesByType('measure') in this worker).
  performance.measure('import-map-and-classify', { start: mapStart })
  // The preview shows the mapped records: send the parsed ones only when nothing could be mapped.
  const slim: ParsedSource =
    lastMapped && parsed.kind === 'recommendations' && lastMapped.records.length > 0
      ? { kind: 'recommendations', result: { ...parsed.result, recommendations: [] } }
      : parsed
  return {
    parsed: slim,
    changes: combined.changes,
    addendumWarnings: combined.warnings,
    ...(combined.error && addendum ? { addendumError: combined.error } : {}),
    mapped: lastMapped ? forPreview(lastMapped) : null
  }
}

async function store(context: Context): Promise<ImportReport> {
  const records: NewRecord<Recommendation>[] = lastMapped?.records ?? []
  if (records.length === 0) throw new Error('Nothing to store: read a file first.')
  context.progress({ stage: 'storing', fraction: 0 })
  const storeStart = performance.now()
  const db = await openStore()
  const report = await new RecommendationRepository(db).importAll(
    records,
    (done, total) => context.progress({ stage: 'storing', fraction: total === 0 ? 1 : done / total }),
    () =>
      new Promise<void>((resolve) => {
        allowCommit = resolve
        context.progress({ stage: 'ready-to-commit', fraction: 1 })
      })
  )
  allowCommit = null
  performance.measure('import-store', { start: storeStart })
  return report
}

async function parse(request: Extract<WorkerRequest, { type: 'parse' }>, context: Context): Promise<PreviewPayload> {
  lastContext = request.context
  context.progress({ stage: 'parsing', fraction: 0.2 })
  const parseStart = performance.now()
  const parsed = request.text !== undefined ? parseText(request.text, request.fileName) : await parseSource(request.bytes ?? new Uint8Array(), request.fileName)
  performance.measure('import-parse', { start: parseStart })
  if (request.role === 'main') {
    if (parsed.kind === 'addendum') {
      lastMapped = null
      return { parsed, changes: [], addendumWarnings: [], mapped: null }
    }
    main = parsed
    addendum = null
  } else {
    addendum = parsed
  }
  return preview(context)
}

serveJobs<WorkerRequest, WorkerResults[keyof WorkerResults], ImportProgress>(self, async (request, context) => {
  performance.mark(`import-worker-${request.type}-received`)
  switch (request.type) {
    case 'parse': {
      const payload = await parse(request, context)
      performance.mark('import-preview-sent')
      return payload
    }
    case 'map':
      lastContext = request.context
      return preview(context)
    case 'store':
      return store(context)
    case 'commit':
      if (!allowCommit) throw new Error('No import is waiting to be stored.')
      allowCommit()
      return null
  }
})
