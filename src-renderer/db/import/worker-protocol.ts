/** Messages between the import UI and the import worker (parsing, classifying and storing run off the UI thread). */
import type { ImportReport } from '../repositories/recommendations'
import type { CodedText } from '../../domain/coded-message'
import type { Position } from '../../domain/model'
import type { ParsedSource } from '../../import/parse-source'
import type { ImportWarning } from '../../import/types'
import type { ImportContext, UnknownStateName } from '../../import/to-records'

export type WorkerRequest =
  | { type: 'parse'; requestId: number; role: 'main' | 'addendum'; fileName: string; context: ImportContext; bytes?: Uint8Array; text?: string }
  | { type: 'map'; requestId: number; context: ImportContext }
  /** Stores the records of the last preview, in one transaction. */
  | { type: 'store'; requestId: number }

export type ImportStage = 'reading' | 'parsing' | 'applying-addendum' | 'classifying' | 'storing'

/** One record as the preview lists it (the full records stay in the worker until they are stored). */
export interface PreviewRow {
  number: string | null
  text: string
  /** Recommending States as printed, with whether each was recognised. */
  states: { name: string; known: boolean }[]
  position: Position
}

/** What the mapping found, for the preview. */
export interface PreviewMapped {
  rows: PreviewRow[]
  counts: Record<Position, number>
  unknownStates: UnknownStateName[]
  warnings: ImportWarning[]
}

export interface PreviewPayload {
  parsed: ParsedSource
  /** Positions changed by the addendum, if one was applied. */
  changes: { number: string; from: string; to: string }[]
  addendumWarnings: ImportWarning[]
  /** Why the addendum could not be applied, as a code with its values (and English words). */
  addendumError?: CodedText
  mapped: PreviewMapped | null
}

export type WorkerResponse =
  | { type: 'progress'; requestId: number; stage: ImportStage; fraction: number }
  | { type: 'preview'; requestId: number; payload: PreviewPayload }
  | { type: 'stored'; requestId: number; report: ImportReport }
  | { type: 'failed'; requestId: number; message: string }
