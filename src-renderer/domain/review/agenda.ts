/**
 * The month agenda: what falls on each day of a month (our stages and tasks, the Working Group sessions
 * and the reviews we speak at), and the month's grid of weeks, Monday first. Pure.
 */
import type { CalendarDate, Iso3, ReviewStage, Task } from '../model'
import { addDays, addMonths, mondayOnOrBefore } from './calendar-math'

/** One thing on the agenda; `end` (included) for a span such as a session. */
export type AgendaItem =
  | { kind: 'stage'; date: CalendarDate; stage: ReviewStage; session: number; done: boolean }
  | { kind: 'task'; date: CalendarDate; task: Task }
  | { kind: 'session'; date: CalendarDate; end: CalendarDate; session: number }
  | { kind: 'speaking'; date: CalendarDate; session: number; stateIso3: Iso3 }

/** A month, e.g. { year: 2026, month: 12 } (month 1-12). */
export interface Month {
  year: number
  month: number
}

/** The month a date is in. */
export function monthOf(date: CalendarDate): Month {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) }
}

/** The first day of a month. */
export function firstDayOf(month: Month): CalendarDate {
  return `${String(month.year).padStart(4, '0')}-${String(month.month).padStart(2, '0')}-01`
}

/** The month `n` months after (before, when negative). */
export function shiftMonth(month: Month, n: number): Month {
  return monthOf(addMonths(firstDayOf(month), n))
}

/** The weeks shown for a month: Monday to Sunday, from the week of the 1st to the week of the last day. */
export function monthGrid(month: Month): CalendarDate[][] {
  const first = firstDayOf(month)
  const last = addDays(firstDayOf(shiftMonth(month, 1)), -1)
  const weeks: CalendarDate[][] = []
  for (let monday = mondayOnOrBefore(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)))
  }
  return weeks
}

/** The items on one day: one-day items on their date, spans on every day they cover. */
export function itemsOn(items: readonly AgendaItem[], date: CalendarDate): AgendaItem[] {
  return items.filter((item) => (item.kind === 'session' ? item.date <= date && date <= item.end : item.date === date))
}

/** The items that fall in a month (a span counts when it overlaps it), in date order. */
export function itemsInMonth(items: readonly AgendaItem[], month: Month): AgendaItem[] {
  const first = firstDayOf(month)
  const last = addDays(firstDayOf(shiftMonth(month, 1)), -1)
  return items
    .filter((item) => {
      const end = item.kind === 'session' ? item.end : item.date
      return item.date <= last && end >= first
    })
    .sort((a, b) => a.date.localeCompare(b.date))
}

/** What the agenda is built from. */
export interface AgendaSources {
  /** Our reviews' stages (session and progress). */
  reviews: readonly { session: number; stages: readonly { stage: ReviewStage; date: CalendarDate; status: string }[] }[]
  tasks: readonly Task[]
  /** The sessions we follow. */
  sessions: readonly { session: number; start: CalendarDate | null; end: CalendarDate | null }[]
  /** The reviews we speak at, with their (estimated) review days. */
  speaking: readonly { session: number; stateIso3: Iso3; date: CalendarDate }[]
}

/** Every agenda item: stages, open tasks with a due date, sessions and the reviews we speak at. */
export function buildAgenda(sources: AgendaSources): AgendaItem[] {
  const items: AgendaItem[] = []
  for (const review of sources.reviews) {
    for (const s of review.stages) items.push({ kind: 'stage', date: s.date, stage: s.stage, session: review.session, done: s.status === 'done' })
  }
  for (const task of sources.tasks) {
    if (!task.done && task.dueOn) items.push({ kind: 'task', date: task.dueOn, task })
  }
  for (const s of sources.sessions) {
    if (s.start && s.end) items.push({ kind: 'session', date: s.start, end: s.end, session: s.session })
  }
  for (const p of sources.speaking) items.push({ kind: 'speaking', date: p.date, session: p.session, stateIso3: p.stateIso3 })
  return items.sort((a, b) => a.date.localeCompare(b.date))
}
