/**
 * An iCalendar (RFC 5545) writer for all-day events, made for Outlook as much as for the standard: CRLF
 * line ends, lines folded at 75 octets (never inside a UTF-8 character), TEXT values escaped, a stable UID
 * per event (importing again updates instead of duplicating), DTSTAMP in UTC, dates as VALUE=DATE with
 * the exclusive end the standard asks for, METHOD:PUBLISH, and events that do not block the day.
 */
import type { CalendarDate } from '../../domain/model'
import { parseCalendarDate, toCalendarDate } from '../../domain/dates'

/** One all-day event (one day, or several days with `end`). */
export interface CalendarEvent {
  /** Stable and unique: the same deadline exported twice keeps its UID. */
  uid: string
  start: CalendarDate
  /** The last day, included (the writer turns it into the exclusive DTEND). Absent: a one-day event. */
  end?: CalendarDate
  summary: string
  description?: string
  categories?: string[]
  /** A reminder this many days before (for deadlines still ahead). */
  reminderDaysBefore?: number
}

export interface CalendarFile {
  /** Shown by calendar apps as the calendar's name. */
  name: string
  /** When the file was made (DTSTAMP of every event). */
  stamp: Date
  events: readonly CalendarEvent[]
}

const PRODUCT_ID = '-//UPR Desk//Review calendar 1.0//EN'
const MAX_OCTETS = 75

/** The calendar as RFC 5545 text (CRLF line ends, folded). Throws a RangeError on a malformed date. */
export function buildIcs(file: CalendarFile): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(file.name)}`
  ]
  const stamp = utcStamp(file.stamp)
  for (const event of file.events) lines.push(...eventLines(event, stamp))
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}

/** The calendar as UTF-8 bytes, ready to save as `.ics`. */
export function icsBytes(file: CalendarFile): Uint8Array {
  return new TextEncoder().encode(buildIcs(file))
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const last = event.end ?? event.start
  if (last < event.start) throw new RangeError(`Event ${event.uid} ends (${last}) before it starts (${event.start})`)
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(last))}`,
    `SUMMARY:${escapeText(event.summary)}`
  ]
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
  if (event.categories && event.categories.length > 0) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`)
  // All-day deadlines should not show the delegate as busy: transparent, and Outlook's own flags.
  lines.push('TRANSP:TRANSPARENT', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE')
  if (event.reminderDaysBefore !== undefined && event.reminderDaysBefore > 0) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER:-P${Math.round(event.reminderDaysBefore)}D`,
      'END:VALARM'
    )
  }
  lines.push('END:VEVENT')
  return lines
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // Other control characters are not allowed in TEXT.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
}

/** Folds a content line into lines of at most 75 octets, continuation lines starting with a space. */
export function fold(line: string): string {
  // Most lines are short ASCII: no folding to do.
  if (line.length <= MAX_OCTETS && /^[ -~]*$/.test(line)) return line
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!)
    // The first line holds 75 octets; each continuation line holds a space and 74 more.
    if (octets + size > MAX_OCTETS) {
      parts.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n')
}

/** Octets of one code point in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
}

function icsDate(date: CalendarDate): string {
  if (parseCalendarDate(date) === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`)
  return date.replace(/-/g, '')
}

function nextDay(date: CalendarDate): CalendarDate {
  const ms = parseCalendarDate(date)
  if (ms === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`)
  return toCalendarDate(ms + 86_400_000)
}

function utcStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}
