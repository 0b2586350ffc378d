import type { RecommendationKey } from '../../domain/measures/recommendation-refs'
import type { Recommendation } from '../../domain/model'

/** The recommendations a measures file may name: those our State received (measures are our State's). */
export function ownRecommendationKeys(records: readonly Recommendation[], stateIso3: string): RecommendationKey[] {
  return records.filter((r) => r.stateUnderReview === stateIso3 && !r.madeByUs).map((r) => ({ id: r.id, number: r.number, session: r.session }))
}
