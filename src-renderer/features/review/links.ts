/**
 * Links to other areas, by URL only. A statement opens at `#/statements/<id>`; a new one is asked for
 * with `?new=recommending-state&sur=<ISO3>&session=<n>`, which opens the statements page's form filled in.
 * The register is asked to filter with its own field names (`stateUnderReview`, `madeByUs`).
 */
import type { Iso3 } from '../../domain/model'

/** Our statement draft. */
export function statementHref(statementId: string): string {
  return `#/statements/${encodeURIComponent(statementId)}`
}

/** A new recommending-State statement for one review. */
export function newStatementHref(stateUnderReview: Iso3, session: number): string {
  return `#/statements?new=recommending-state&sur=${encodeURIComponent(stateUnderReview)}&session=${session}`
}

/** The register filtered to what we recommended to a State. */
export function recommendedToHref(stateUnderReview: Iso3): string {
  return `#/recommendations?stateUnderReview=${encodeURIComponent(stateUnderReview)}&madeByUs=yes`
}

/** One of our reviews on the review page. */
export function ownReviewHref(session: number): string {
  return `#/review?session=${session}`
}
