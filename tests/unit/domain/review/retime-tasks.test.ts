import { describe, expect, it } from 'vitest'
import type { ReviewStage, Task } from '../../../../src-renderer/domain/model'
import { retimeTasks } from '../../../../src-renderer/domain/review/retime-tasks'

const task = (over: Partial<Task>): Task => ({ id: 'x', createdAt: '', updatedAt: '', reviewId: 'r', stage: 'nationalReportDue', title: 't', owner: '', dueOn: '2024-10-08', done: false, ...over })

describe('retimeTasks', () => {
  const before = new Map<ReviewStage, string>([['nationalReportDue', '2024-11-05'], ['interactiveDialogue', '2025-01-28']])
  const after = new Map<ReviewStage, string>([['nationalReportDue', '2024-11-06'], ['interactiveDialogue', '2025-01-28']])

  it('moves the open tasks of a stage by as many days as the stage moved', () => {
    expect(retimeTasks([task({ id: 'a' })], before, after)).toEqual([task({ id: 'a', dueOn: '2024-10-09' })])
  })

  it('leaves done tasks, undated tasks, tasks of unmoved stages and tasks without a stage alone', () => {
    const tasks = [
      task({ id: 'done', done: true }),
      task({ id: 'undated', dueOn: null }),
      task({ id: 'other', stage: 'interactiveDialogue' }),
      task({ id: 'free', stage: null })
    ]
    expect(retimeTasks(tasks, before, after)).toEqual([])
  })
})
