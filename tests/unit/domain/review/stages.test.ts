import { afterEach, describe, expect, it } from 'vitest'
import { allSessions, reviewsOfState, sessionByNumber, type Session } from '../../../../src-renderer/domain/calendar'
import {
  councilAdoptionAfter,
  councilSessionOf,
  estimatedReviewDay,
  isEstimatedReviewDay,
  planStages,
  plannedDateOf,
  type StagePlan
} from '../../../../src-renderer/domain/review/stages'
import { REVIEW_STAGES, type ReviewStage } from '../../../../src-renderer/domain/model'

const sessions = allSessions()
const session = (n: number): Session => sessionByNumber(n, sessions)!

function datesOf(plan: StagePlan | null): Record<ReviewStage, string> {
  if (!plan) throw new Error('no plan')
  return Object.fromEntries(plan.stages.map((s) => [s.stage, s.planned])) as Record<ReviewStage, string>
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay()

describe('estimatedReviewDay', () => {
  // Slovenia is 12th of 14 at sessions 20, 34 and 48; the reports give its review days.
  it.each([
    [20, '2014-11-04'],
    [34, '2019-11-12'],
    [48, '2025-01-28']
  ])('gives Slovenia\'s real review day at session %i (%s)', (n, day) => {
    expect(estimatedReviewDay(session(n), 'SVN')).toEqual({ date: day, basis: 'order-of-review' })
  })

  it('puts the first State on the first day and the last before the two adoption days', () => {
    const s48 = session(48)
    expect(estimatedReviewDay(s48, 'ITA')?.date).toBe('2025-01-20')
    expect(estimatedReviewDay(s48, 'BIH')?.date).toBe('2025-01-29')
  })

  it('takes the day a published timetable gives, as published, unless the session was moved away from it', () => {
    // Portugal at session 47: 6 November 2024 (the calendar's reviewDate, from the OHCHR timetable).
    expect(estimatedReviewDay(session(47), 'PRT')).toEqual({ date: '2024-11-06', basis: 'published' })
    expect(isEstimatedReviewDay({ date: '2024-11-06', basis: 'published' })).toBe(false)
    expect(isEstimatedReviewDay({ date: '2025-01-28', basis: 'order-of-review' })).toBe(true)
    // Dates corrected by a person to a week that does not hold the published day: the estimate, from the new dates.
    const moved = { ...session(47), start: '2024-12-02', end: '2024-12-13' }
    expect(estimatedReviewDay(moved, 'PRT')?.basis).toBe('order-of-review')
  })

  it('falls back to the session start for a State not in the session, and to nothing without dates', () => {
    expect(estimatedReviewDay(session(48), 'PRT')).toEqual({ date: '2025-01-20', basis: 'session-start' })
    expect(estimatedReviewDay({ session: 99, start: null, end: null, states: [] }, 'PRT')).toBeNull()
  })
})

describe('planStages', () => {
  it('computes every stage of Slovenia\'s review at session 48 (20-31 January 2025, reviewed 28 January)', () => {
    const next = reviewsOfState('SVN', sessions).find((s) => s.session === 62)!
    const plan = planStages({ session: session(48), stateIso3: 'SVN', nextSession: next })
    expect(plan?.reviewDay).toEqual({ date: '2025-01-28', basis: 'order-of-review' })
    const dates = datesOf(plan)
    expect(dates).toMatchObject({
      nationalReportDue: '2024-11-05', // 12 weeks before
      documentsPublished: '2024-12-17', // 6 weeks before
      preSessions: '2024-12-31',
      advanceQuestions: '2025-01-17', // 10 days before is a Saturday: the Friday before
      speakersListOpens: '2025-01-13', // Monday of the week before the session
      interactiveDialogue: '2025-01-28',
      reportAdoption: '2025-01-30', // 48 hours later
      positions: '2025-05-22', // 6 weeks before the Council adoption
      plenaryAdoption: '2025-07-03', // HRC 59, June-July 2025
      midTermReport: '2028-01-03' // 30 months after adoption
    })
    expect(plan?.councilSession).toBe(59)
    // Next review: Slovenia's slot in session 62 (estimated by the calendar), the Tuesday of its second week.
    expect(dates.nextReview >= next.start! && dates.nextReview <= next.end!).toBe(true)
    expect(weekday(dates.nextReview)).toBe(2)
    expect(plan?.stages.map((s) => s.stage)).toEqual([...REVIEW_STAGES])
    expect(plan?.stages.every((s) => !s.corrected && s.computed === s.planned)).toBe(true)
  })

  it('gives Slovenia\'s third-cycle review (session 34) the Council session of its real report, A/HRC/43/15', () => {
    const plan = planStages({ session: session(34), stateIso3: 'SVN' })
    expect(plan?.councilSession).toBe(43)
    expect(plannedDateOf(plan!, 'plenaryAdoption')).toBe('2020-03-20')
    // Session 20 (October-November 2014): A/HRC/28/15.
    expect(planStages({ session: session(20), stateIso3: 'SVN' })?.councilSession).toBe(28)
  })

  it('plans Portugal\'s review at session 47 (November 2024) through its Council adoption in March 2025', () => {
    const plan = planStages({ session: session(47), stateIso3: 'PRT' })
    expect(plan?.reviewDay.date).toBe('2024-11-06')
    expect(plan?.councilSession).toBe(58)
    expect(datesOf(plan)).toMatchObject({ plenaryAdoption: '2025-03-20', midTermReport: '2027-09-20', nextReview: '2029-05-04' })
  })

  it('moves the dependent stages with a corrected review day, and marks only the corrected stage', () => {
    const plan = planStages({ session: session(48), stateIso3: 'SVN', corrections: { interactiveDialogue: { planned: '2025-01-29' } } })
    expect(plan?.reviewDay).toEqual({ date: '2025-01-29', basis: 'corrected' })
    const dates = datesOf(plan)
    expect(dates.nationalReportDue).toBe('2024-11-06')
    expect(dates.reportAdoption).toBe('2025-01-31')
    const dialogue = plan!.stages.find((s) => s.stage === 'interactiveDialogue')!
    expect([dialogue.computed, dialogue.planned, dialogue.corrected]).toEqual(['2025-01-28', '2025-01-29', true])
    expect(plan!.stages.filter((s) => s.corrected).map((s) => s.stage)).toEqual(['interactiveDialogue'])
  })

  it('moves the addendum and the mid-term report with a corrected Council adoption', () => {
    const plan = planStages({ session: session(48), stateIso3: 'SVN', corrections: { plenaryAdoption: { planned: '2025-07-07' }, nationalReportDue: { planned: null } } })
    const dates = datesOf(plan)
    expect(dates).toMatchObject({ plenaryAdoption: '2025-07-07', positions: '2025-05-26', midTermReport: '2028-01-07', nationalReportDue: '2024-11-05' })
    expect(plan?.councilSession).toBe(59)
  })

  it('ignores a malformed corrected date', () => {
    const plan = planStages({ session: session(48), stateIso3: 'SVN', corrections: { interactiveDialogue: { planned: '2025-02-30' } } })
    expect(plan?.reviewDay.basis).toBe('order-of-review')
  })

  it('keeps every stage in order and every period starting on or before its date, for every review of cycles 2-5', () => {
    for (const s of sessions.filter((x) => x.session >= 13)) {
      for (const st of s.states) {
        const plan = planStages({ session: s, stateIso3: st.iso3 })!
        for (const stage of plan.stages) expect(stage.from <= stage.planned, `${s.session} ${st.iso3} ${stage.stage}`).toBe(true)
        const key = plan.stages.filter((x) => x.stage !== 'speakersListOpens').map((x) => x.planned)
        expect([...key].sort(), `${s.session} ${st.iso3}`).toEqual(key)
        for (const stage of plan.stages) expect(weekday(stage.planned), `${s.session} ${st.iso3} ${stage.stage}`).not.toBe(0)
      }
    }
  })
})

describe('the Council adoption', () => {
  it('follows the Working Group by at least 16 weeks, on item 6 of a regular session', () => {
    expect(councilAdoptionAfter('2025-01-31')).toEqual({ date: '2025-07-03', councilSession: 59 })
    expect(councilAdoptionAfter('2025-05-09')).toEqual({ date: '2025-09-25', councilSession: 60 })
    expect(councilAdoptionAfter('2024-11-15')).toEqual({ date: '2025-03-20', councilSession: 58 })
    // 20 March 2027 is a Saturday: the Friday before.
    expect(councilAdoptionAfter('2026-11-13')).toEqual({ date: '2027-03-19', councilSession: 64 })
  })

  it('names the Council session of any adoption date', () => {
    expect([councilSessionOf('2025-03-21'), councilSessionOf('2025-07-07'), councilSessionOf('2025-10-01')]).toEqual([58, 59, 60])
    expect(councilSessionOf('2008-06-10')).toBe(8)
  })
})

describe('calendar dates', () => {
  const original = process.env['TZ']
  afterEach(() => {
    if (original === undefined) delete process.env['TZ']
    else process.env['TZ'] = original
  })

  it('give the same plan in every time zone', () => {
    const reference = datesOf(planStages({ session: session(48), stateIso3: 'SVN' }))
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'Europe/Zurich']) {
      process.env['TZ'] = zone
      expect(datesOf(planStages({ session: session(48), stateIso3: 'SVN' })), zone).toEqual(reference)
    }
  })
})
