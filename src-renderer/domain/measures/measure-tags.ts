/**
 * The three taxonomies a recovery measure is tagged with (rights, groups of persons, SDG targets), with
 * lookups that accept what people write in a spreadsheet: the id, the label, or a known variant.
 */
import { AFFECTED_PERSONS } from '../../../resources/reference/affected-persons'
import { RIGHTS } from '../../../resources/reference/rights'
import { SDG_GOALS, SDG_TARGETS } from '../../../resources/reference/sdgs'

export type MeasureTagKind = 'rights' | 'groups' | 'sdgTargets'

/** One tag as offered in pickers: the stored id and the label people read. */
export interface MeasureTag {
  id: string
  label: string
}

const TAGS: Record<MeasureTagKind, readonly MeasureTag[]> = {
  rights: RIGHTS.map((r) => ({ id: r.id, label: r.label })),
  groups: AFFECTED_PERSONS.map((p) => ({ id: p.id, label: p.label })),
  sdgTargets: SDG_TARGETS.map((t) => ({ id: t.id, label: `${t.id} ${t.title}` }))
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_]+/g, ' ').trim()

const LOOKUP: Record<MeasureTagKind, Map<string, string>> = {
  rights: new Map(RIGHTS.flatMap((r) => [[fold(r.id), r.id], [fold(r.label), r.id], [fold(r.label.replace(/^right to (an? |the )?/i, '')), r.id]] as [string, string][])),
  groups: new Map(AFFECTED_PERSONS.flatMap((p) => [p.id, p.label, ...(p.aliases ?? [])].map((name) => [fold(name), p.id] as [string, string]))),
  sdgTargets: new Map(SDG_TARGETS.flatMap((t) => [[fold(t.id), t.id], [fold(`${t.id} ${t.title}`), t.id]] as [string, string][]))
}

/** The tags of one taxonomy, in reference order. */
export function measureTags(kind: MeasureTagKind): readonly MeasureTag[] {
  return TAGS[kind]
}

/** The label of a stored tag, or the id itself when the taxonomy does not know it. */
export function tagLabel(kind: MeasureTagKind, id: string): string {
  return TAGS[kind].find((t) => t.id === id)?.label ?? id
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

/** The short title of an SDG goal. */
export function goalTitle(goal: number): string {
  return SDG_GOALS.find((g) => g.number === goal)?.title ?? `Goal ${goal}`
}
