/**
 * When a stage's date moves (a corrected review day moves the national report deadline with it), the
 * open tasks of that stage move by the same number of days, so "circulate the draft four weeks before"
 * stays four weeks before. Done tasks and tasks without a due date stay as they are.
 */
import type { CalendarDate, ReviewStage, Task } from '../model'
import { daysBetween } from '../dates'
import { addDays } from './calendar-math'

/** The tasks that change, with their new due dates (the others are left out). */
export function retimeTasks(
  tasks: readonly Task[],
  before: ReadonlyMap<ReviewStage, CalendarDate>,
  after: ReadonlyMap<ReviewStage, CalendarDate>
): Task[] {
  const moved: Task[] = []
  for (const task of tasks) {
    if (task.done || task.dueOn === null || task.stage === null) continue
    const from = before.get(task.stage)
    const to = after.get(task.stage)
    if (!from || !to || from === to) continue
    const shift = daysBetween(from, to)
    if (!Number.isFinite(shift) || shift === 0) continue
    moved.push({ ...task, dueOn: addDays(task.dueOn, shift) })
  }
  return moved
}
