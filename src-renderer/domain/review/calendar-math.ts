/**
 * Arithmetic on calendar dates (`YYYY-MM-DD`), all in UTC so that no time zone moves a day. Every function
 * throws a RangeError on a malformed date: callers pass dates the calendar or a validated form produced.
 */
import type { CalendarDate } from '../model'
import { parseCalendarDate, toCalendarDate } from '../dates'

const DAY_MS = 86_400_000

function toMs(date: CalendarDate): number {
  const ms = parseCalendarDate(date)
  if (ms === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`)
  return ms
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return toCalendarDate(toMs(date) + days * DAY_MS)
}

/** The same day `months` months later, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const d = new Date(toMs(date))
  const target = d.getUTCMonth() + months
  const year = d.getUTCFullYear() + Math.floor(target / 12)
  const month = ((target % 12) + 12) % 12
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return toCalendarDate(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)))
}

/** Day of the week, 0 = Monday ... 6 = Sunday. */
export function weekdayIndex(date: CalendarDate): number {
  return (new Date(toMs(date)).getUTCDay() + 6) % 7
}

/** True from Monday to Friday. */
export function isWorkingDay(date: CalendarDate): boolean {
  return weekdayIndex(date) < 5
}

/** The Monday of the week `date` is in. */
export function mondayOnOrBefore(date: CalendarDate): CalendarDate {
  return addDays(date, -weekdayIndex(date))
}

/** `date` itself on a working day, else the Monday after. */
export function workingDayOnOrAfter(date: CalendarDate): CalendarDate {
  const w = weekdayIndex(date)
  return w < 5 ? date : addDays(date, 7 - w)
}

/** `date` itself on a working day, else the Friday before (a deadline moves earlier, never later). */
export function workingDayOnOrBefore(date: CalendarDate): CalendarDate {
  const w = weekdayIndex(date)
  return w < 5 ? date : addDays(date, 4 - w)
}

/** `date` itself on a working day; a Saturday becomes the Friday before, a Sunday the Monday after. */
export function nearestWorkingDay(date: CalendarDate): CalendarDate {
  const w = weekdayIndex(date)
  if (w === 5) return addDays(date, -1)
  if (w === 6) return addDays(date, 1)
  return date
}

/** The working days (Monday-Friday) from `start` to `end`, both included, in order. */
export function workingDaysBetween(start: CalendarDate, end: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = []
  for (let d = start; d <= end; d = addDays(d, 1)) {
    if (isWorkingDay(d)) days.push(d)
  }
  return days
}

/** The later of two dates. */
export function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b
}
