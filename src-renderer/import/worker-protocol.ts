/** Messages between the import UI and the import worker (parsing runs off the UI thread). */
import type { MappedImport, ImportContext } from './to-records'
import type { ParsedSource } from './parse-source'
import type { ImportWarning } from './types'

export type WorkerRequest =
  | { type: 'parse'; requestId: number; role: 'main' | 'addendum'; fileName: string; context: ImportContext; bytes?: Uint8Array; text?: string }
  | { type: 'map'; requestId: number; context: ImportContext }

export type ImportStage = 'reading' | 'parsing' | 'applying-addendum' | 'classifying'

export interface PreviewPayload {
  parsed: ParsedSource
  /** Positions changed by the addendum, if one was applied. */
  changes: { number: string; from: string; to: string }[]
  addendumWarnings: ImportWarning[]
  addendumError?: string
  mapped: MappedImport | null
}

export type WorkerResponse =
  | { type: 'progress'; requestId: number; stage: ImportStage; fraction: number }
  | { type: 'preview'; requestId: number; payload: PreviewPayload }
  | { type: 'failed'; requestId: number; message: string }
