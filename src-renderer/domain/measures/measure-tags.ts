/**
 * The three taxonomies a recovery measure is tagged with (rights, groups of persons, SDG targets), with
 * lookups that accept what people write in a spreadsheet: the id, the label, or a known variant.
 */
import { AFFECTED_PERSONS } from '../../../resources/reference/affected-persons'
import { RIGHTS } from '../../../resources/reference/rights'
import { SDG_TARGETS } from '../../../resources/reference/sdgs'
import type { LanguageCode } from '../model'
import { labelOf, labelsInAllLanguages, type LabelKind } from '../names'

export type MeasureTagKind = 'rights' | 'groups' | 'sdgTargets'

/** One tag as offered in pickers: the stored id and the label people read. */
export interface MeasureTag {
  id: string
  label: string
}

const KIND: Record<MeasureTagKind, LabelKind> = { rights: 'right', groups: 'affectedPersons', sdgTargets: 'sdgTarget' }
const IDS: Record<MeasureTagKind, readonly string[]> = {
  rights: RIGHTS.map((r) => r.id),
  groups: AFFECTED_PERSONS.map((p) => p.id),
  sdgTargets: SDG_TARGETS.map((t) => t.id)
}

function labelIn(kind: MeasureTagKind, id: string, language: LanguageCode): string {
  return kind === 'sdgTargets' ? `${id} ${labelOf('sdgTarget', id, language)}` : labelOf(KIND[kind], id, language)
}

const TAGS = new Map<string, readonly MeasureTag[]>()

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_]+/g, ' ').trim()

const LOOKUP: Record<MeasureTagKind, Map<string, string>> = {
  // A spreadsheet may be written in any of the three languages: "Right to health", "Droit à la santé", "Derecho a la salud".
  rights: new Map(
    RIGHTS.flatMap((r) => [
      [fold(r.id), r.id],
      ...labelsInAllLanguages('right', r.id).flatMap((label) => [[fold(label), r.id], [fold(label.replace(/^(right to (an? |the )?|droit (à la |à l’|à l'|au |aux |à un |à une |à |de )|derecho (a la |al |a un |a una |a ))/i, '')), r.id]])
    ] as [string, string][])
  ),
  groups: new Map(AFFECTED_PERSONS.flatMap((p) => [p.id, ...labelsInAllLanguages('affectedPersons', p.id), ...(p.aliases ?? [])].map((name) => [fold(name), p.id] as [string, string]))),
  sdgTargets: new Map(SDG_TARGETS.flatMap((t) => [[fold(t.id), t.id], ...labelsInAllLanguages('sdgTarget', t.id).map((title) => [fold(`${t.id} ${title}`), t.id])] as [string, string][]))
}

/** The tags of one taxonomy in a language, in reference order (rights: economic, social and cultural first). */
export function measureTags(kind: MeasureTagKind, language: LanguageCode = 'en'): readonly MeasureTag[] {
  const key = `${kind}:${language}`
  const cached = TAGS.get(key)
  if (cached) return cached
  const tags = IDS[kind].map((id) => ({ id, label: labelIn(kind, id, language) }))
  TAGS.set(key, tags)
  return tags
}

/** The label of a stored tag in a language, or the id itself when the taxonomy does not know it. */
export function tagLabel(kind: MeasureTagKind, id: string, language: LanguageCode = 'en'): string {
  return IDS[kind].includes(id) ? labelIn(kind, id, language) : id
}

/** The id for what a person wrote ("Right to health", "health", "Health"; "3.8"; "Older persons"), or null. */
export function resolveTag(kind: MeasureTagKind, written: string): string | null {
  const key = fold(written)
  if (kind === 'sdgTargets') {
    // "SDG 3.8", "Target 3.8" and "3.8." are the same target.
    const m = /^(?:sdg|target)?\s*(\d{1,2}\.[0-9a-z]{1,2})\.?$/.exec(key)
    if (m?.[1]) return LOOKUP.sdgTargets.get(m[1]) ?? null
  }
  return LOOKUP[kind].get(key) ?? null
}

/** The goal number of an SDG target id ("3.8" -> 3). */
export function goalOfTarget(target: string): number | null {
  const n = Number(target.split('.')[0])
  return Number.isInteger(n) && n >= 1 && n <= 17 ? n : null
}

/** The short title of an SDG goal in a language. */
export function goalTitle(goal: number, language: LanguageCode = 'en'): string {
  return labelOf('sdgGoal', goal, language)
}
