/**
 * What every importer returns: plain data for a preview, never a write. Parsers never throw on bad
 * input; they say what they could not read, and where.
 */
import type { CodedText } from '../domain/coded-message'
import type { ActionCategory, Position } from '../domain/model'
import type { ReadProblem } from './formats/problems'

export type SourceKind = 'wg-report' | 'addendum' | 'upr-info' | 'uhri' | 'ohchr-matrix'

/** Where in the source a warning points. */
export interface SourceLocation {
  /** 1-based line number in the text (report, addendum, CSV). */
  line?: number
  /** 1-based row number in a sheet or table, counting the header row. */
  row?: number
  column?: string
  sheet?: string
}

/**
 * A warning or error: a code with its values (translated by the page, see `messages.ts`), the English
 * sentence for logs and `npm run parse`, and where in the source it points.
 */
export interface ImportWarning extends CodedText {
  at?: SourceLocation
  /** When the reading layer refused the file: why, as a code with its values (the message says it in words). */
  problem?: ReadProblem
}

/** Facts about the document itself, as detected (the user can correct them in the preview). */
export interface SourceInfo {
  kind: SourceKind
  fileName: string
  /** UN document symbol, e.g. "A/HRC/43/15" or "A/HRC/43/15/Add.1". */
  symbol: string | null
  /** State under review as printed (name), when the document names one. */
  stateUnderReviewName: string | null
  session: number | null
  cycle: number | null
  /** Totals the document states about itself, to check against (addendum paragraph 2). */
  statedTotals?: { supported?: number; noted?: number; total?: number }
}

/** One recommendation as read from a source, before it is mapped to stored records. */
export interface ParsedRecommendation {
  /** Paragraph number as printed ("122.7"), or null where the source has none. */
  number: string | null
  text: string
  /** Names as printed in the source, e.g. ["Bolivarian Republic of Venezuela"]. */
  recommendingStatesRaw: string[]
  position: Position
  /** State under review as printed, for multi-State sources (UPR Info, UHRI). */
  stateUnderReviewName?: string | null
  session?: number | null
  /** Categories or tags the source itself carries (UPR Info "Action", UHRI themes ...). */
  sourceActionCategory?: ActionCategory | null
  sourceThemes?: string[]
  sourceAffectedPersons?: string[]
  sourceSdgTargets?: string[]
  /** Where the position came from, e.g. "A/HRC/43/15 para. 122" or "UPR Info Response". */
  positionSource?: string
  /**
   * What the source says of this recommendation beside its position, in words a delegate can keep, e.g.
   * "The State under review considers this recommendation already implemented (A/HRC/22/6 para. 124)."
   * Stored in the recommendation's notes.
   */
  note?: string
  /** Where the record starts in the source. */
  at?: SourceLocation
}

export interface ParseResult {
  source: SourceInfo
  recommendations: ParsedRecommendation[]
  warnings: ImportWarning[]
}

/** Positions an addendum sets, by recommendation number. */
export interface AddendumResult {
  source: SourceInfo
  positions: { number: string; position: Position }[]
  warnings: ImportWarning[]
}
