import { describe, expect, it } from 'vitest'
import {
  allSessions,
  cycleOfSession,
  nextReview,
  reviewsOfState,
  sessionByNumber,
  type Session
} from '../../../src-renderer/domain/calendar'
import { findState, memberStates } from '../../../src-renderer/domain/states'

const sessions = allSessions()

function reviewsPerState(cycle: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (const s of sessions.filter((x) => x.cycle === cycle)) {
    for (const st of s.states) counts.set(st.iso3, (counts.get(st.iso3) ?? 0) + 1)
  }
  return counts
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay()
}

describe('allSessions', () => {
  it('runs from session 1 to 68 in order, dated throughout', () => {
    expect(sessions.map((s) => s.session)).toEqual(Array.from({ length: 68 }, (_, i) => i + 1))
    for (const s of sessions) {
      expect(s.start, `session ${s.session}`).not.toBeNull()
      expect(s.end, `session ${s.session}`).not.toBeNull()
    }
  })

  it('keeps sessions in date order without overlaps', () => {
    for (let i = 1; i < sessions.length; i += 1) {
      const prev = sessions[i - 1] as Session
      const cur = sessions[i] as Session
      expect((cur.start ?? '') > (prev.end ?? ''), `session ${cur.session}`).toBe(true)
    }
  })

  it('covers the 192 Member States of the time once each in cycle 1', () => {
    const counts = reviewsPerState(1)
    const expected = memberStates().filter((s) => s.iso3 !== 'SSD').map((s) => s.iso3).sort()
    expect([...counts.keys()].sort()).toEqual(expected)
    expect([...counts.values()].every((n) => n === 1)).toBe(true)
  })

  for (const cycle of [2, 3, 4, 5]) {
    it(`reviews every Member State exactly once in cycle ${cycle}`, () => {
      const counts = reviewsPerState(cycle)
      expect([...counts.keys()].sort()).toEqual(memberStates().map((s) => s.iso3).sort())
      expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([])
    })
  }

  it('holds the 14 States of session 36, 2-13 November 2020', () => {
    const s36 = sessionByNumber(36, sessions)
    const names = [
      'Belarus', 'Liberia', 'Malawi', 'Panama', 'Mongolia', 'Maldives', 'Andorra', 'Honduras', 'Bulgaria',
      'Marshall Islands', 'United States of America', 'Croatia', 'Libya', 'Jamaica'
    ]
    expect(s36?.states.map((s) => s.iso3)).toEqual(names.map((n) => findState(n)?.iso3))
    expect(s36?.start).toBe('2020-11-02')
    expect(s36?.end).toBe('2020-11-13')
    expect(s36?.estimated).toBe(false)
  })

  it('dates session 48 20-31 January 2025', () => {
    const s48 = sessionByNumber(48, sessions)
    expect([s48?.start, s48?.end]).toEqual(['2025-01-20', '2025-01-31'])
  })

  it('estimates the dates of sessions 52-54 from sessions 38-40, Monday to Friday of the next week', () => {
    for (const n of [52, 53, 54]) {
      const s = sessionByNumber(n, sessions)
      expect(s?.estimated).toBe(true)
      expect(weekday(s?.start ?? '')).toBe(1)
      expect(weekday(s?.end ?? '')).toBe(5)
    }
    // The sources' hints: session 52 in April/May 2026, Myanmar (session 54) in January 2027.
    expect(sessionByNumber(52, sessions)?.start?.slice(0, 7)).toMatch(/^2026-0[45]$/)
    expect(sessionByNumber(54, sessions)?.start?.slice(0, 7)).toBe('2027-01')
  })

  it('derives cycle 5 (sessions 55-68) by the N-14 rule, flagged as estimated', () => {
    for (let n = 55; n <= 68; n += 1) {
      const s = sessionByNumber(n, sessions)
      const earlier = sessionByNumber(n - 14, sessions)
      expect(s?.cycle).toBe(5)
      expect(s?.estimated).toBe(true)
      expect(s?.confidence).toBe('derived')
      expect(s?.states.map((x) => x.iso3)).toEqual(earlier?.states.map((x) => x.iso3))
      expect(weekday(s?.start ?? '')).toBe(1)
      expect(s?.end).toBe(new Date(Date.parse(`${s?.start ?? ''}T00:00:00Z`) + 11 * 86_400_000).toISOString().slice(0, 10))
      // Sessions keep to the Jan/Feb, Apr/May, Oct/Nov pattern.
      expect(['01', '02', '04', '05', '10', '11']).toContain(s?.start?.slice(5, 7))
    }
  })

  it('flags non-verified sessions as estimated', () => {
    expect(sessionByNumber(52, sessions)?.confidence).toBe('derived')
    expect(sessionByNumber(52, sessions)?.estimated).toBe(true)
    expect(sessionByNumber(54, sessions)?.estimated).toBe(true)
    expect(sessionByNumber(19, sessions)?.estimated).toBe(false)
    expect(sessionByNumber(41, sessions)?.estimated).toBe(false)
  })

  it('returns fresh objects: changing one does not change the reference data', () => {
    const first = allSessions()
    first[0]?.states.pop()
    expect(allSessions()[0]?.states).toHaveLength(16)
  })
})

describe('reviewsOfState', () => {
  it("lists Slovenia's reviews: sessions 7, 20, 34, 48 and 62 (estimated)", () => {
    const reviews = reviewsOfState('SVN', sessions)
    expect(reviews.map((s) => s.session)).toEqual([7, 20, 34, 48, 62])
    expect(reviews.map((s) => s.estimated)).toEqual([false, false, false, false, true])
  })

  it('places the United States in session 53 and Ukraine in session 54, as estimates', () => {
    expect(reviewsOfState('USA', sessions).map((s) => s.session)).toEqual([9, 22, 36, 53, 67])
    expect(reviewsOfState('UKR', sessions).map((s) => s.session)).toEqual([2, 14, 28, 54, 68])
    expect(sessionByNumber(53, sessions)?.confidence).toBe('uncertain')
    expect(sessionByNumber(53, sessions)?.estimated).toBe(true)
  })

  it('accepts a lower-case code and returns nothing for an unknown one', () => {
    expect(reviewsOfState('svn', sessions)).toHaveLength(5)
    expect(reviewsOfState('XXX', sessions)).toEqual([])
  })
})

describe('nextReview', () => {
  it('is the first review that has not ended', () => {
    expect(nextReview('SVN', '2025-01-01', sessions)?.session).toBe(48)
    expect(nextReview('SVN', '2025-01-31', sessions)?.session).toBe(48)
    expect(nextReview('SVN', '2025-02-01', sessions)?.session).toBe(62)
    expect(nextReview('SVN', '2000-01-01', sessions)?.session).toBe(7)
  })

  it('is null when no review is left or the State is unknown', () => {
    expect(nextReview('SVN', '2040-01-01', sessions)).toBeNull()
    expect(nextReview('XXX', '2025-01-01', sessions)).toBeNull()
  })
})

describe('corrections', () => {
  it('override dates and States, and flag the session as corrected', () => {
    const corrected = allSessions([{ session: 48, start: '2025-01-27', end: '2025-02-07' }])
    const s48 = sessionByNumber(48, corrected)
    expect([s48?.start, s48?.end, s48?.corrected]).toEqual(['2025-01-27', '2025-02-07', true])
    expect(sessionByNumber(47, corrected)?.corrected).toBe(false)
    expect(nextReview('SVN', '2025-02-01', corrected)?.session).toBe(48)
  })

  it('give a corrected start without an end the two-week format', () => {
    const s = sessionByNumber(52, allSessions([{ session: 52, start: '2026-04-27' }]))
    expect([s?.start, s?.end]).toEqual(['2026-04-27', '2026-05-08'])
  })

  it('move a State, resolving names to ISO3, and carry the change into the derived cycle', () => {
    const s53 = sessionByNumber(53, sessions)
    const without = (s53?.states ?? []).map((s) => s.iso3).filter((c) => c !== 'USA')
    const s52 = sessionByNumber(52, sessions)
    const corrected = allSessions([
      { session: 53, states: without },
      { session: 52, states: [...(s52?.states ?? []).map((s) => s.iso3), 'United States'] }
    ])
    expect(reviewsOfState('USA', corrected).map((s) => s.session)).toEqual([9, 22, 36, 52, 66])
  })

  it('keep nameAtReview for States left in a corrected list', () => {
    const s1 = sessionByNumber(1, allSessions([{ session: 1, states: ['CZE', 'ARG'] }]))
    expect(s1?.states).toEqual([{ iso3: 'CZE', nameAtReview: 'Czech Republic' }, { iso3: 'ARG' }])
  })

  it('move the estimates that depend on a corrected date', () => {
    const corrected = allSessions([{ session: 41, start: '2022-11-14', end: '2022-11-25' }])
    expect(sessionByNumber(55, corrected)?.start).not.toBe(sessionByNumber(55, sessions)?.start)
  })

  it('ignore malformed dates', () => {
    const s = sessionByNumber(36, allSessions([{ session: 36, start: '2020-13-40', end: 'soon' }]))
    expect([s?.start, s?.end]).toEqual(['2020-11-02', '2020-11-13'])
  })
})

describe('cycleOfSession', () => {
  it('maps sessions to cycles', () => {
    expect([1, 12, 13, 26, 27, 40, 41, 54, 55, 68, 69].map(cycleOfSession)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6])
  })

  it('rejects what is not a session number', () => {
    expect(() => cycleOfSession(0)).toThrow(RangeError)
    expect(() => cycleOfSession(1.5)).toThrow(RangeError)
  })
})
