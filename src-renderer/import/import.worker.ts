/// <reference lib="webworker" />
/**
 * The import worker: reads and parses files, applies the addendum, maps and classifies the records,
 * so a 6,000-row export never freezes the window. Holds the last parse so corrections only re-map.
 */
import { GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs'
import pdfWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'
import { parseReportWithAddendum, parseSource, parseText, type ParsedSource } from './parse-source'
import { toRecommendationRecords, type ImportContext } from './to-records'
import type { PreviewPayload, WorkerRequest, WorkerResponse } from './worker-protocol'

declare const self: DedicatedWorkerGlobalScope

// pdf.js parses in its own worker, bundled with the app (never fetched from the network).
GlobalWorkerOptions.workerSrc = pdfWorkerUrl

let main: ParsedSource | null = null
let addendum: ParsedSource | null = null
let lastContext: ImportContext | null = null

function post(message: WorkerResponse): void {
  self.postMessage(message)
}

async function preview(requestId: number): Promise<PreviewPayload> {
  if (!main) return { parsed: { kind: 'error', message: 'Nothing to import yet.' }, changes: [], addendumWarnings: [], mapped: null }
  post({ type: 'progress', requestId, stage: 'applying-addendum', fraction: 0.6 })
  const combined = await parseReportWithAddendum(main, addendum)
  const parsed: ParsedSource = combined.result ? { kind: 'recommendations', result: combined.result } : main
  post({ type: 'progress', requestId, stage: 'classifying', fraction: 0.8 })
  const mapped = combined.result && lastContext ? toRecommendationRecords(combined.result, lastContext) : null
  // The preview shows the mapped records: send the parsed ones only when nothing could be mapped,
  // so thousands of records cross to the UI thread once, not twice.
  const slim: ParsedSource =
    mapped && parsed.kind === 'recommendations' && mapped.records.length > 0
      ? { kind: 'recommendations', result: { ...parsed.result, recommendations: [] } }
      : parsed
  return {
    parsed: slim,
    changes: combined.changes,
    addendumWarnings: combined.warnings,
    ...(combined.error && addendum ? { addendumError: combined.error } : {}),
    mapped
  }
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  try {
    if (request.type === 'parse') {
      lastContext = request.context
      post({ type: 'progress', requestId: request.requestId, stage: 'parsing', fraction: 0.2 })
      const parsed =
        request.text !== undefined ? parseText(request.text, request.fileName) : await parseSource(request.bytes ?? new Uint8Array(), request.fileName)
      if (request.role === 'main') {
        if (parsed.kind === 'addendum') {
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
    post({ type: 'preview', requestId: request.requestId, payload: await preview(request.requestId) })
  } catch (error) {
    post({ type: 'failed', requestId: request.requestId, message: error instanceof Error ? error.message : String(error) })
  }
}
