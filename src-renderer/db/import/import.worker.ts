/// <reference lib="webworker" />
/**
 * The import worker: reads and parses files, applies the addendum, maps and classifies the records, and
 * stores them (one Dexie transaction), so that a 6,000-row export never freezes the window. Holds the
 * last parse so corrections only re-map, and the last mapped records until they are stored.
 */
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'
import type { UprDeskDatabase } from '../schema/database'
import { openDatabase } from '../schema/open'
import { RecommendationRepository } from '../repositories/recommendations'
import type { NewRecord } from '../../domain/stamp'
import type { Recommendation } from '../../domain/model'
import { parseReportWithAddendum, parseSource, parseText, type ParsedSource } from '../../import/parse-source'
import { importText } from '../../import/messages'
import { setPdfWorkerSrc } from '../../import/pdf-text'
import { toRecommendationRecords, type ImportContext, type MappedImport } from '../../import/to-records'
import type { PreviewMapped, PreviewPayload, WorkerRequest, WorkerResponse } from './worker-protocol'
import { findState } from '../../domain/states'

declare const self: DedicatedWorkerGlobalScope

// pdf.js (loaded only for PDFs) parses in its own worker, bundled with the app (never fetched from the network).
setPdfWorkerSrc(pdfWorkerUrl)

let main: ParsedSource | null = null
let addendum: ParsedSource | null = null
let lastContext: ImportContext | null = null
let lastMapped: MappedImport | null = null
let database: Promise<UprDeskDatabase> | null = null

function post(message: WorkerResponse): void {
  self.postMessage(message)
}

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

async function preview(requestId: number): Promise<PreviewPayload> {
  lastMapped = null
  if (!main) return { parsed: { kind: 'error', ...importText('source.nothingYet', {}, 'Nothing to import yet.') }, changes: [], addendumWarnings: [], mapped: null }
  post({ type: 'progress', requestId, stage: 'applying-addendum', fraction: 0.6 })
  const combined = await parseReportWithAddendum(main, addendum)
  const parsed: ParsedSource = combined.result ? { kind: 'recommendations', result: combined.result } : main
  post({ type: 'progress', requestId, stage: 'classifying', fraction: 0.8 })
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

async function store(requestId: number): Promise<void> {
  const records: NewRecord<Recommendation>[] = lastMapped?.records ?? []
  if (records.length === 0) throw new Error('Nothing to store: read a file first.')
  post({ type: 'progress', requestId, stage: 'storing', fraction: 0 })
  const storeStart = performance.now()
  const db = await openStore()
  const report = await new RecommendationRepository(db).importAll(records, (done, total) => {
    post({ type: 'progress', requestId, stage: 'storing', fraction: total === 0 ? 1 : done / total })
  })
  performance.measure('import-store', { start: storeStart })
  post({ type: 'stored', requestId, report })
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  performance.mark(`import-worker-${event.data.type}-received`)
  const request = event.data
  try {
    if (request.type === 'store') {
      await store(request.requestId)
      return
    }
    if (request.type === 'parse') {
      lastContext = request.context
      post({ type: 'progress', requestId: request.requestId, stage: 'parsing', fraction: 0.2 })
      const parseStart = performance.now()
      const parsed =
        request.text !== undefined ? parseText(request.text, request.fileName) : await parseSource(request.bytes ?? new Uint8Array(), request.fileName)
      performance.measure('import-parse', { start: parseStart })
      if (request.role === 'main') {
        if (parsed.kind === 'addendum') {
          lastMapped = null
          post({ type: 'preview', requestId: request.requestId, payload: { parsed, changes: [], addendumWarnings: [], mapped: null } })
          return
        }
        main = parsed
        addendum = null
      } else {
        addendum = parsed
      }
    } else {
      lastContext = request.context
    }
    const payload = await preview(request.requestId)
    performance.mark('import-preview-sent')
    post({ type: 'preview', requestId: request.requestId, payload })
  } catch (error) {
    post({ type: 'failed', requestId: request.requestId, message: error instanceof Error ? error.message : String(error) })
  }
}
