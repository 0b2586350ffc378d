/** The demo mission's own reviews, tasks and participations in other reviews (filled by the review area). */
import type { Participation, Review, Task } from '../domain/model'
import type { DemoContext } from './context'

/** Demo review cycle: our reviews with stages and tasks, and the sessions we follow. */
export function demoReviewCycle(_context: DemoContext): { reviews: Review[]; tasks: Task[]; participations: Participation[] } {
  return { reviews: [], tasks: [], participations: [] }
}
