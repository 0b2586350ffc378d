/**
 * Where a review stands: the stages with what the delegate recorded (status, actual date), the current
 * stage, and the deadlines ahead. Pure: the plan comes from `stages.ts`, the records from the database.
 */
import type { CalendarDate, Review, ReviewStage, StageStatus, Task } from '../model'
import { daysBetween } from '../dates'
import type { PlannedStage, StagePlan } from './stages'

/** A planned stage with what the delegate recorded about it. */
export interface StageProgress extends PlannedStage {
  status: StageStatus
  actual: CalendarDate | null
  notes: string
  /** The date that counts: the actual date when recorded, else the planned one. */
  date: CalendarDate
}

/** Merges the plan with the stored stage records (a stage without a record is not started). */
export function stageProgress(plan: StagePlan, review: Pick<Review, 'stages'> | null | undefined): StageProgress[] {
  return plan.stages.map((s) => {
    const record = review?.stages[s.stage]
    const actual = record?.actual ?? null
    return { ...s, status: record?.status ?? 'not-started', actual, notes: record?.notes ?? '', date: actual ?? s.planned }
  })
}

/**
 * The stage the review is at on `today`: the first stage not done that is in progress or still ahead.
 * An earlier stage left in progress past its date stays current (it is overdue). Null once every stage
 * is done or past.
 */
export function currentStage(stages: readonly StageProgress[], today: CalendarDate): StageProgress | null {
  return stages.find((s) => s.status !== 'done' && (s.status === 'in-progress' || s.date >= today)) ?? null
}

/** True when a stage is not done and its date has passed. */
export function isOverdue(stage: Pick<StageProgress, 'status' | 'date'>, today: CalendarDate): boolean {
  return stage.status === 'in-progress' && stage.date < today
}

/** A dated thing to do: a stage of the review or a task. */
export type Deadline =
  | { kind: 'stage'; date: CalendarDate; daysLeft: number; stage: ReviewStage; session: number }
  | { kind: 'task'; date: CalendarDate; daysLeft: number; task: Task }

/** The next `limit` deadlines from `today` on: stages not done and open tasks, soonest first. */
export function upcomingDeadlines(
  input: { stages: readonly StageProgress[]; session: number; tasks: readonly Task[] },
  today: CalendarDate,
  limit = 3
): Deadline[] {
  const order = new Map(input.stages.map((s, i) => [s.stage, i]))
  const items: Deadline[] = [
    ...input.stages
      .filter((s) => s.status !== 'done' && s.date >= today)
      .map((s): Deadline => ({ kind: 'stage', date: s.date, daysLeft: daysBetween(today, s.date), stage: s.stage, session: input.session })),
    ...input.tasks
      .filter((t) => !t.done && t.dueOn !== null && t.dueOn >= today)
      .map((t): Deadline => ({ kind: 'task', date: t.dueOn!, daysLeft: daysBetween(today, t.dueOn!), task: t }))
  ]
  const rank = (d: Deadline) => (d.kind === 'stage' ? (order.get(d.stage) ?? 0) : 100)
  return items.sort((a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b)).slice(0, limit)
}

/** Open tasks, overdue and soonest first, undated last, then by title. */
export function openTasks(tasks: readonly Task[]): Task[] {
  return tasks
    .filter((t) => !t.done)
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.title.localeCompare(b.title))
}

/**
 * The review the mission is working on: the latest one whose preparation has started by `today` (the
 * national consultations), else the first one ahead. Null for an empty list.
 */
export function currentReviewPlan<T extends { plan: StagePlan }>(reviews: readonly T[], today: CalendarDate): T | null {
  const started = reviews.filter((r) => r.plan.stages[0]!.from <= today)
  return started[started.length - 1] ?? reviews[0] ?? null
}
