import type { RecommendationMeasureLink, RecoveryMeasure } from '../../domain/model'
import type { UprDeskDatabase } from '../database'
import { stampNew, type NewRecord } from './stamp'

/** COVID-19 recovery measures and their links to the recommendations they answer. */
export class RecoveryMeasureRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** Stores a new measure. */
  async add(input: NewRecord<RecoveryMeasure>): Promise<RecoveryMeasure> {
    const measure = stampNew<RecoveryMeasure>(input, 'msr')
    await this.db.recoveryMeasures.add(measure)
    return measure
  }

  /** One measure by id. */
  get(id: string): Promise<RecoveryMeasure | undefined> {
    return this.db.recoveryMeasures.get(id)
  }

  /** Links a measure to a recommendation (at most one link per pair). */
  async link(recommendationId: string, measureId: string, note = ''): Promise<RecommendationMeasureLink> {
    return this.db.transaction('rw', this.db.recommendationMeasureLinks, async () => {
      const existing = await this.db.recommendationMeasureLinks
        .where('[recommendationId+measureId]')
        .equals([recommendationId, measureId])
        .first()
      if (existing) return existing
      const link = stampNew<RecommendationMeasureLink>({ recommendationId, measureId, note }, 'lnk')
      await this.db.recommendationMeasureLinks.add(link)
      return link
    })
  }

  /** The links of one recommendation. */
  linksOfRecommendation(recommendationId: string): Promise<RecommendationMeasureLink[]> {
    return this.db.recommendationMeasureLinks.where('recommendationId').equals(recommendationId).toArray()
  }
}
