/**
 * The demo mission's review cycle, written by the UPR Desk project for the demo: Portugal's fourth-cycle
 * review (session 47, November 2024), done up to the Council adoption and now in implementation with
 * the voluntary mid-term report to prepare; its tasks; and our part in the next Working Group sessions.
 * Stage dates follow the calendar; tasks and the mid-term report are placed relative to `today`.
 */
import { allSessions, type Session } from '../domain/calendar'
import type { CalendarDate, Participation, Review, ReviewStage, StageRecord, Task } from '../domain/model'
import { REVIEW_STAGES } from '../domain/model'
import { addDays, addMonths, workingDayOnOrBefore } from '../domain/review/calendar-math'
import { sessionsToFollow } from '../domain/review/sessions-window'
import { planStages, plannedDateOf } from '../domain/review/stages'
import type { DemoContext } from './context'
import { demoId } from './context'
import { DEMO_OWN_SESSION } from './recommendations'

/** The stages the demo review has completed (everything up to the Council adoption). */
const DONE: readonly ReviewStage[] = REVIEW_STAGES.slice(0, REVIEW_STAGES.indexOf('plenaryAdoption') + 1)

const STAGE_NOTES: Partial<Record<ReviewStage, string>> = {
  nationalReportDue: 'Demo: report drafted with eleven ministries; two consultations with civil society.',
  interactiveDialogue: 'Demo: delegation of nine, led from capital; 38 recommendations received.',
  positions: 'Demo: addendum submitted with positions on every recommendation.',
  plenaryAdoption: 'Demo: outcome adopted; statement delivered by the Ambassador.',
  midTermReport: 'Demo: the mid-term report covers all 38 recommendations, noted ones included.'
}

interface DemoTask {
  key: string
  stage: ReviewStage
  title: string
  owner: string
  /** Days from the demo's today, or from the mid-term report date when `fromMidTerm`. */
  days: number
  fromMidTerm?: boolean
  done: boolean
}

const TASKS: readonly DemoTask[] = [
  { key: 'addendum', stage: 'positions', title: 'Submit the addendum with our positions', owner: 'Human rights unit, MFA', days: -600, done: true },
  { key: 'plenary', stage: 'plenaryAdoption', title: 'Draft the statement for the Council plenary adoption', owner: 'Mission (human rights desk)', days: -560, done: true },
  { key: 'plan', stage: 'midTermReport', title: 'Adopt an implementation plan with responsible institutions and indicators', owner: 'Human rights unit, MFA', days: -10, done: false },
  { key: 'collect', stage: 'midTermReport', title: 'Collect implementation information from the responsible institutions', owner: 'Desk officer (capital)', days: 14, done: false },
  { key: 'consult', stage: 'midTermReport', title: 'Hold a consultation with civil society on the draft mid-term report', owner: 'National human rights committee', days: 45, done: false },
  { key: 'approve', stage: 'midTermReport', title: 'Send the draft mid-term report to capital for approval', owner: 'Mission (human rights desk)', days: -30, fromMidTerm: true, done: false },
  { key: 'submit', stage: 'midTermReport', title: 'Submit the voluntary mid-term report to OHCHR', owner: 'Mission (human rights desk)', days: 0, fromMidTerm: true, done: false }
]

/** Our part in the next two sessions: which States, by position in the session's list, and what we decided. */
const PARTICIPATIONS: readonly { sessionIndex: number; stateIndex: number; willSpeak: boolean | null; inscribed: boolean; speakers: number | null; notes: string }[] = [
  { sessionIndex: 0, stateIndex: 2, willSpeak: true, inscribed: true, speakers: 87, notes: 'Demo: follow up on our cycle-3 recommendation on the rights of persons with disabilities.' },
  { sessionIndex: 0, stateIndex: 5, willSpeak: true, inscribed: false, speakers: null, notes: 'Demo: inscription opens the Monday before the session.' },
  { sessionIndex: 0, stateIndex: 8, willSpeak: false, inscribed: false, speakers: null, notes: 'Demo: covered by the EU statement.' },
  { sessionIndex: 0, stateIndex: 11, willSpeak: null, inscribed: false, speakers: null, notes: '' },
  { sessionIndex: 1, stateIndex: 1, willSpeak: true, inscribed: false, speakers: null, notes: 'Demo: priority for the capital (climate and human rights).' },
  { sessionIndex: 1, stateIndex: 6, willSpeak: true, inscribed: false, speakers: null, notes: '' }
]

/** Demo review cycle: our review at session 47 with its stages and tasks, and the sessions we follow. */
export function demoReviewCycle(context: DemoContext): { reviews: Review[]; tasks: Task[]; participations: Participation[] } {
  const own = context.profile.stateIso3
  const sessions = allSessions()
  const session = sessions.find((s) => s.session === DEMO_OWN_SESSION)!
  const plan = planStages({ session, stateIso3: own, nextSession: sessions.find((s) => s.session === DEMO_OWN_SESSION + 14) ?? null })!
  const midTerm = midTermDate(plannedDateOf(plan, 'midTermReport'), context.today)
  const stages: Partial<Record<ReviewStage, StageRecord>> = {}
  for (const stage of REVIEW_STAGES) {
    stages[stage] = {
      planned: stage === 'midTermReport' && midTerm !== plannedDateOf(plan, 'midTermReport') ? midTerm : null,
      actual: null,
      status: DONE.includes(stage) ? 'done' : stage === 'midTermReport' ? 'in-progress' : 'not-started',
      notes: STAGE_NOTES[stage] ?? ''
    }
  }
  const review: Review = {
    id: demoId('review', `${own}-${DEMO_OWN_SESSION}`),
    createdAt: context.createdAt,
    updatedAt: context.createdAt,
    stateIso3: own,
    cycle: session.cycle,
    session: DEMO_OWN_SESSION,
    stages,
    documents: [
      { id: demoId('doc', 'national-report'), stage: 'nationalReportDue', symbol: `A/HRC/WG.6/${DEMO_OWN_SESSION}/${own}/1`, title: 'National report (demo entry)', url: null, attachmentId: null, attachmentName: null },
      { id: demoId('doc', 'ohchr-page'), stage: null, symbol: '', title: 'OHCHR page of the State’s reviews', url: 'https://www.ohchr.org/en/hr-bodies/upr/pt-index', attachmentId: null, attachmentName: null }
    ],
    troika: ['ARG', 'BGD', 'GHA'],
    headOfDelegation: 'Secretary of State for Foreign Affairs (demo)',
    notes: 'Demo review cycle written by the UPR Desk project; not official information.'
  }
  const tasks: Task[] = TASKS.map((task) => ({
    id: demoId('task', task.key),
    createdAt: context.createdAt,
    updatedAt: context.createdAt,
    reviewId: review.id,
    stage: task.stage,
    title: task.title,
    owner: task.owner,
    dueOn: workingDayOnOrBefore(addDays(task.fromMidTerm ? midTerm : context.today, task.days)),
    done: task.done
  }))
  return { reviews: [review], tasks, participations: demoParticipations(context, sessions) }
}

/** The mid-term report stays ahead of the demo's today: the computed date, or nine months from today. */
function midTermDate(computed: CalendarDate, today: CalendarDate): CalendarDate {
  return computed >= addDays(today, 60) ? computed : addMonths(today, 9)
}

function demoParticipations(context: DemoContext, sessions: readonly Session[]): Participation[] {
  const ahead = sessionsToFollow(sessions, context.today).filter((s) => (s.start ?? '') > context.today)
  const result: Participation[] = []
  for (const p of PARTICIPATIONS) {
    const session = ahead[p.sessionIndex]
    const state = session?.states.filter((s) => s.iso3 !== context.profile.stateIso3)[p.stateIndex]
    if (!session || !state) continue
    result.push({
      id: demoId('participation', `${session.session}-${state.iso3}`),
      createdAt: context.createdAt,
      updatedAt: context.createdAt,
      session: session.session,
      stateIso3: state.iso3,
      willSpeak: p.willSpeak,
      inscribed: p.inscribed,
      inscribedSpeakers: p.speakers,
      statementId: null,
      notes: p.notes
    })
  }
  return result
}
