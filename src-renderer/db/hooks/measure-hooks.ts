import { useLiveQuery } from 'dexie-react-hooks'
import type { RecommendationMeasureLink, RecoveryMeasure } from '../../domain/model'
import { useRepositories } from './context'

/** Every recovery measure, live; `undefined` while loading. */
export function useMeasures(): RecoveryMeasure[] | undefined {
  const { recoveryMeasures } = useRepositories()
  return useLiveQuery(() => recoveryMeasures.all(), [recoveryMeasures])
}

/** Every measure-recommendation link, live; `undefined` while loading. */
export function useMeasureLinks(): RecommendationMeasureLink[] | undefined {
  const { recoveryMeasures } = useRepositories()
  return useLiveQuery(() => recoveryMeasures.allLinks(), [recoveryMeasures])
}

/** The measures linked to one recommendation, live; `undefined` while loading. */
export function useMeasuresOfRecommendation(recommendationId: string): RecoveryMeasure[] | undefined {
  const { recoveryMeasures } = useRepositories()
  return useLiveQuery(() => recoveryMeasures.measuresOfRecommendation(recommendationId), [recoveryMeasures, recommendationId])
}
