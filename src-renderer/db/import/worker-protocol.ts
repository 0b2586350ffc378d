/**
 * Messages between the import UI and the import worker (parsing, classifying and storing run off the UI
 * thread), carried as budgeted jobs (db/workers): each request answers with progress, then its result.
 */
import type { ImportReport } from '../repositories/recommendations'
import type { CodedText } from '../../domain/coded-message'
import type { Position } from '../../domain/model'
import type { ParsedSource } from '../../import/parse-source'
import type { ImportWarning } from '../../import/types'
import type { ImportContext, UnknownStateName } from '../../import/to-records'

export type WorkerRequest =
  | { type: 'parse'; role: 'main' | 'addendum'; fileName: string; context: ImportContext; bytes?: Uint8Array; text?: string }
  | { type: 'map'; context: ImportContext }
  /**
   * Writes the records of the last preview in one transaction and holds it open, reporting the stage
   * `ready-to-commit`, until a `commit` request comes: ending the worker before then aborts the
   * transaction, so a cancelled import never stores anything.
   */
  | { type: 'store' }
  /** Lets the transaction of the running `store` commit. */
  | { type: 'commit' }

/** What each request answers. */
export interface WorkerResults {
  parse: PreviewPayload
  map: PreviewPayload
  store: ImportReport
  commit: null
}

export type ImportStage = 'reading' | 'parsing' | 'applying-addendum' | 'classifying' | 'storing' | 'ready-to-commit'

/** The progress of a request. */
export interface ImportProgress {
  stage: ImportStage
  fraction: number
}

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

/** Time budgets of the import's requests. */
export const IMPORT_TIME_LIMITS = {
  /** Reading, parsing and classifying one file (a 6,094-row export takes about 2 s). */
  parseMs: 60_000,
  /** Storing (100,000 records take about 25 s on a 2-core laptop). */
  storeMs: 300_000
} as const
