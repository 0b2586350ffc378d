import type { Review, Task } from '../../domain/model'
import type { UprDeskDatabase } from '../database'
import { stampChanged, stampNew, type NewRecord } from './stamp'

/** Reviews of States (our own and those we follow) and the tasks of their stages. */
export class ReviewRepository {
  constructor(private readonly db: UprDeskDatabase) {}

  /** Stores a new review. */
  async add(input: NewRecord<Review>): Promise<Review> {
    const review = stampNew<Review>(input, 'rev')
    await this.db.reviews.add(review)
    return review
  }

  /** Saves an edited review. */
  async update(review: Review): Promise<Review> {
    const changed = stampChanged(review)
    await this.db.reviews.put(changed)
    return changed
  }

  /** The review of one State in one session, if recorded. */
  find(stateIso3: string, session: number): Promise<Review | undefined> {
    return this.db.reviews.where('[stateIso3+session]').equals([stateIso3, session]).first()
  }

  /** Every recorded review of one State. */
  forState(stateIso3: string): Promise<Review[]> {
    return this.db.reviews.where('stateIso3').equals(stateIso3).sortBy('session')
  }

  /** Adds a task to a review. */
  async addTask(input: NewRecord<Task>): Promise<Task> {
    const task = stampNew<Task>(input, 'task')
    await this.db.tasks.add(task)
    return task
  }

  /** The tasks of one review. */
  tasksOf(reviewId: string): Promise<Task[]> {
    return this.db.tasks.where('reviewId').equals(reviewId).toArray()
  }
}
