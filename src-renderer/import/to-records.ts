/**
 * Turns what a parser read into recommendation records: State names mapped to UN States, the review
 * attached, "made by us" set, and the action category, themes, affected persons and SDG targets taken
 * from the source or suggested. Pure: no storage here.
 */
import { suggestActionCategory } from '../domain/action-category'
import { cycleOfSessionOrNull } from '../domain/calendar'
import { suggestThemes } from '../domain/classify-text'
import type { ImportOrigin, Iso3, Recommendation } from '../domain/model'
import type { NewRecord } from '../domain/stamp'
import { hashString } from '../domain/text-hash'
import { importWarning } from './messages'
import type { ImportWarning, ParsedRecommendation, ParseResult } from './types'
import { findState } from '../domain/states'

/** What the person confirmed in the preview, and when. */
export interface ImportContext {
  /** Our own State (mission profile), to flag "made by us". */
  ourStateIso3: Iso3
  importedAt: string
  /** The review, as detected or corrected in the preview (single-review sources). */
  stateUnderReviewIso3?: Iso3 | null
  session?: number | null
}

/** A State name the importer could not map, with how often it appeared. */
export interface UnknownStateName {
  name: string
  count: number
}

export interface MappedImport {
  records: NewRecord<Recommendation>[]
  unknownStates: UnknownStateName[]
  warnings: ImportWarning[]
}

/** Maps a parse result to new recommendation records, ready to be stored in one transaction. */
export function toRecommendationRecords(parsed: ParseResult, context: ImportContext): MappedImport {
  const warnings: ImportWarning[] = []
  const unknown = new Map<string, number>()
  const occurrences = new Map<string, number>()
  const defaultSuR = context.stateUnderReviewIso3 ?? mapState(parsed.source.stateUnderReviewName)
  const defaultSession = context.session ?? parsed.source.session
  const records: NewRecord<Recommendation>[] = []

  for (const item of parsed.recommendations) {
    // A correction made in the preview wins over what the document says.
    const sur = context.stateUnderReviewIso3 ?? (item.stateUnderReviewName ? mapState(item.stateUnderReviewName) ?? null : defaultSuR ?? null)
    if (!sur) {
      const name = item.stateUnderReviewName ?? parsed.source.stateUnderReviewName ?? '?'
      warnings.push(importWarning('records.unknownSuR', { name }, `State under review not recognised: "${name}"`, item.at))
      continue
    }
    const session = context.session ?? item.session ?? defaultSession ?? null
    const recommendingStates: Iso3[] = []
    for (const raw of item.recommendingStatesRaw) {
      const iso3 = mapState(raw)
      if (iso3) {
        if (!recommendingStates.includes(iso3)) recommendingStates.push(iso3)
      } else {
        unknown.set(raw, (unknown.get(raw) ?? 0) + 1)
      }
    }
    const baseKey = originKey(sur, session, item)
    const n = (occurrences.get(baseKey) ?? 0) + 1
    occurrences.set(baseKey, n)
    records.push(toRecord(item, parsed, context, sur, session, recommendingStates, `${baseKey}#${n}`))
  }

  for (const [name, count] of unknown) {
    warnings.push(importWarning('records.unknownState', { name, count }, `Recommending State not recognised: "${name}" (${count}×); the name is kept as printed.`))
  }
  return {
    records,
    unknownStates: [...unknown].map(([name, count]) => ({ name, count })),
    warnings
  }
}

function toRecord(
  item: ParsedRecommendation,
  parsed: ParseResult,
  context: ImportContext,
  sur: Iso3,
  session: number | null,
  recommendingStates: Iso3[],
  key: string
): NewRecord<Recommendation> {
  const suggestedCategory = item.sourceActionCategory ? null : suggestActionCategory(item.text)
  // Only what the source does not carry itself is worked out (UPR Info exports have their themes).
  const suggestedTags = suggestThemes(item.text, {
    themes: !item.sourceThemes?.length,
    affectedPersons: !item.sourceAffectedPersons?.length,
    sdgTargets: !item.sourceSdgTargets?.length,
    evidence: false
  })
  const origin: ImportOrigin = {
    kind: parsed.source.kind,
    source: parsed.source.symbol ?? parsed.source.fileName,
    importedAt: context.importedAt,
    key
  }
  return {
    id: importedRecommendationId(key),
    reviewId: null,
    stateUnderReview: sur,
    session,
    cycle: session === null ? null : cycleOfSessionOrNull(session),
    number: item.number,
    text: item.text,
    recommendingStates,
    recommendingStatesRaw: item.recommendingStatesRaw,
    position: item.position,
    positionSource: item.positionSource ?? parsed.source.symbol ?? parsed.source.fileName,
    actionCategory: item.sourceActionCategory ?? suggestedCategory?.category ?? null,
    actionCategorySource: item.sourceActionCategory ? 'imported' : 'suggested',
    themes: item.sourceThemes?.length ? item.sourceThemes : suggestedTags.themes,
    affectedPersons: item.sourceAffectedPersons?.length ? item.sourceAffectedPersons : suggestedTags.affectedPersons,
    sdgTargets: item.sourceSdgTargets?.length ? item.sourceSdgTargets : suggestedTags.sdgTargets,
    implementationStatus: 'not-started',
    responsibleInstitutions: [],
    // The source's own remark ("considers it already implemented"); a re-import never overwrites notes.
    notes: item.note ?? '',
    evidence: '',
    lastReviewedOn: null,
    madeByUs: recommendingStates.includes(context.ourStateIso3),
    origin
  }
}

/**
 * The id of a recommendation imported from a document: a function of its origin key, so that two
 * colleagues who import the same report get the same records (and their laptops' sync converges instead
 * of duplicating). Records stored before this keep their ids; a re-import matches them by origin key.
 */
export function importedRecommendationId(originKey: string): string {
  // Two 64-bit hashes of the key (forwards and with a salt): ample against collisions in any register.
  return `rec_k${hashString(originKey)}${hashString(`upr-desk\n${originKey}`)}`
}

/**
 * The key that identifies a recommendation across sources and re-imports: the review and the printed
 * number, or, for sources without numbers (UPR Info rows), the recommending State and the text.
 */
export function originKey(sur: Iso3, session: number | null, item: ParsedRecommendation): string {
  const review = `upr:${sur}:${session ?? '?'}`
  if (item.number) return `${review}:${item.number}`
  const states = item.recommendingStatesRaw.map((s) => mapState(s) ?? s).join('+')
  return `${review}:rs=${states}:t=${hashText(item.text)}`
}

function mapState(name: string | null | undefined): Iso3 | undefined {
  // French and Spanish reports name States in their language.
  return name ? findState(name)?.iso3 : undefined
}

/** A short, stable hash of a text (FNV-1a over its folded words), for keys. */
export function hashText(text: string): string {
  const folded = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()
  let h = 0x811c9dc5
  for (let i = 0; i < folded.length; i++) {
    h ^= folded.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(36)
}
