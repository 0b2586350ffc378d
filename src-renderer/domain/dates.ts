/** Calendar dates (`YYYY-MM-DD`) handled in UTC, so that no time zone shifts a day. */
import type { CalendarDate } from './model'

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** Parses a calendar date to a UTC midnight timestamp (ms), or null when malformed or impossible. */
export function parseCalendarDate(date: string): number | null {
  const match = DATE_PATTERN.exec(date)
  if (!match) return null
  const [, y, m, d] = match
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d))
  return toCalendarDate(ms) === date ? ms : null
}

/** The calendar date of a UTC timestamp. */
export function toCalendarDate(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10)
}

/** Today's date where the user is (their local calendar day). */
export function todayLocal(now: Date = new Date()): CalendarDate {
  const y = now.getFullYear()
  const m = String(now.getMonth() + 1).padStart(2, '0')
  const d = String(now.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const a = parseCalendarDate(from)
  const b = parseCalendarDate(to)
  if (a === null || b === null) return NaN
  return Math.round((b - a) / 86_400_000)
}

/** A date range in the reader's language, e.g. "20–31 January 2025" (English) or "20–31 janvier 2025". */
export function formatDateRange(start: CalendarDate, end: CalendarDate | null, locale: string): string {
  const a = parseCalendarDate(start)
  if (a === null) return start
  const b = end === null ? null : parseCalendarDate(end)
  const full = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  if (b === null || b === a) return full.format(a)
  return full.formatRange(a, b)
}

/** One date in the reader's language, e.g. "28 January 2025". */
export function formatDate(date: CalendarDate, locale: string): string {
  const ms = parseCalendarDate(date)
  if (ms === null) return date
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(ms)
}
