/**
 * The parts of documents that come from the recommendations register: the recommendations of one
 * review, the plenary adoption counts, the noted ones, and groups by theme for the mid-term report and
 * the thematic list. Pure functions over records already read.
 */
import type { Iso3, Recommendation } from '../model'
import { compareNumbers } from '../register-view'
import type { CountsPhrase } from './document-words'

/** The recommendations one State received at one session, in printed-number order. */
export function recommendationsOfReview(records: readonly Recommendation[], stateUnderReview: Iso3, session: number | null): Recommendation[] {
  return records
    .filter((r) => r.stateUnderReview === stateUnderReview && (session === null || r.session === session))
    .sort((a, b) => compareNumbers(a.number, b.number) || a.id.localeCompare(b.id))
}

/** The plenary adoption counts: received, from how many States, and by position. */
export function adoptionCounts(records: readonly Recommendation[]): CountsPhrase {
  const states = new Set<string>()
  const counts: CountsPhrase = { received: records.length, states: 0, supported: 0, supportedInPart: 0, noted: 0, pending: 0 }
  for (const r of records) {
    // States the reference list did not recognise still count, by the name the source printed.
    if (r.recommendingStates.length > 0) for (const s of r.recommendingStates) states.add(s)
    else for (const raw of r.recommendingStatesRaw) states.add(`raw:${raw.trim().toLowerCase()}`)
    if (r.position === 'supported') counts.supported++
    else if (r.position === 'supported-in-part') counts.supportedInPart++
    else if (r.position === 'noted') counts.noted++
    else counts.pending++
  }
  counts.states = states.size
  return counts
}

/** The noted recommendations (the plenary statement explains them). */
export function notedRecommendations(records: readonly Recommendation[]): Recommendation[] {
  return records.filter((r) => r.position === 'noted')
}

/** Recommendations grouped under their first theme, themes in alphabetical order, the unthemed last. */
export interface ThemeGroup {
  /** The theme, or null for recommendations without one. */
  theme: string | null
  records: Recommendation[]
}

/** Groups recommendations by their first theme (each appears once; its other themes are listed in the table). */
export function groupByFirstTheme(records: readonly Recommendation[]): ThemeGroup[] {
  const groups = new Map<string, Recommendation[]>()
  for (const r of records) {
    const key = r.themes[0] ?? ''
    let list = groups.get(key)
    if (!list) groups.set(key, (list = []))
    list.push(r)
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en')))
    .map(([theme, list]) => ({ theme: theme === '' ? null : theme, records: list }))
}

/** The sessions at which a State was reviewed, as far as the register knows, latest first. */
export function reviewedSessions(records: readonly Recommendation[], stateUnderReview: Iso3): number[] {
  const sessions = new Set<number>()
  for (const r of records) if (r.stateUnderReview === stateUnderReview && r.session !== null) sessions.add(r.session)
  return [...sessions].sort((a, b) => b - a)
}

/** The symbol the register gives as the source of positions for a review (e.g. "A/HRC/58/12"), if any. */
export function reportSymbolOf(records: readonly Recommendation[]): string {
  const counts = new Map<string, number>()
  for (const r of records) if (r.positionSource) counts.set(r.positionSource, (counts.get(r.positionSource) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ''
}
