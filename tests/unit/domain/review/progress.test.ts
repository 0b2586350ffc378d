import { describe, expect, it } from 'vitest'
import { allSessions } from '../../../../src-renderer/domain/calendar'
import type { Review, Task } from '../../../../src-renderer/domain/model'
import { checklistFor, DEFAULT_CHECKLIST } from '../../../../src-renderer/domain/review/checklist'
import { ownReviews } from '../../../../src-renderer/domain/review/cycle'
import { currentReviewPlan, currentStage, isOverdue, openTasks, stageProgress, upcomingDeadlines } from '../../../../src-renderer/domain/review/progress'
import { planStages, plannedDateOf } from '../../../../src-renderer/domain/review/stages'

const sessions = allSessions()
const plan = planStages({ session: sessions.find((s) => s.session === 48)!, stateIso3: 'SVN' })!

function task(over: Partial<Task>): Task {
  return { id: over.title ?? 't', createdAt: '', updatedAt: '', reviewId: 'r', stage: 'nationalReportDue', title: 'A task', owner: '', dueOn: null, done: false, ...over }
}

function review(stages: Review['stages']): Pick<Review, 'stages'> {
  return { stages }
}

describe('stageProgress', () => {
  it('gives every stage its status, and the actual date precedence over the planned one', () => {
    const stages = stageProgress(plan, review({ interactiveDialogue: { planned: null, actual: '2025-01-29', status: 'done', notes: 'Went well' } }))
    const dialogue = stages.find((s) => s.stage === 'interactiveDialogue')!
    expect([dialogue.status, dialogue.date, dialogue.notes]).toEqual(['done', '2025-01-29', 'Went well'])
    expect(stages.filter((s) => s.status === 'not-started')).toHaveLength(10)
  })
})

describe('currentStage', () => {
  it('is the first stage not done that is still ahead', () => {
    expect(currentStage(stageProgress(plan, null), '2024-12-01')?.stage).toBe('documentsPublished')
    expect(currentStage(stageProgress(plan, null), '2025-01-28')?.stage).toBe('interactiveDialogue')
    expect(currentStage(stageProgress(plan, null), '2026-12-01')?.stage).toBe('midTermReport')
  })

  it('skips a stage marked done and keeps an overdue stage in progress', () => {
    const done = stageProgress(plan, review({ documentsPublished: { planned: null, actual: null, status: 'done', notes: '' } }))
    expect(currentStage(done, '2024-12-01')?.stage).toBe('preSessions')
    const late = stageProgress(plan, review({ nationalReportDue: { planned: null, actual: null, status: 'in-progress', notes: '' } }))
    const now = currentStage(late, '2024-12-01')!
    expect(now.stage).toBe('nationalReportDue')
    expect(isOverdue(now, '2024-12-01')).toBe(true)
  })

  it('is null once every stage is past or done', () => {
    expect(currentStage(stageProgress(plan, null), '2031-01-01')).toBeNull()
  })
})

describe('upcomingDeadlines', () => {
  it('lists the next stages and open tasks from today, soonest first, three by default', () => {
    const stages = stageProgress(plan, null)
    const tasks = [
      task({ title: 'Send the draft', dueOn: '2024-12-20' }),
      task({ title: 'Done already', dueOn: '2024-12-18', done: true }),
      task({ title: 'Past', dueOn: '2024-11-01' })
    ]
    const next = upcomingDeadlines({ stages, session: 48, tasks }, '2024-12-10')
    expect(next.map((d) => (d.kind === 'stage' ? d.stage : d.task.title))).toEqual(['documentsPublished', 'Send the draft', 'preSessions'])
    expect(next.map((d) => d.daysLeft)).toEqual([7, 10, 21])
    expect(upcomingDeadlines({ stages, session: 48, tasks }, '2024-12-10', 10)).toHaveLength(10)
  })
})

describe('openTasks', () => {
  it('puts dated tasks first, soonest first, and leaves done ones out', () => {
    const sorted = openTasks([task({ title: 'b', dueOn: null }), task({ title: 'c', dueOn: '2025-01-02' }), task({ title: 'a', dueOn: '2024-12-01' }), task({ title: 'd', done: true })])
    expect(sorted.map((t) => t.title)).toEqual(['a', 'c', 'b'])
  })
})

describe('our current review', () => {
  it('is the latest review whose preparation has started', () => {
    const portugal = ownReviews('PRT', sessions, [])
    expect(portugal.map((r) => r.session.session)).toEqual([6, 19, 33, 47, 61])
    expect(currentReviewPlan(portugal, '2026-12-01')?.session.session).toBe(47)
    expect(currentReviewPlan(portugal, '2029-06-01')?.session.session).toBe(61)
    expect(currentReviewPlan(portugal, '2000-01-01')?.session.session).toBe(6)
    expect(currentReviewPlan([], '2026-12-01')).toBeNull()
  })

  it('merges the stored record and plans the next review from the next session of the State', () => {
    const stored = { id: 'r', createdAt: '', updatedAt: '', stateIso3: 'PRT', cycle: 4, session: 47, stages: { interactiveDialogue: { planned: '2024-11-07', actual: null, status: 'done' as const, notes: '' } }, documents: [], troika: [], headOfDelegation: '', notes: '' }
    const r47 = ownReviews('PRT', sessions, [stored]).find((r) => r.session.session === 47)!
    expect(r47.record).toBe(stored)
    expect(r47.plan.reviewDay).toEqual({ date: '2024-11-07', basis: 'corrected' })
    expect(r47.nextSession?.session).toBe(61)
    const next = plannedDateOf(r47.plan, 'nextReview')
    expect(next >= r47.nextSession!.start! && next <= r47.nextSession!.end!).toBe(true)
  })
})

describe('the default checklist', () => {
  it('gives each task a due date from its stage', () => {
    const items = checklistFor((stage) => plannedDateOf(plan, stage))
    expect(items).toHaveLength(DEFAULT_CHECKLIST.length)
    expect(items.find((i) => i.key === 'submitReport')?.dueOn).toBe(plannedDateOf(plan, 'nationalReportDue'))
    expect(items.find((i) => i.key === 'draftToCapital')?.dueOn).toBe('2024-10-08')
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length)
  })
})
