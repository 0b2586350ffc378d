/**
 * The UPR calendar: the shipped sessions 1-54, estimated dates where the sources give none, cycle 5
 * (sessions 55-68) derived by the N-14 rule, and the user's corrections on top. Pure functions over
 * `SESSIONS`; dates are `YYYY-MM-DD` strings and all arithmetic is in UTC.
 */
import { SESSIONS, type SessionEntry } from '../../resources/reference/sessions'
import { parseCalendarDate, toCalendarDate } from './dates'
import { findState, stateByIso3 } from './states'

/** A session as the app shows it: the reference entry plus whether any of it is an estimate. */
export interface Session extends SessionEntry {
  /** True when the dates or the list of States are not confirmed by a source (confidence other than
   * 'verified', dates estimated by the app, or a session derived by the N-14 rule). */
  estimated: boolean
  /** True when the user's corrections changed this session. */
  corrected: boolean
}

/**
 * A user's correction to the reference calendar; fields left out keep the reference value. Malformed
 * dates are ignored, and so are corrections to sessions the calendar does not hold (beyond 68).
 */
export interface SessionCorrection {
  session: number
  start?: string
  end?: string
  /** ISO3 codes of the States under review, in order (State names are accepted and resolved). */
  states?: string[]
}

/** From cycle 2 on, session N reviews the States of session N-14. */
export const SESSIONS_PER_CYCLE = 14
/** The last session derived by the app (the end of cycle 5). */
export const LAST_DERIVED_SESSION = 68
/** A session runs two weeks: Monday of the first week to Friday of the second. */
const SESSION_LENGTH_DAYS = 11
const DAY_MS = 86_400_000
/**
 * Fallback shift when no pair of dated sessions N and N-14 exists: sessions 37 to 51 (2021-01-18 to
 * 2026-01-19). See `cycleShift` for why the latest pair is used rather than sessions 27 to 41.
 */
const FALLBACK_SHIFT_DAYS = 1827

/** The cycle a Working Group session belongs to (cycle 1 had 12 sessions, later cycles 14). */
export function cycleOfSession(session: number): number {
  if (!Number.isInteger(session) || session < 1) throw new RangeError(`Not a session number: ${session}`)
  if (session <= 12) return 1
  return 2 + Math.floor((session - 13) / SESSIONS_PER_CYCLE)
}

/** The cycle of a session, or null for anything that is not a session number (never throws). */
export function cycleOfSessionOrNull(session: number): number | null {
  return Number.isInteger(session) && session >= 1 ? cycleOfSession(session) : null
}

/** Every session, 1-68, in order, with estimates filled in and the corrections applied. */
export function allSessions(corrections: readonly SessionCorrection[] = []): Session[] {
  const byNumber = new Map<number, Session>()
  for (const entry of SESSIONS) {
    byNumber.set(entry.session, applyCorrections(fromEntry(entry), corrections))
  }
  const shift = cycleShift(byNumber)
  const lastShipped = Math.max(...byNumber.keys())

  // Sessions announced without dates (52-54): estimated from the same group one cycle earlier.
  for (const session of byNumber.values()) {
    const earlier = byNumber.get(session.session - SESSIONS_PER_CYCLE)
    if (session.start === null && earlier?.start) {
      session.start = estimateStart(earlier.start, shift.days)
      session.end ??= addDays(session.start, SESSION_LENGTH_DAYS)
      session.estimated = true
      session.note += ` Dates estimated by the app: start of session ${earlier.session} plus ${shift.days} days (${shift.basis}), moved to the Monday on or before; two weeks.`
    } else if (session.start !== null && session.end === null) {
      session.end = addDays(session.start, SESSION_LENGTH_DAYS)
      session.estimated = true
    }
  }

  for (let n = lastShipped + 1; n <= LAST_DERIVED_SESSION; n += 1) {
    const earlier = byNumber.get(n - SESSIONS_PER_CYCLE)
    if (!earlier) continue
    byNumber.set(n, applyCorrections(derive(n, earlier, shift), corrections))
  }
  return [...byNumber.values()].sort((a, b) => a.session - b.session)
}

/** The session with this number, or undefined. */
export function sessionByNumber(session: number, sessions: readonly Session[] = allSessions()): Session | undefined {
  return sessions.find((s) => s.session === session)
}

/** Every session that reviews the State (ISO3), in session order. */
export function reviewsOfState(iso3: string, sessions: readonly Session[] = allSessions()): Session[] {
  const code = iso3.trim().toUpperCase()
  return sessions.filter((s) => s.states.some((st) => st.iso3 === code)).sort((a, b) => a.session - b.session)
}

/** The State's first review that has not ended by `today` (YYYY-MM-DD), or null when there is none. */
export function nextReview(iso3: string, today: string, sessions: readonly Session[] = allSessions()): Session | null {
  // Sessions without any date are unscheduled, hence still to come.
  return reviewsOfState(iso3, sessions).find((s) => (s.end ?? s.start ?? today) >= today) ?? null
}

function fromEntry(entry: SessionEntry): Session {
  return {
    ...entry,
    states: entry.states.map((s) => ({ ...s })),
    sources: [...entry.sources],
    estimated: entry.confidence !== 'verified',
    corrected: false
  }
}

function derive(n: number, earlier: Session, shift: Shift): Session {
  const start = earlier.start === null ? null : estimateStart(earlier.start, shift.days)
  return {
    session: n,
    cycle: cycleOfSession(n),
    start,
    end: start === null ? null : addDays(start, SESSION_LENGTH_DAYS),
    states: earlier.states.map((s) => ({ iso3: s.iso3 })),
    confidence: 'derived',
    orderStatus: 'derived',
    dateStatus: 'not found',
    note:
      `Not scheduled in any source found. States of session ${earlier.session} (N-14 rule); dates estimated by ` +
      `the app: start of session ${earlier.session} plus ${shift.days} days (${shift.basis}), moved to the ` +
      'Monday on or before; two weeks.',
    sources: [],
    estimated: true,
    corrected: false
  }
}

function applyCorrections(session: Session, corrections: readonly SessionCorrection[]): Session {
  let result = session
  for (const c of corrections) {
    if (c.session !== session.session) continue
    const start = c.start !== undefined && isDate(c.start) ? c.start : undefined
    const end = c.end !== undefined && isDate(c.end) ? c.end : undefined
    result = {
      ...result,
      // A corrected start without an end keeps the two-week format.
      start: start ?? result.start,
      end: end ?? (start !== undefined ? addDays(start, SESSION_LENGTH_DAYS) : result.end),
      states: c.states ? c.states.map((s) => correctedState(s, result.states)) : result.states,
      corrected: true
    }
  }
  return result
}

function correctedState(text: string, before: Session['states']): Session['states'][number] {
  const iso3 = (stateByIso3(text) ?? findState(text))?.iso3 ?? text.trim().toUpperCase()
  const previous = before.find((s) => s.iso3 === iso3)
  return previous ? { ...previous } : { iso3 }
}

interface Shift {
  days: number
  basis: string
}

/**
 * One cycle, in days, measured between the latest session N whose start is known and session N-14
 * (today 37 to 51: 1,827 days). Deliberate: the brief suggested sessions 27 to 41 (2,016 days), but
 * that span carries the half-year COVID-19 slip of cycle 3; it moves January sessions to July, puts
 * session 52 in November 2026 (Singapore MFA: April/May 2026) and session 54 in August 2027 (Myanmar's
 * review: January 2027). The latest pair keeps the Jan/Feb, Apr/May, Oct/Nov pattern, and improves
 * by itself when the user corrects a date.
 */
function cycleShift(byNumber: ReadonlyMap<number, Session>): Shift {
  let best: { n: number; days: number } | null = null
  for (const session of byNumber.values()) {
    const earlier = byNumber.get(session.session - SESSIONS_PER_CYCLE)
    // Cycle 1 had 12 sessions: the N-14 rule holds from cycle 3 on.
    if (!earlier || earlier.cycle < 2 || session.cycle < 3 || !session.start || !earlier.start) continue
    if (best && best.n > session.session) continue
    const days = daysFrom(earlier.start, session.start)
    if (Number.isFinite(days)) best = { n: session.session, days }
  }
  if (!best) return { days: FALLBACK_SHIFT_DAYS, basis: 'the gap between sessions 37 and 51' }
  return { days: best.days, basis: `the gap between sessions ${best.n - SESSIONS_PER_CYCLE} and ${best.n}` }
}

function estimateStart(earlierStart: string, shiftDays: number): string {
  return mondayOnOrBefore(addDays(earlierStart, shiftDays))
}

function isDate(text: string): boolean {
  return parseCalendarDate(text) !== null
}

function toMs(date: string): number {
  const ms = parseCalendarDate(date)
  if (ms === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`)
  return ms
}

function addDays(date: string, days: number): string {
  return toCalendarDate(toMs(date) + days * DAY_MS)
}

function daysFrom(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS)
}

function mondayOnOrBefore(date: string): string {
  const ms = toMs(date)
  const sinceMonday = (new Date(ms).getUTCDay() + 6) % 7
  return toCalendarDate(ms - sinceMonday * DAY_MS)
}
