/** Live data of the review cycle for the pages: the calendar with corrections, reviews, tasks, participations. */
import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { allSessions, type Session, type SessionCorrection } from '../../domain/calendar'
import type { Attachment, Iso3, Participation, Review, Task } from '../../domain/model'
import { useRepositories } from './context'
import { useSessionCorrections } from './mission-hooks'
import type { ReceivedCounts } from '../repositories/reviews'

/** The UPR calendar (sessions 1-68) with the user's corrections applied, live. */
export function useCalendar(): Session[] {
  const corrections = useSessionCorrections()
  return useMemo(
    () => allSessions(corrections.map((c) => ({ ...(c.value as Omit<SessionCorrection, 'session'>), session: Number(c.key) }))),
    [corrections]
  )
}

/** The stored reviews of one State (undefined while loading). */
export function useStoredReviews(stateIso3: Iso3): Review[] | undefined {
  const { reviews } = useRepositories()
  return useLiveQuery(() => reviews.forState(stateIso3), [reviews, stateIso3])
}

/** The tasks of one review (empty while loading or when the review is not stored yet). */
export function useReviewTasks(reviewId: string | null): Task[] {
  const { tasks } = useRepositories()
  return useLiveQuery(() => (reviewId ? tasks.forReview(reviewId) : Promise.resolve([])), [tasks, reviewId], [])
}

/** Every open task, of any review. */
export function useOpenTasks(): Task[] {
  const { tasks } = useRepositories()
  return useLiveQuery(() => tasks.open(), [tasks], [])
}

/** The participations recorded for these sessions (undefined while loading). */
export function useParticipations(sessions: readonly number[]): Participation[] | undefined {
  const { participations } = useRepositories()
  const key = sessions.join(',')
  // `key` stands for the list's content: a new array with the same items must not query again.
  return useLiveQuery(() => participations.inSessions(sessions), [participations, key])
}

/** How many recommendations we made before to each State under review (keys: `recommendedKey`). */
export function useRecommendedBefore(reviews: readonly { stateIso3: Iso3; session: number }[]): Map<string, number> | undefined {
  const { participations } = useRepositories()
  const key = reviews.map((r) => `${r.stateIso3}#${r.session}`).join(',')
  // `key` stands for the list's content: a new array with the same items must not query again.
  return useLiveQuery(() => participations.recommendedBefore(reviews), [participations, key])
}

/** The statements drafted for these sessions, live. */
export function useSessionStatements(sessions: readonly number[]) {
  const { participations } = useRepositories()
  const key = sessions.join(',')
  // `key` stands for the list's content: a new array with the same items must not query again.
  return useLiveQuery(() => participations.statementsFor(sessions), [participations, key], [])
}

/** Recommendations received by the State, by position and implementation status (one session, or all). */
export function useReceivedCounts(stateIso3: Iso3, session: number | null): { counts: ReceivedCounts; total: number } | undefined {
  const { reviews } = useRepositories()
  return useLiveQuery(() => reviews.receivedCounts(stateIso3, session), [reviews, stateIso3, session])
}

/** An attachment, loaded when asked for (for a download). */
export function useAttachmentLoader(): (id: string) => Promise<Attachment | undefined> {
  const { reviews } = useRepositories()
  return (id: string) => reviews.attachment(id)
}
