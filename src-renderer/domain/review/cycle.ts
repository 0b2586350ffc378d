/**
 * Our State's reviews as the review pages show them: every session of the calendar that reviews the
 * State, each with its stage plan and what the delegate recorded. Pure: sessions and records come in.
 */
import type { Session } from '../calendar'
import type { Iso3, Review } from '../model'
import { stageProgress, type StageProgress } from './progress'
import { planStages, type StagePlan } from './stages'

/** One review of our State: the session, its plan, and the stored record (null until something is recorded). */
export interface OwnReview {
  session: Session
  /** The State's next review in the calendar (its date is the plan's "next review"). */
  nextSession: Session | null
  plan: StagePlan
  record: Review | null
  stages: StageProgress[]
}

/** Every review of the State in the calendar that has dates, oldest first, with stored records merged in. */
export function ownReviews(stateIso3: Iso3, sessions: readonly Session[], records: readonly Review[]): OwnReview[] {
  const code = stateIso3.toUpperCase()
  const held = sessions.filter((s) => s.states.some((st) => st.iso3 === code)).sort((a, b) => a.session - b.session)
  const result: OwnReview[] = []
  held.forEach((session, i) => {
    const record = records.find((r) => r.stateIso3 === code && r.session === session.session) ?? null
    const nextSession = held[i + 1] ?? null
    const plan = planStages({ session, stateIso3: code, nextSession, corrections: record?.stages ?? {} })
    if (plan) result.push({ session, nextSession, plan, record, stages: stageProgress(plan, record) })
  })
  return result
}
