/**
 * The Working Group sessions a mission follows as recommending State: those of the past year and of the
 * next two years, and what it recommended before to each State under review.
 */
import type { CalendarDate, Iso3 } from '../model'
import { addMonths } from './calendar-math'

/** How far back and ahead the "Other reviews" page looks, in months. */
export const FOLLOW_MONTHS_BACK = 12
export const FOLLOW_MONTHS_AHEAD = 24

/** The sessions that overlap the window from a year before `today` to two years after, in order. */
export function sessionsToFollow<T extends { session: number; start: CalendarDate | null; end: CalendarDate | null }>(
  sessions: readonly T[],
  today: CalendarDate
): T[] {
  const from = addMonths(today, -FOLLOW_MONTHS_BACK)
  const to = addMonths(today, FOLLOW_MONTHS_AHEAD)
  return sessions
    .filter((s) => s.start !== null && (s.end ?? s.start) >= from && s.start <= to)
    .sort((a, b) => a.session - b.session)
}

/** What a count of earlier recommendations needs of a recommendation. */
export interface RecommendationFacts {
  stateUnderReview: Iso3
  session: number | null
  madeByUs: boolean
}

/**
 * How many recommendations we made to each State before a given session, keyed by `recommendedKey`: the count over
 * every earlier session (a recommendation without a session counts as earlier).
 */
export function countRecommendedBefore(
  recommendations: readonly RecommendationFacts[],
  reviews: readonly { stateIso3: Iso3; session: number }[]
): Map<string, number> {
  const wanted = new Map<Iso3, number[]>()
  for (const r of reviews) wanted.set(r.stateIso3, [...(wanted.get(r.stateIso3) ?? []), r.session])
  const counts = new Map<string, number>()
  for (const r of reviews) counts.set(recommendedKey(r.stateIso3, r.session), 0)
  for (const rec of recommendations) {
    if (!rec.madeByUs) continue
    for (const session of wanted.get(rec.stateUnderReview) ?? []) {
      if (rec.session === null || rec.session < session) {
        const key = recommendedKey(rec.stateUnderReview, session)
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
    }
  }
  return counts
}

/** The key of `countRecommendedBefore`'s result for one review. */
export function recommendedKey(stateIso3: Iso3, session: number): string {
  return `${stateIso3}#${session}`
}
