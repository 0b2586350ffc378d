/**
 * The review cycle as calendars: our deadlines (the stages of one review and its open tasks), and the
 * Working Group sessions we follow (with the reviews we speak at and the speakers' list openings).
 * Plain data in, a `CalendarFile` out; the words come from a phrase book (`domain/words`) in the calendar's
 * language, which names each State in its grammatical form.
 */
import type { Session } from '../../domain/calendar'
import type { CalendarDate, Iso3, Participation, Task } from '../../domain/model'
import type { OwnReview } from '../../domain/review/cycle'
import { estimatedReviewDay, planStages } from '../../domain/review/stages'
import type { PhraseBook } from '../../domain/words/phrase-book'
import type { CalendarEvent, CalendarFile } from './ics'

const DOMAIN = 'upr-desk.app'
/** A reminder a week before a stage, two days before a task (only for what is still ahead). */
const STAGE_REMINDER_DAYS = 7
const TASK_REMINDER_DAYS = 2

export interface DeadlinesInput {
  ourIso3: Iso3
  review: OwnReview
  tasks: readonly Task[]
  today: CalendarDate
  stamp: Date
  /** The words, in the calendar's language (the interface's). */
  words: PhraseBook
}

/** Our deadlines for one review: its session, every stage, and every open task with a due date. */
export function deadlinesCalendar(input: DeadlinesInput): CalendarFile {
  const { review, today } = input
  const t = input.words.t
  const state = input.ourIso3
  const n = review.session.session
  const estimatedNote = review.session.estimated ? `\n${t('review.ics.estimatedDates')}` : ''
  const events: CalendarEvent[] = []
  if (review.session.start && review.session.end) {
    events.push({
      uid: `session-${n}-${input.ourIso3}@${DOMAIN}`,
      start: review.session.start,
      end: review.session.end,
      summary: t('review.ics.ownSession', { session: n, state }),
      description: `${t('review.ics.madeBy', { date: today })}${estimatedNote}`,
      categories: ['UPR']
    })
  }
  for (const stage of review.stages) {
    const rule = t(`review.rules.${stage.stage}`, { basis: t(`review.reviewDay.${review.plan.reviewDay.basis}`), council: review.plan.councilSession })
    events.push({
      uid: `stage-${n}-${input.ourIso3}-${stage.stage}@${DOMAIN}`,
      start: stage.date,
      summary: t('review.ics.stage', { session: n, state, stage: t(`review.stages.${stage.stage}`) }),
      description: [`${t(`review.statuses.${stage.status}`)}. ${rule}`, stage.notes, t('review.ics.madeBy', { date: today })].filter(Boolean).join('\n') + estimatedNote,
      categories: ['UPR', 'Deadline'],
      ...(stage.status !== 'done' && stage.date > today ? { reminderDaysBefore: STAGE_REMINDER_DAYS } : {})
    })
  }
  for (const task of input.tasks) {
    if (task.done || task.dueOn === null) continue
    events.push({
      uid: `task-${task.id}@${DOMAIN}`,
      start: task.dueOn,
      summary: t('review.ics.task', { session: n, state, title: task.title }),
      description: [task.stage ? t(`review.stages.${task.stage}`) : '', task.owner ? t('review.ics.taskOwner', { owner: task.owner }) : ''].filter(Boolean).join('\n'),
      categories: ['UPR', 'Task'],
      ...(task.dueOn > today ? { reminderDaysBefore: TASK_REMINDER_DAYS } : {})
    })
  }
  return { name: t('review.ics.calendarName', { state, session: n }), stamp: input.stamp, events }
}

export interface FollowedInput {
  ourIso3: Iso3
  /** The sessions we follow (see `sessionsToFollow`); those already over are left out. */
  sessions: readonly Session[]
  participations: readonly Participation[]
  today: CalendarDate
  stamp: Date
  /** The words, in the calendar's language (the interface's). */
  words: PhraseBook
}

/**
 * The sessions we follow from today on: each session, and for each review at which we take the floor,
 * the review day (estimated from the order of review) and the opening of the speakers' list.
 */
export function followedSessionsCalendar(input: FollowedInput): CalendarFile {
  const { t, state: nameOf } = input.words
  const events: CalendarEvent[] = []
  for (const session of input.sessions) {
    if (!session.start || !session.end || session.end < input.today) continue
    const n = session.session
    const estimatedNote = session.estimated ? `\n${t('review.ics.estimatedDates')}` : ''
    events.push({
      uid: `session-${n}@${DOMAIN}`,
      start: session.start,
      end: session.end,
      summary: t('review.ics.session', { session: n }),
      description: t('review.ics.statesUnderReview', { states: session.states.map((s) => nameOf(s.iso3)).join(', ') }) + estimatedNote,
      categories: ['UPR']
    })
    const speaking = input.participations.filter((p) => p.session === n && p.willSpeak === true)
    if (speaking.length > 0) {
      // The speakers' list opens on the Monday of the week before the session (the plan's rule).
      const opening = planStages({ session, stateIso3: speaking[0]!.stateIso3 })?.stages.find((s) => s.stage === 'speakersListOpens')?.planned
      if (opening) {
        events.push({
          uid: `speakers-list-${n}-${input.ourIso3}@${DOMAIN}`,
          start: opening,
          summary: t('review.ics.speakersList', { session: n }),
          description: speaking.map((p) => nameOf(p.stateIso3)).join(', '),
          categories: ['UPR', 'Deadline'],
          ...(opening > input.today ? { reminderDaysBefore: STAGE_REMINDER_DAYS } : {})
        })
      }
    }
    for (const p of speaking) {
      const day = estimatedReviewDay(session, p.stateIso3)
      if (!day) continue
      events.push({
        uid: `speaking-${n}-${p.stateIso3}-${input.ourIso3}@${DOMAIN}`,
        start: day.date,
        summary: t('review.ics.speaking', { session: n, sur: p.stateIso3, state: input.ourIso3 }),
        description: [
          p.inscribed ? t('review.ics.inscribed') : t('review.ics.notInscribed'),
          p.inscribedSpeakers !== null ? t('review.ics.speakers', { count: p.inscribedSpeakers }) : '',
          p.notes,
          t('review.ics.estimatedDates')
        ]
          .filter(Boolean)
          .join('\n'),
        categories: ['UPR', 'Statement'],
        ...(day.date > input.today ? { reminderDaysBefore: STAGE_REMINDER_DAYS } : {})
      })
    }
  }
  return { name: t('review.ics.followedName', { state: input.ourIso3 }), stamp: input.stamp, events }
}
