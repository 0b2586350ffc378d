/**
 * Links to other areas, by URL convention only: the statements page reads `id`, or `new`, `sur` and
 * `session`; the register reads its filter fields (proposed: `stateUnderReview`, `madeByUs`).
 */
import type { Iso3 } from '../../domain/model'

/** Our statement draft. */
export function statementHref(statementId: string): string {
  return `#/statements?id=${encodeURIComponent(statementId)}`
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
