/**
 * The planned date of every stage of one review, computed from the Working Group session and the State's
 * review day by the defaults of DOMAIN.md ("The stages of one review"), with the delegate's corrections
 * on top. A corrected date moves the stages computed from it (a corrected review day moves the national
 * report deadline, a corrected Council adoption moves the addendum and the mid-term report).
 *
 * Calendar dates only (`YYYY-MM-DD`, UTC arithmetic): no time zone can shift a deadline by a day.
 */
import type { CalendarDate, Iso3, ReviewStage } from '../model'
import { REVIEW_STAGES } from '../model'
import { parseCalendarDate } from '../dates'
import {
  addDays,
  addMonths,
  mondayOnOrBefore,
  nearestWorkingDay,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBetween
} from './calendar-math'

/** What the stage plan needs of a session: its number, dates and States in order of review. */
export interface SessionDates {
  session: number
  start: CalendarDate | null
  end: CalendarDate | null
  /** The States in their order of review; `reviewDate` where a published timetable gives the day. */
  states: readonly { iso3: Iso3; reviewDate?: string }[]
}

/** Where a review day comes from. */
export type ReviewDayBasis = 'published' | 'order-of-review' | 'session-start' | 'corrected'

/** Whether a review day is the app's estimate (to be checked against the OHCHR timetable). */
export function isEstimatedReviewDay(day: ReviewDay): boolean {
  return day.basis === 'order-of-review' || day.basis === 'session-start'
}

export interface ReviewDay {
  date: CalendarDate
  basis: ReviewDayBasis
}

/** One stage with its dates. */
export interface PlannedStage {
  stage: ReviewStage
  /** The date the app computes (from the session, or from corrected dates it depends on). */
  computed: CalendarDate
  /** The date in force: the delegate's correction, or the computed date. */
  planned: CalendarDate
  corrected: boolean
  /** Where the stage's period starts on the timeline; equal to `planned` for a one-day stage. */
  from: CalendarDate
}

/** Every stage of one review, in order, with the review day and the Council session of the adoption. */
export interface StagePlan {
  session: number
  reviewDay: ReviewDay
  /** The Human Rights Council regular session that adopts the outcome (e.g. 59 for June 2025). */
  councilSession: number
  stages: PlannedStage[]
}

/** The delegate's corrected planned dates, by stage (null or absent: keep the computed date). */
export type StageCorrections = Partial<Record<ReviewStage, { planned: CalendarDate | null } | undefined>>

/** Defaults, in days, relative to the review day (DOMAIN.md; each is marked "check" there). */
export const STAGE_DEFAULTS = {
  /** National report due about 12 weeks before the review. */
  nationalReportDays: -84,
  /** National consultations and drafting: about six months before the deadline. */
  draftingDays: -182,
  /** UN compilation and stakeholders' summary published about 6 weeks before. */
  documentsDays: -42,
  /** Pre-sessions 1-2 months before. */
  preSessionsFromDays: -56,
  preSessionsToDays: -28,
  /** Advance written questions about 10 days before (a working day). */
  advanceQuestionsDays: -10,
  /** Draft report adopted in the Working Group at least 48 hours after the dialogue. */
  reportAdoptionDays: 2,
  /** Positions (addendum) submitted about 6 weeks before the Council adoption. */
  positionsBeforeAdoptionDays: -42,
  /** The Council adopts the outcome at its next session that is at least 16 weeks after the Working Group. */
  councilGapDays: 112,
  /** Voluntary mid-term report about 2.5 years after the adoption. */
  midTermMonths: 30,
  /** Next review one cycle later (about 4.5 years), when the calendar has no next session. */
  nextReviewMonths: 54,
  /** The last two working days of a session are kept for the adoption of the reports. */
  adoptionDaysAtEnd: 2
} as const

/**
 * Item 6 (UPR outcomes) of the Council's three regular sessions falls about mid-March, early July and late
 * September: month (1-12), day, and the session's place in the year.
 */
const COUNCIL_ITEM6 = [
  { month: 3, day: 20, offset: 0 },
  { month: 7, day: 3, offset: 1 },
  { month: 9, day: 25, offset: 2 }
] as const
/** HRC 7 was the March session of 2008; three regular sessions a year since. */
const COUNCIL_MARCH_2008 = 7

/**
 * The State's review day in its session, estimated from the order of review: the reviews are spread
 * evenly over the session's working days but the last two (kept for adopting reports). This gives the
 * real days of Slovenia at sessions 20, 34 and 48 (12th of 14: the Tuesday of the second week).
 * Falls back to the session's first day when the State is not in the session's list. A day that a published
 * timetable gives (the calendar's `reviewDate`) is taken as it is.
 */
export function estimatedReviewDay(session: SessionDates, stateIso3: Iso3): ReviewDay | null {
  if (!session.start || parseCalendarDate(session.start) === null) return null
  const end = session.end && parseCalendarDate(session.end) !== null && session.end >= session.start ? session.end : addDays(session.start, 11)
  const index = session.states.findIndex((s) => s.iso3 === stateIso3)
  // The day a published timetable gives, when it lies within the session's dates (which a person may have corrected).
  const published = index >= 0 ? session.states[index]?.reviewDate : undefined
  if (published && parseCalendarDate(published) !== null && published >= session.start && published <= end) return { date: published, basis: 'published' }
  const days = workingDaysBetween(session.start, end)
  if (index < 0 || days.length === 0) return { date: workingDayOnOrAfter(session.start), basis: 'session-start' }
  const reviewDays = Math.max(1, days.length - STAGE_DEFAULTS.adoptionDaysAtEnd)
  const day = Math.min(reviewDays - 1, Math.floor((index * reviewDays) / session.states.length))
  return { date: days[day]!, basis: 'order-of-review' }
}

/** The Council's item-6 adoption after a Working Group session that ended on `end`, and its session number. */
export function councilAdoptionAfter(end: CalendarDate): { date: CalendarDate; councilSession: number } {
  const earliest = addDays(end, STAGE_DEFAULTS.councilGapDays)
  const year = Number(earliest.slice(0, 4))
  for (const y of [year, year + 1]) {
    for (const slot of COUNCIL_ITEM6) {
      const date = `${y}-${String(slot.month).padStart(2, '0')}-${String(slot.day).padStart(2, '0')}`
      if (date >= earliest) {
        return { date: nearestWorkingDay(date), councilSession: COUNCIL_MARCH_2008 + 3 * (y - 2008) + slot.offset }
      }
    }
  }
  // Unreachable: the slots of the following year always come after `earliest`.
  throw new RangeError(`No Council session after ${end}`)
}

/**
 * The Council regular session an adoption on `date` belongs to: January-April the March session,
 * May-July the June session, August-December the September session (nominal pattern, "check").
 */
export function councilSessionOf(date: CalendarDate): number {
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  const offset = month <= 4 ? 0 : month <= 7 ? 1 : 2
  return COUNCIL_MARCH_2008 + 3 * (year - 2008) + offset
}

export interface StagePlanInput {
  /** The Working Group session of the review. */
  session: SessionDates
  stateIso3: Iso3
  /** The State's next review in the calendar (one cycle later), if the calendar has it. */
  nextSession?: SessionDates | null
  /** The delegate's corrected planned dates. */
  corrections?: StageCorrections
}

/**
 * Plans every stage of one review; null when the session has no dates yet. The review day is the
 * corrected interactive dialogue date if any, else the estimate from the order of review.
 */
export function planStages(input: StagePlanInput): StagePlan | null {
  const { session, stateIso3, nextSession = null, corrections = {} } = input
  const estimate = estimatedReviewDay(session, stateIso3)
  if (!estimate) return null
  const correctedOf = (stage: ReviewStage): CalendarDate | null => {
    const value = corrections[stage]?.planned ?? null
    return value !== null && parseCalendarDate(value) !== null ? value : null
  }
  const dialogueCorrection = correctedOf('interactiveDialogue')
  const reviewDay: ReviewDay = dialogueCorrection ? { date: dialogueCorrection, basis: 'corrected' } : estimate
  const r = reviewDay.date
  const sessionEnd = session.end && session.end >= r ? session.end : r

  const computed = new Map<ReviewStage, { date: CalendarDate; from?: CalendarDate }>()
  const planned = new Map<ReviewStage, CalendarDate>()
  // Stages are computed in order; each may depend on the planned (possibly corrected) date of an earlier one.
  const set = (stage: ReviewStage, date: CalendarDate, from?: CalendarDate) => {
    computed.set(stage, from === undefined ? { date } : { date, from })
    planned.set(stage, correctedOf(stage) ?? date)
  }
  const get = (stage: ReviewStage): CalendarDate => planned.get(stage)!

  const reportDue = addDays(r, STAGE_DEFAULTS.nationalReportDays)
  set('nationalReportDue', reportDue, addDays(reportDue, STAGE_DEFAULTS.draftingDays))
  set('documentsPublished', addDays(r, STAGE_DEFAULTS.documentsDays))
  set('preSessions', addDays(r, STAGE_DEFAULTS.preSessionsToDays), addDays(r, STAGE_DEFAULTS.preSessionsFromDays))
  set('advanceQuestions', workingDayOnOrBefore(addDays(r, STAGE_DEFAULTS.advanceQuestionsDays)))
  set('speakersListOpens', addDays(mondayOnOrBefore(session.start ?? r), -7))
  set('interactiveDialogue', estimate.date)
  set('reportAdoption', workingDayOnOrAfter(addDays(r, STAGE_DEFAULTS.reportAdoptionDays)), r)
  const council = councilAdoptionAfter(sessionEnd)
  // Positions depend on the adoption: computed after it, listed before it.
  const plenaryCorrection = correctedOf('plenaryAdoption')
  const plenary = plenaryCorrection ?? council.date
  set('positions', workingDayOnOrBefore(addDays(plenary, STAGE_DEFAULTS.positionsBeforeAdoptionDays)), get('reportAdoption'))
  set('plenaryAdoption', council.date)
  set('midTermReport', workingDayOnOrBefore(addMonths(get('plenaryAdoption'), STAGE_DEFAULTS.midTermMonths)), get('plenaryAdoption'))
  const next = nextSession ? estimatedReviewDay(nextSession, stateIso3) : null
  set('nextReview', next?.date ?? workingDayOnOrBefore(addMonths(r, STAGE_DEFAULTS.nextReviewMonths)), get('midTermReport'))

  const stages = REVIEW_STAGES.map((stage): PlannedStage => {
    const c = computed.get(stage)!
    const date = get(stage)
    // A period whose end was corrected to before its computed start shrinks to one day.
    const from = c.from !== undefined && c.from <= date ? c.from : date
    return { stage, computed: c.date, planned: date, corrected: correctedOf(stage) !== null, from }
  })
  return {
    session: session.session,
    reviewDay,
    councilSession: plenaryCorrection ? councilSessionOf(plenaryCorrection) : council.councilSession,
    stages
  }
}

/** The planned date of one stage in a plan. */
export function plannedDateOf(plan: StagePlan, stage: ReviewStage): CalendarDate {
  return plan.stages.find((s) => s.stage === stage)!.planned
}
