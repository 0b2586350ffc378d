/**
 * What every record of every table may hold, as zod schemas derived from domain/model.ts, so that an
 * archive (or anything else from outside) is checked record by record before a restore or a merge
 * writes it: a field of the wrong type would otherwise be stored and break a page on every start.
 *
 * Strict about what the app's code relies on: types, enums, ISO dates and instants, ISO3 codes, string
 * lengths and list sizes (generous: far beyond anything a delegate writes or a UN document holds), https
 * links, attachment names without control or bidirectional-override characters (a name shown as
 * "report.pdf" that is really "report\u202Efdp.exe"), and the emblem: a PNG, JPEG, GIF or BMP whose
 * bytes start with that format's signature, since its media type goes into a `data:` URL. Fields the
 * model does not know are kept (a newer copy of the app may add one without a new schema version).
 */
import { z } from 'zod'
import {
  IMPLEMENTATION_STATUSES,
  LANGUAGES,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  POSITIONS,
  REVIEW_STAGES,
  STAGE_STATUSES,
  STATEMENT_KINDS,
  STATEMENT_STATUSES
} from '../domain/model'
import { CURRENT_SCHEMA_VERSION, DERIVED_TABLES, STORE_VERSIONS } from '../domain/stores'

/** Longest id (as the archive's content reader allows). */
export const MAX_ID_LENGTH = 512
/** Longest one-line text: a name, a title, a UN symbol, a file name, an origin key. */
export const MAX_SHORT_TEXT = 10_000
/** Longest free text: a recommendation, notes, a description. */
export const MAX_LONG_TEXT = 1_000_000
/** Longest statement content (the editor's JSON). */
export const MAX_CONTENT_TEXT = 20_000_000
/** Most items in a list field (States, themes, documents, drafted recommendations). */
export const MAX_LIST_ITEMS = 10_000
/** Largest attachment (domain/review/validation.ts allows 25 MB) and emblem (export/kit/image.ts: 2 MB). */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
export const MAX_EMBLEM_BYTES = 2 * 1024 * 1024

/** The owner and id of the mission's emblem (db/repositories/emblem.ts). */
const MISSION_OWNER = 'mission'
const EMBLEM_ID = 'mission-emblem'

/** Why a field was refused, as a code the interface words (fileChecks.problems.<code>). */
export type FieldProblemCode = 'missing' | 'type' | 'too-long' | 'too-many' | 'out-of-range' | 'value' | 'date' | 'instant' | 'format' | 'link' | 'characters' | 'media-type' | 'size'

/** A record refused: where, and why. */
export interface RecordProblem {
  table: string
  id: string
  /** The field's path, e.g. `documents.0.attachmentName`; empty for the record as a whole. */
  field: string
  code: FieldProblemCode
  /** The limit, for `too-long`, `too-many`, `size`. */
  limit?: number
  /** An English detail for logs and tests. */
  detail: string
}

// Control characters, format characters (bidi overrides, embeddings and isolates, the byte-order mark),
// lone surrogates, line and paragraph separators; the zero-width (non-)joiners are kept: Persian and
// Indic names need them.
const UNSAFE_IN_NAMES = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u

/**
 * A file name as the app stores it: without the characters an archive refuses in names (so a backup
 * always restores), trimmed; "file" when nothing is left.
 */
export function storableName(name: string): string {
  const clean = name.replace(new RegExp(UNSAFE_IN_NAMES.source, 'gu'), '').trim().slice(0, 1_000)
  return clean === '' ? 'file' : clean
}

const custom = (code: FieldProblemCode) => ({ params: { code } })

const id = z.string().min(1).max(MAX_ID_LENGTH)
const short = z.string().max(MAX_SHORT_TEXT)
const long = z.string().max(MAX_LONG_TEXT)
const iso3 = z.string().regex(/^[A-Z]{3}$/)
const calendarDate = z.iso.date()
const instant = z.iso.datetime({ offset: true })
const count = (max: number) => z.number().int().min(0).max(max)
const list = <T extends z.ZodType>(item: T, max = MAX_LIST_ITEMS) => z.array(item).max(max)
const safeName = z.string().min(1).max(1_000).refine((name) => !UNSAFE_IN_NAMES.test(name), custom('characters'))
const httpsLink = z
  .string()
  .max(4_096)
  .refine((url) => {
    try {
      const parsed = new URL(url)
      return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === ''
    } catch {
      return false
    }
  }, custom('link'))
const mediaType = z.string().max(255).regex(/^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(\s*;\s*[\w!#$&^.+-]+=("[^"\p{Cc}]*"|[\w!#$&^.+-]+))*$/u)
const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { params: { code: 'type' } })
const jsonLeaf = z.union([short, z.number(), z.boolean(), z.null()])

const stamps = { id, createdAt: instant, updatedAt: instant }

const stageRecord = z.looseObject({
  planned: calendarDate.nullable(),
  actual: calendarDate.nullable(),
  status: z.enum(STAGE_STATUSES),
  notes: long
})

const reviewDocument = z.looseObject({
  id,
  stage: z.enum(REVIEW_STAGES).nullable(),
  symbol: short,
  title: short,
  url: httpsLink.nullable(),
  attachmentId: id.nullable(),
  attachmentName: safeName.nullable()
})

const draftRecommendation = z.looseObject({ id, text: long, followsUpId: id.nullable() })

const missionProfile = z.looseObject({
  ...stamps,
  stateIso3: iso3,
  missionName: short,
  city: short,
  language: z.enum(LANGUAGES),
  speakingRateWpm: z.number().positive().max(1_000)
})

const review = z.looseObject({
  ...stamps,
  stateIso3: iso3,
  cycle: count(100),
  session: count(10_000),
  stages: z.partialRecord(z.enum(REVIEW_STAGES), stageRecord),
  documents: list(reviewDocument),
  troika: list(iso3, 10),
  headOfDelegation: short,
  notes: long
})

const recommendation = z.looseObject({
  ...stamps,
  reviewId: id.nullable(),
  stateUnderReview: iso3,
  session: count(10_000).nullable(),
  cycle: count(100).nullable(),
  number: short.nullable(),
  text: long,
  recommendingStates: list(iso3, 1_000),
  recommendingStatesRaw: list(short, 1_000),
  position: z.enum(POSITIONS),
  positionSource: short,
  actionCategory: z.literal([1, 2, 3, 4, 5]).nullable(),
  actionCategorySource: z.enum(['suggested', 'imported', 'user']),
  themes: list(short),
  affectedPersons: list(short),
  sdgTargets: list(short),
  implementationStatus: z.enum(IMPLEMENTATION_STATUSES),
  responsibleInstitutions: list(short),
  notes: long,
  evidence: long,
  lastReviewedOn: calendarDate.nullable(),
  madeByUs: z.boolean(),
  origin: z.looseObject({
    kind: z.enum(['wg-report', 'addendum', 'upr-info', 'uhri', 'ohchr-matrix', 'statement', 'manual']),
    source: short,
    importedAt: instant,
    key: short
  }),
  searchText: long.optional()
})

const recoveryMeasure = z.looseObject({
  ...stamps,
  title: short,
  description: long,
  type: z.enum(MEASURE_TYPES),
  adoptedOn: calendarDate.nullable(),
  inForceFrom: calendarDate.nullable(),
  endedOn: calendarDate.nullable(),
  status: z.enum(MEASURE_STATUSES),
  responsibleBody: short,
  legalInstrument: short,
  budget: z.looseObject({ amount: z.number().min(0).max(1e18), currency: iso3 }).nullable(),
  rights: list(short),
  groups: list(short),
  sdgTargets: list(short),
  results: long,
  indicators: long,
  lessonsLearned: long,
  goodPractice: z.boolean()
})

const link = z.looseObject({ ...stamps, recommendationId: id, measureId: id, note: long })

const statementFields = z.record(short, long).refine((fields) => Object.keys(fields).length <= 1_000, custom('too-many'))

const statement = z.looseObject({
  ...stamps,
  kind: z.enum(STATEMENT_KINDS),
  title: short,
  language: z.enum(LANGUAGES),
  stateUnderReview: iso3.nullable(),
  session: count(10_000).nullable(),
  reviewId: id.nullable(),
  status: z.enum(STATEMENT_STATUSES),
  content: z.string().max(MAX_CONTENT_TEXT),
  fields: statementFields,
  recommendations: list(draftRecommendation).optional(),
  deliveredOn: calendarDate.nullable().optional(),
  version: count(1_000_000_000)
})

const statementVersion = z.looseObject({
  ...stamps,
  statementId: id,
  version: count(1_000_000_000),
  title: short,
  content: z.string().max(MAX_CONTENT_TEXT),
  fields: statementFields,
  recommendations: list(draftRecommendation).optional(),
  reason: z.enum(['created', 'saved', 'autosave', 'left', 'restored', 'delivered', 'duplicated']).optional(),
  restoredFrom: count(1_000_000_000).nullable().optional()
})

const task = z.looseObject({
  ...stamps,
  reviewId: id.nullable(),
  stage: z.enum(REVIEW_STAGES).nullable(),
  title: short,
  owner: short,
  dueOn: calendarDate.nullable(),
  done: z.boolean()
})

const referenceCorrection = z.looseObject({
  ...stamps,
  kind: z.literal('session'),
  key: short,
  value: z.record(short, z.union([jsonLeaf, list(jsonLeaf, 1_000)])).refine((value) => Object.keys(value).length <= 100, custom('too-many'))
})

const savedView = z.looseObject({
  ...stamps,
  name: short,
  filter: z.record(short, short).refine((filter) => Object.keys(filter).length <= 100, custom('too-many')),
  sort: short,
  group: short
})

const participation = z.looseObject({
  ...stamps,
  session: count(10_000),
  stateIso3: iso3,
  willSpeak: z.boolean().nullable(),
  inscribed: z.boolean(),
  inscribedSpeakers: count(10_000).nullable(),
  statementId: id.nullable(),
  notes: long
})

/** The image formats an emblem may have, with the signature its bytes start with. */
export const EMBLEM_FORMATS: Readonly<Record<string, readonly number[]>> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/gif': [0x47, 0x49, 0x46, 0x38],
  // Settings accepts BMP emblems too (export/kit/image.ts), so backups hold them.
  'image/bmp': [0x42, 0x4d]
}

/** True when the attachment is (or would be taken for) the mission's emblem (db/repositories/emblem.ts). */
function isEmblem(attachment: { id: string; ownerId: string; mediaType: string }): boolean {
  return attachment.id === EMBLEM_ID || (attachment.ownerId === MISSION_OWNER && attachment.mediaType.toLowerCase().startsWith('image/'))
}

const attachment = z
  .looseObject({
    ...stamps,
    ownerId: id,
    name: safeName,
    mediaType,
    size: count(MAX_ATTACHMENT_BYTES),
    bytes
  })
  .superRefine((a, ctx) => {
    if (a.bytes.byteLength > MAX_ATTACHMENT_BYTES) ctx.addIssue({ code: 'custom', path: ['bytes'], params: { code: 'size', limit: MAX_ATTACHMENT_BYTES } })
    else if (a.size !== a.bytes.byteLength) ctx.addIssue({ code: 'custom', path: ['size'], params: { code: 'size' }, message: `size ${a.size}, but ${a.bytes.byteLength} bytes` })
    if (!isEmblem(a)) return
    const signature = EMBLEM_FORMATS[a.mediaType]
    if (!signature) ctx.addIssue({ code: 'custom', path: ['mediaType'], params: { code: 'media-type' }, message: `an emblem of type ${a.mediaType.slice(0, 60)}` })
    else if (!signature.every((b, i) => a.bytes[i] === b)) ctx.addIssue({ code: 'custom', path: ['bytes'], params: { code: 'media-type' }, message: `the bytes are not ${a.mediaType}` })
    else if (a.bytes.byteLength > MAX_EMBLEM_BYTES) ctx.addIssue({ code: 'custom', path: ['bytes'], params: { code: 'size', limit: MAX_EMBLEM_BYTES } })
  })

const appMeta = z.looseObject({ id, value: z.union([short, z.number(), z.boolean(), z.null()]), updatedAt: instant })

const syncBase = z.looseObject({ id: z.string().min(1).max(2 * MAX_ID_LENGTH), hash: z.string().regex(/^[0-9a-z]{1,128}$/), updatedAt: instant })

/** The schema of each table's records (every table of the current schema but the derived ones). */
export const RECORD_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  missionProfile,
  reviews: review,
  recommendations: recommendation,
  recoveryMeasures: recoveryMeasure,
  recommendationMeasureLinks: link,
  statements: statement,
  statementVersions: statementVersion,
  tasks: task,
  referenceCorrections: referenceCorrection,
  savedViews: savedView,
  participations: participation,
  attachments: attachment,
  appMeta,
  syncBases: syncBase
}

/** The tables that need a schema: every table of the current version, the derived ones aside. */
export function tablesNeedingSchemas(): string[] {
  const current = STORE_VERSIONS.find((v) => v.version === CURRENT_SCHEMA_VERSION)
  return Object.keys(current?.stores ?? {}).filter((name) => !(DERIVED_TABLES as readonly string[]).includes(name))
}

/** The problem code of a zod issue. */
function codeOf(issue: z.core.$ZodIssue, record: unknown): { code: FieldProblemCode; limit?: number } {
  switch (issue.code) {
    case 'invalid_type': {
      let value: unknown = record
      for (const key of issue.path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined
      return { code: value === undefined ? 'missing' : 'type' }
    }
    case 'too_big':
      return issue.origin === 'string' ? { code: 'too-long', limit: Number(issue.maximum) } : issue.origin === 'array' ? { code: 'too-many', limit: Number(issue.maximum) } : { code: 'out-of-range' }
    case 'too_small':
      return issue.origin === 'string' ? { code: 'missing' } : { code: 'out-of-range' }
    case 'invalid_value':
    case 'invalid_key':
      return { code: 'value' }
    case 'invalid_format':
      return { code: issue.format === 'date' ? 'date' : issue.format === 'datetime' ? 'instant' : 'format' }
    case 'not_multiple_of':
      return { code: 'out-of-range' }
    case 'custom': {
      const params = (issue.params ?? {}) as { code?: FieldProblemCode; limit?: number }
      return { code: params.code ?? 'value', ...(params.limit !== undefined ? { limit: params.limit } : {}) }
    }
    default:
      return { code: 'type' }
  }
}

/** Checks one record of a table; the first problem found, or null when it is fine (or the table has no schema). */
export function checkRecord(table: string, record: unknown): RecordProblem | null {
  const schema = RECORD_SCHEMAS[table]
  if (!schema) return null
  const checked = schema.safeParse(record)
  if (checked.success) return null
  const issue = checked.error.issues[0]!
  const rawId = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)['id'] : undefined
  const found = codeOf(issue, record)
  return {
    table,
    id: typeof rawId === 'string' ? rawId.slice(0, 80) : '?',
    field: issue.path.map(String).join('.'),
    ...found,
    detail: `${table} ${typeof rawId === 'string' ? rawId.slice(0, 80) : '?'}: ${issue.path.map(String).join('.') || 'record'}: ${issue.message}`
  }
}

/** Thrown when a record may not be written; nothing was. */
export class InvalidRecordError extends Error {
  constructor(readonly problem: RecordProblem) {
    super(`A record is not valid: ${problem.detail}`)
    this.name = 'InvalidRecordError'
  }
}

/** Checks every record of the tables, giving the event loop a turn every `slice` records; throws InvalidRecordError at the first problem. */
export async function checkTables(tables: Readonly<Record<string, readonly unknown[]>>, slice = 2_000): Promise<void> {
  let since = 0
  for (const [table, records] of Object.entries(tables)) {
    for (const record of records) {
      const problem = checkRecord(table, record)
      if (problem) throw new InvalidRecordError(problem)
      if (++since >= slice) {
        since = 0
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
    }
  }
}

// Contents and plans whose every record was checked (by openArchive, in a worker for large archives),
// so that the repository does not check 100,000 records a second time on the page's thread.
const CHECKED = new WeakSet<object>()

/** Notes that every record of `value` (archive content, a merge plan) was checked. */
export function markChecked<T extends object>(value: T): T {
  CHECKED.add(value)
  return value
}

/** True when `value` was marked by markChecked. */
export function isChecked(value: object): boolean {
  return CHECKED.has(value)
}
