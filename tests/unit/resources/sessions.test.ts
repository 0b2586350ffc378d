import { describe, expect, it } from 'vitest'
import { SESSIONS, type SessionEntry } from '../../../resources/reference/sessions'
import { allSessions, reviewsOfState, sessionByNumber } from '../../../src-renderer/domain/calendar'
import { estimatedReviewDay } from '../../../src-renderer/domain/review/stages'
import { memberStates } from '../../../src-renderer/domain/states'

/** The day the calendar was last checked against its sources. */
const CHECKED_ON = '2026-12-06'
const DAY_MS = 86_400_000

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

function dated(s: SessionEntry): s is SessionEntry & { start: string; end: string } {
  return s.start !== null && s.end !== null
}

/**
 * Sessions whose sources give another span than Monday to the Friday of the next week (11 days).
 * Sessions 2 and 3 (16 reviews each) and 13 and 14 (the first two of cycle 2) closed on the Monday of a
 * third week; session 40 (12 States, the end of cycle 3) closed on a Thursday.
 */
const OTHER_SPANS = new Map<number, { endWeekday: number; days: number }>([
  [2, { endWeekday: 1, days: 14 }],
  [3, { endWeekday: 1, days: 14 }],
  [13, { endWeekday: 1, days: 14 }],
  [14, { endWeekday: 1, days: 14 }],
  [40, { endWeekday: 4, days: 10 }]
])

describe('the calendar of held sessions', () => {
  const sessions = allSessions()

  it(`shows no session that ended before ${CHECKED_ON} with sourced dates as estimated`, () => {
    const held = SESSIONS.filter((s) => s.end !== null && s.end < CHECKED_ON)
    expect(held.map((s) => s.session)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1))
    for (const s of held) {
      expect([s.confidence, s.dateStatus], `session ${s.session}`).toEqual(['verified', 'sourced'])
      expect(sessionByNumber(s.session, sessions)?.estimated, `session ${s.session}`).toBe(false)
    }
  })

  it('keeps sessions 52 and 53 estimated, the only held ones no source dates, and says so', () => {
    const heldButEstimated = sessions.filter((s) => (s.end ?? '') < CHECKED_ON && s.estimated).map((s) => s.session)
    expect(heldButEstimated).toEqual([52, 53])
    for (const n of heldButEstimated) {
      const entry = SESSIONS.find((s) => s.session === n)
      expect([entry?.start, entry?.end, entry?.dateStatus]).toEqual([null, null, 'not found'])
      expect(entry?.note).toMatch(/no source found gives its dates/)
    }
  })

  it('runs every dated session from a Monday to the Friday of the next week, but the five its sources date otherwise', () => {
    const others: number[] = []
    for (const s of SESSIONS.filter(dated)) {
      expect(weekday(s.start), `session ${s.session} starts on a Monday`).toBe(1)
      const other = OTHER_SPANS.get(s.session)
      const span = { endWeekday: weekday(s.end), days: daysFrom(s.start, s.end) }
      if (other) others.push(s.session)
      expect(span, `session ${s.session}`).toEqual(other ?? { endWeekday: 5, days: 11 })
    }
    expect(others).toEqual([...OTHER_SPANS.keys()])
  })

  it('keeps sessions in date order, without overlaps', () => {
    const withDates = SESSIONS.filter(dated)
    for (let i = 1; i < withDates.length; i += 1) {
      expect(withDates[i]!.start > withDates[i - 1]!.end, `session ${withDates[i]!.session}`).toBe(true)
    }
  })

  for (const cycle of [1, 2, 3]) {
    it(`reviews every Member State of the time exactly once in cycle ${cycle}`, () => {
      const counts = new Map<string, number>()
      for (const s of SESSIONS.filter((x) => x.cycle === cycle)) {
        for (const st of s.states) counts.set(st.iso3, (counts.get(st.iso3) ?? 0) + 1)
      }
      // South Sudan joined the UN on 14 July 2011, after its cycle-1 group (Sudan, session 11) was reviewed.
      const members = memberStates().map((s) => s.iso3).filter((iso3) => cycle > 1 || iso3 !== 'SSD')
      expect([...counts.keys()].sort()).toEqual(members.sort())
      expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([])
    })
  }

  it('gives review days only inside their session, on working days, in the order of review', () => {
    let count = 0
    for (const s of SESSIONS) {
      let previous = ''
      for (const st of s.states) {
        if (st.reviewDate === undefined) continue
        count += 1
        const where = `${st.iso3} in session ${s.session}`
        expect(s.start !== null && s.end !== null, where).toBe(true)
        expect(st.reviewDate >= (s.start ?? '') && st.reviewDate <= (s.end ?? ''), where).toBe(true)
        expect([1, 2, 3, 4, 5], where).toContain(weekday(st.reviewDate))
        expect(st.reviewDate >= previous, where).toBe(true)
        previous = st.reviewDate
      }
    }
    expect(count).toBeGreaterThan(40)
  })
})

describe("a Portuguese mission's reviews", () => {
  const sessions = allSessions()
  const reviews = reviewsOfState('PRT', sessions)

  it('shows sessions 6, 19, 33 and 47 with their sourced dates, not as estimated; only cycle 5 is estimated', () => {
    expect(reviews.map((s) => s.session)).toEqual([6, 19, 33, 47, 61])
    expect(reviews.map((s) => s.estimated)).toEqual([false, false, false, false, true])
    expect(reviews.slice(0, 4).map((s) => [s.start, s.end])).toEqual([
      ['2009-11-30', '2009-12-11'],
      ['2014-04-28', '2014-05-09'],
      ['2019-05-06', '2019-05-17'],
      ['2024-11-04', '2024-11-15']
    ])
  })

  it('names the sources of sessions 19 and 33: the Working Group report and UPR Info', () => {
    expect(sessionByNumber(19, sessions)?.sources).toContain('https://right-docs.org/doc/a-hrc-27-7')
    expect(sessionByNumber(33, sessions)?.sources).toContain(
      'https://upr-info.org/en/news/highlights-33rd-upr-session-sdgs-climate-change-and-lgbti-rights'
    )
  })

  it("estimates Portugal's review days as the sources give them (4 Dec 2009, 30 Apr 2014, 8 May 2019, 6 Nov 2024)", () => {
    const sourced = reviews.slice(0, 4).map((s) => s.states.find((st) => st.iso3 === 'PRT')?.reviewDate)
    expect(sourced).toEqual(['2009-12-04', '2014-04-30', '2019-05-08', '2024-11-06'])
    expect(reviews.slice(0, 4).map((s) => estimatedReviewDay(s, 'PRT')?.date)).toEqual(sourced)
  })
})
