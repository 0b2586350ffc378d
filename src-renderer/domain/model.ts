/**
 * The records UPR Desk keeps, in the delegates' words. Pure types: no Dexie, React or docx here.
 *
 * Conventions: ids are stable strings (see `newId`), timestamps are ISO 8601 instants, and calendar
 * dates are `YYYY-MM-DD` strings (a date, never an instant, so no time-zone drift).
 */

/** ISO 3166-1 alpha-3 code of a State, e.g. "SVN". */
export type Iso3 = string
/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string
/** An instant, ISO 8601 with time zone, e.g. `2026-11-27T10:00:00.000Z`. */
export type Timestamp = string

export type LanguageCode = 'en' | 'fr' | 'es'
export const LANGUAGES: readonly LanguageCode[] = ['en', 'fr', 'es']

/** Fields every stored record carries. */
export interface StoredRecord {
  id: string
  createdAt: Timestamp
  updatedAt: Timestamp
}

/** The mission this copy of the app belongs to: one record, id `mission`. */
export interface MissionProfile extends StoredRecord {
  stateIso3: Iso3
  missionName: string
  city: string
  language: LanguageCode
  /** Delivered speech, words per minute (interpretation-friendly default 125). */
  speakingRateWpm: number
}

export const MISSION_PROFILE_ID = 'mission'
export const DEFAULT_SPEAKING_RATE_WPM = 125

/** The stages of one review, in order (DOMAIN.md, "The stages of one review"). */
export const REVIEW_STAGES = [
  'nationalReportDue',
  'documentsPublished',
  'preSessions',
  'advanceQuestions',
  'speakersListOpens',
  'interactiveDialogue',
  'reportAdoption',
  'positions',
  'plenaryAdoption',
  'midTermReport',
  'nextReview'
] as const
export type ReviewStage = (typeof REVIEW_STAGES)[number]

export type StageStatus = 'not-started' | 'in-progress' | 'done'

export const STAGE_STATUSES: readonly StageStatus[] = ['not-started', 'in-progress', 'done']

export interface StageRecord {
  /** The delegate's correction of the planned date; null keeps the date computed from the session. */
  planned: CalendarDate | null
  /** What actually happened, when it differs or is known. */
  actual: CalendarDate | null
  status: StageStatus
  notes: string
}

/** A document of a review stage: a UN symbol and title, with a link or a locally attached file. */
export interface ReviewDocument {
  id: string
  /** The stage it belongs to; null for the review as a whole. */
  stage: ReviewStage | null
  symbol: string
  title: string
  /** A link (https only). */
  url: string | null
  /** The attached file kept in the `attachments` table (owner: the review), and its name for display. */
  attachmentId: string | null
  attachmentName: string | null
}

/**
 * One Universal Periodic Review of one State in one session. Stored once the delegate records something
 * about it; until then the review page shows the dates computed from the calendar. A stage without a
 * record is not started, with its computed date.
 */
export interface Review extends StoredRecord {
  stateIso3: Iso3
  cycle: number
  session: number
  stages: Partial<Record<ReviewStage, StageRecord>>
  documents: ReviewDocument[]
  /** The three Council members drawn as troika (ISO3). */
  troika: Iso3[]
  headOfDelegation: string
  notes: string
}

export const POSITIONS = ['supported', 'noted', 'supported-in-part', 'pending'] as const
export type Position = (typeof POSITIONS)[number]

/** UPR Info action category (McMahon scale): 1 minimal ... 5 specific action. */
export type ActionCategory = 1 | 2 | 3 | 4 | 5

export const IMPLEMENTATION_STATUSES = [
  'not-started',
  'in-progress',
  'partially-implemented',
  'fully-implemented'
] as const
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number]

/** Where a recommendation came from, so that a re-import matches instead of duplicating. */
export interface ImportOrigin {
  kind: 'wg-report' | 'addendum' | 'upr-info' | 'uhri' | 'ohchr-matrix' | 'statement' | 'manual'
  /** File name or document symbol of the source. */
  source: string
  importedAt: Timestamp
  /** Stable key of the record inside its source (e.g. "A/HRC/43/15#122.7#1"). */
  key: string
}

/** Who decided a classification: the app's rules, the imported source, or a person. */
export type ClassificationSource = 'suggested' | 'imported' | 'user'

/** One recommendation made in a UPR review. */
export interface Recommendation extends StoredRecord {
  reviewId: string | null
  /** State under review (ISO3). */
  stateUnderReview: Iso3
  session: number | null
  cycle: number | null
  /** Paragraph number as printed, e.g. "122.7"; null where the source has none (UPR Info rows). */
  number: string | null
  text: string
  /** Recommending States (ISO3); unknown names are kept in `recommendingStatesRaw` only. */
  recommendingStates: Iso3[]
  /** The names as the source printed them. */
  recommendingStatesRaw: string[]
  position: Position
  /** Where the position was read, e.g. "A/HRC/43/15/Add.1". */
  positionSource: string
  actionCategory: ActionCategory | null
  actionCategorySource: ClassificationSource
  themes: string[]
  affectedPersons: string[]
  sdgTargets: string[]
  implementationStatus: ImplementationStatus
  responsibleInstitutions: string[]
  notes: string
  evidence: string
  lastReviewedOn: CalendarDate | null
  /** Made by our own State to another (the mission's role as recommending State). */
  madeByUs: boolean
  origin: ImportOrigin
  /** Derived, kept in step by the repository: the stems of number, text and States, for search. */
  searchText?: string
}

export const MEASURE_TYPES = ['law', 'policy', 'budget', 'programme', 'institution', 'campaign'] as const
export type MeasureType = (typeof MEASURE_TYPES)[number]

export const MEASURE_STATUSES = ['planned', 'in-force', 'ended', 'withdrawn'] as const
export type MeasureStatus = (typeof MEASURE_STATUSES)[number]

export interface Money {
  amount: number
  /** ISO 4217, e.g. "EUR". */
  currency: string
}

/** A COVID-19 recovery measure taken by our State. */
export interface RecoveryMeasure extends StoredRecord {
  title: string
  description: string
  type: MeasureType
  adoptedOn: CalendarDate | null
  inForceFrom: CalendarDate | null
  endedOn: CalendarDate | null
  status: MeasureStatus
  responsibleBody: string
  legalInstrument: string
  budget: Money | null
  rights: string[]
  groups: string[]
  sdgTargets: string[]
  results: string
  indicators: string
  lessonsLearned: string
  goodPractice: boolean
}

/** A recommendation answered (wholly or in part) by a recovery measure. Many-to-many. */
export interface RecommendationMeasureLink extends StoredRecord {
  recommendationId: string
  measureId: string
  note: string
}

export const STATEMENT_KINDS = [
  'recommending-state',
  'opening',
  'concluding-remarks',
  'plenary-adoption',
  'position-paper',
  'mid-term-report',
  'thematic-list'
] as const
export type StatementKind = (typeof STATEMENT_KINDS)[number]

export const STATEMENT_STATUSES = ['draft', 'final', 'delivered'] as const
export type StatementStatus = (typeof STATEMENT_STATUSES)[number]

/** A recommendation drafted in a recommending-State statement (numbered 1, 2 … in the document). */
export interface DraftRecommendation {
  /** Stable inside the statement, so the editor can keep track of it while the text changes. */
  id: string
  text: string
  /** The earlier recommendation (register id) it follows up, when added from "previously recommended". */
  followsUpId: string | null
}

/** A draft a delegate writes: statement, position paper, report. */
export interface Statement extends StoredRecord {
  kind: StatementKind
  title: string
  language: LanguageCode
  stateUnderReview: Iso3 | null
  session: number | null
  reviewId: string | null
  status: StatementStatus
  /** Rich-text content, serialised by the editor (TipTap JSON). */
  content: string
  /** Structured parts of the template (meeting, agenda item, speaker, date, closing …), see domain/statements/fields.ts. */
  fields: Record<string, string>
  /** The recommendations of a recommending-State statement, in order. Records from before this field have none. */
  recommendations?: DraftRecommendation[]
  /** The day it was delivered (status 'delivered'). */
  deliveredOn?: CalendarDate | null
  version: number
}

/** Why a version of a statement was recorded. */
export type StatementVersionReason = 'created' | 'saved' | 'autosave' | 'left' | 'restored' | 'delivered' | 'duplicated'

/** A saved version of a statement, for history and restore. */
export interface StatementVersion extends StoredRecord {
  statementId: string
  version: number
  title: string
  content: string
  fields: Record<string, string>
  recommendations?: DraftRecommendation[]
  reason?: StatementVersionReason
  /** For a restore: the version it brought back. */
  restoredFrom?: number | null
}

/** A to-do in the review cycle. */
export interface Task extends StoredRecord {
  reviewId: string | null
  stage: ReviewStage | null
  title: string
  owner: string
  dueOn: CalendarDate | null
  done: boolean
}

/** A user's correction to shipped reference data (session dates, States under review ...). */
export interface ReferenceCorrection extends StoredRecord {
  kind: 'session'
  /** What is corrected, e.g. the session number as a string. */
  key: string
  /** The corrected fields, as JSON-compatible data. */
  value: Record<string, unknown>
}

/** A named register view: the filter, sort and grouping a delegate saved to come back to. */
export interface SavedView extends StoredRecord {
  name: string
  filter: Record<string, string>
  sort: string
  group: string
}

/** Our State's part in another State's review (the mission as recommending State). One per session and SuR. */
export interface Participation extends StoredRecord {
  session: number
  /** The State under review (ISO3). */
  stateIso3: Iso3
  /** Will we take the floor: yes, no, or not decided (null). */
  willSpeak: boolean | null
  /** Our inscription on the speakers' list is done. */
  inscribed: boolean
  /** How many States are inscribed (feeds the speaking-time slot); null when not known. */
  inscribedSpeakers: number | null
  /** Our statement draft for this review, if any. */
  statementId: string | null
  notes: string
}

/** A file kept inside the database (the mission's emblem, a document attached to a review stage). */
export interface Attachment extends StoredRecord {
  /** What the file belongs to: `mission` for the emblem, a review id, a measure id ... */
  ownerId: string
  name: string
  /** IANA media type, e.g. `image/png`, `application/pdf`. */
  mediaType: string
  size: number
  bytes: Uint8Array
}

/** A small fact about this copy of the app (change counter, last backup ...), keyed by name. */
export interface AppMetaEntry {
  id: string
  value: string | number | boolean | null
  updatedAt: Timestamp
}

/** The hash of a record as it was when last exchanged through an archive: the merge's common ancestor. */
export interface SyncBase {
  /** `<table>:<record id>`. */
  id: string
  hash: string
  updatedAt: Timestamp
}
