/**
 * The usual checklist of a review, stage by stage: what a mission and its capital do for their own
 * State's review. The titles live in the strings file (`review.defaultTasks.<key>`), so the checklist is
 * created in the delegate's language; each task is due a number of days before or after its stage's date.
 */
import type { CalendarDate, ReviewStage } from '../model'
import { addDays } from './calendar-math'

export interface ChecklistItem {
  key: string
  stage: ReviewStage
  /** Days from the stage's planned date (negative: before). */
  offsetDays: number
}

export const DEFAULT_CHECKLIST: readonly ChecklistItem[] = [
  { key: 'consultation', stage: 'nationalReportDue', offsetDays: -150 },
  { key: 'followUpPrevious', stage: 'nationalReportDue', offsetDays: -120 },
  { key: 'draftToCapital', stage: 'nationalReportDue', offsetDays: -28 },
  { key: 'submitReport', stage: 'nationalReportDue', offsetDays: 0 },
  { key: 'readCompilation', stage: 'documentsPublished', offsetDays: 7 },
  { key: 'followPreSessions', stage: 'preSessions', offsetDays: 0 },
  { key: 'answerQuestions', stage: 'advanceQuestions', offsetDays: 7 },
  { key: 'delegationList', stage: 'speakersListOpens', offsetDays: 0 },
  { key: 'openingStatement', stage: 'interactiveDialogue', offsetDays: -3 },
  { key: 'concludingRemarks', stage: 'interactiveDialogue', offsetDays: 0 },
  { key: 'checkDraftReport', stage: 'reportAdoption', offsetDays: 0 },
  { key: 'consultPositions', stage: 'positions', offsetDays: -21 },
  { key: 'submitAddendum', stage: 'positions', offsetDays: 0 },
  { key: 'plenaryStatement', stage: 'plenaryAdoption', offsetDays: -3 },
  { key: 'implementationPlan', stage: 'midTermReport', offsetDays: -540 },
  { key: 'collectImplementation', stage: 'midTermReport', offsetDays: -90 },
  { key: 'submitMidTerm', stage: 'midTermReport', offsetDays: 0 },
  { key: 'startNextCycle', stage: 'nextReview', offsetDays: -365 }
]

/** The checklist's tasks with their due dates, from the planned date of each stage. */
export function checklistFor(plannedDate: (stage: ReviewStage) => CalendarDate): { key: string; stage: ReviewStage; dueOn: CalendarDate }[] {
  return DEFAULT_CHECKLIST.map((item) => ({ key: item.key, stage: item.stage, dueOn: addDays(plannedDate(item.stage), item.offsetDays) }))
}
