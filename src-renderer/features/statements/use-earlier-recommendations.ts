import { useMemo } from 'react'
import type { Recommendation } from '../../domain/model'
import { EarlierIndex, earlierRecommendations, type EarlierScope } from '../../domain/statements/previously-recommended'

/** The recommendations made before to the State under review, and the index that finds the one a new text repeats. */
export function useEarlierRecommendations(records: readonly Recommendation[], { stateUnderReview, session, statementId }: EarlierScope) {
  const earlier = useMemo(() => earlierRecommendations(records, { stateUnderReview, session, statementId }), [records, stateUnderReview, session, statementId])
  const index = useMemo(() => new EarlierIndex(earlier), [earlier])
  return { earlier, index }
}
