/** The demo mission's COVID-19 recovery measures and their links to recommendations (filled by the measures area). */
import type { Recommendation, RecommendationMeasureLink, RecoveryMeasure } from '../domain/model'
import type { DemoContext } from './context'

/** Demo recovery measures, linked to the demo recommendations they answer. */
export function demoMeasures(_context: DemoContext, _recommendations: readonly Recommendation[]): { recoveryMeasures: RecoveryMeasure[]; recommendationMeasureLinks: RecommendationMeasureLink[] } {
  return { recoveryMeasures: [], recommendationMeasureLinks: [] }
}
