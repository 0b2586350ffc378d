import type { Iso3, Participation } from '../../domain/model'
import { countRecommendedBefore } from '../../domain/review/sessions-window'
import type { UprDeskDatabase } from '../schema/database'
import { stampChanged, stampNew } from '../../domain/stamp'

/** What a delegate records about our part in another State's review. */
export type ParticipationChange = Partial<Pick<Participation, 'willSpeak' | 'inscribed' | 'inscribedSpeakers' | 'statementId' | 'notes'>>

/** Our State's part in other States' reviews (one record per session and State under review). */
export class ParticipationRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** Records a change for one review, creating the participation on the first change. */
  save(session: number, stateIso3: Iso3, change: ParticipationChange): Promise<Participation> {
    return this.db.transaction('rw', this.db.participations, async () => {
      const existing = await this.find(session, stateIso3)
      const base =
        existing ??
        stampNew<Participation>({ session, stateIso3, willSpeak: null, inscribed: false, inscribedSpeakers: null, statementId: null, notes: '' }, 'par')
      const saved = stampChanged({ ...base, ...change })
      await this.db.participations.put(saved)
      return saved
    })
  }

  /** The participation in one review, if recorded. */
  find(session: number, stateIso3: Iso3): Promise<Participation | undefined> {
    return this.db.participations.where('[session+stateIso3]').equals([session, stateIso3]).first()
  }

  /** Every participation recorded for these sessions. */
  inSessions(sessions: readonly number[]): Promise<Participation[]> {
    return this.db.participations.where('session').anyOf([...sessions]).toArray()
  }

  /**
   * How many recommendations we made to each of these States before their review (see
   * `countRecommendedBefore`). Reads only the recommendations of these States under review.
   */
  async recommendedBefore(reviews: readonly { stateIso3: Iso3; session: number }[]): Promise<Map<string, number>> {
    const states = [...new Set(reviews.map((r) => r.stateIso3))]
    const made: { stateUnderReview: Iso3; session: number | null; madeByUs: boolean }[] = []
    await this.db.recommendations
      .where('stateUnderReview')
      .anyOf(states)
      .each((r) => {
        if (r.madeByUs) made.push({ stateUnderReview: r.stateUnderReview, session: r.session, madeByUs: true })
      })
    return countRecommendedBefore(made, reviews)
  }

  /** Statements that belong to one of these reviews (recommending-State statements), id and title. */
  async statementsFor(sessions: readonly number[]): Promise<{ id: string; session: number | null; stateUnderReview: Iso3 | null; title: string; kind: string; updatedAt: string }[]> {
    const rows = await this.db.statements.where('session').anyOf([...sessions]).toArray()
    return rows.map((s) => ({ id: s.id, session: s.session, stateUnderReview: s.stateUnderReview, title: s.title, kind: s.kind, updatedAt: s.updatedAt }))
  }
}
