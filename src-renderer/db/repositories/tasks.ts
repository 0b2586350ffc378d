import type { Task } from '../../domain/model'
import { checkTask } from '../../domain/review/validation'
import type { UprDeskDatabase } from '../schema/database'
import { InputRejected } from './reviews'
import { stampChanged, stampNew, type NewRecord } from '../../domain/stamp'

/** The to-dos of the review cycle: checked before they are stored (a task needs a title). */
export class TaskRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** Stores a new task; rejects one without a title or with a malformed due date. */
  async add(input: NewRecord<Task>): Promise<Task> {
    const task = stampNew<Task>({ ...input, title: input.title.trim(), owner: input.owner.trim() }, 'task')
    this.check(task)
    await this.db.tasks.add(task)
    return task
  }

  /** Saves an edited task, with the same checks. */
  async update(task: Task): Promise<Task> {
    const changed = stampChanged({ ...task, title: task.title.trim(), owner: task.owner.trim() })
    this.check(changed)
    await this.db.tasks.put(changed)
    return changed
  }

  /** Ticks a task done, or opens it again. */
  setDone(id: string, done: boolean): Promise<void> {
    return this.db.transaction('rw', this.db.tasks, async () => {
      const task = await this.db.tasks.get(id)
      if (task) await this.db.tasks.put(stampChanged({ ...task, done }))
    })
  }

  /** Deletes a task. */
  remove(id: string): Promise<void> {
    return this.db.tasks.delete(id)
  }

  /** The tasks of one review, by due date. */
  forReview(reviewId: string): Promise<Task[]> {
    return this.db.tasks.where('reviewId').equals(reviewId).sortBy('dueOn')
  }

  /** Every task not done yet, of any review. */
  open(): Promise<Task[]> {
    return this.db.tasks.filter((t) => !t.done).toArray()
  }

  private check(task: Task): void {
    const problems = checkTask({ title: task.title, dueOn: task.dueOn ?? '' })
    if (problems.length > 0) throw new InputRejected(problems)
  }
}
