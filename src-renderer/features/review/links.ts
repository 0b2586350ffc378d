/**
 * Links to other areas, by URL only. A statement opens at `#/statements/<id>` (the form the statements
 * page reads; the agreed `?id=<id>` is not read yet). A new statement is asked for with the agreed
 * `?new=recommending-state&sur=<ISO3>&session=<n>`. The register is asked to filter with its own field
 * names (`stateUnderReview`, `madeByUs`); until it reads them, the links open it unfiltered.
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
