import type { Attachment, ImplementationStatus, Iso3, Position, Recommendation, Review, ReviewDocument, ReviewStage, StageRecord, Task } from '../../domain/model'
import { checkAttachment, checkTask, type InputProblem } from '../../domain/review/validation'
import type { UprDeskDatabase } from '../schema/database'
import { newId, nowIso } from '../../domain/ids'
import { storableName } from '../../archive/record-schemas'
import { ReferenceCorrectionRepository } from './reference-corrections'
import { stampChanged, stampNew, type NewRecord } from '../../domain/stamp'

/** Which review a change is about: our State in one session (the record is created on the first change). */
export interface ReviewKey {
  stateIso3: Iso3
  session: number
  cycle: number
}

/** A file to keep with a document. */
export interface AttachmentInput {
  name: string
  mediaType: string
  bytes: Uint8Array
}

/** Raised when input fails its checks: nothing was written. */
export class InputRejected extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map((p) => p.key).join(', '))
    this.name = 'InputRejected'
  }
}

/** Counts of the recommendations a State received, by position and implementation status. */
export type ReceivedCounts = Record<Position, Record<ImplementationStatus, number>>

/**
 * Reviews of States (our own) with their stages, documents and attachments, and the tasks of their
 * stages. A review record is created on the first change; every change that touches several records
 * (a stage and the tasks that move with it, a document and its file) is one transaction.
 */
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

  /** Changes a review (created when missing) with `change`; returns the saved record. */
  edit(key: ReviewKey, change: (review: Review) => Review): Promise<Review> {
    return this.db.transaction('rw', this.db.reviews, () => this.editInTransaction(key, change))
  }

  /**
   * Saves one stage's record and, in the same transaction, the tasks whose due dates moved with the
   * stage dates (see `retimeTasks`).
   */
  saveStage(key: ReviewKey, stage: ReviewStage, record: StageRecord, movedTasks: readonly Task[] = []): Promise<Review> {
    return this.db.transaction('rw', this.db.reviews, this.db.tasks, async () => {
      const review = await this.editInTransaction(key, (r) => ({ ...r, stages: { ...r.stages, [stage]: record } }))
      if (movedTasks.length > 0) {
        const at = nowIso()
        await this.db.tasks.bulkPut(movedTasks.map((t) => ({ ...t, updatedAt: at })))
      }
      return review
    })
  }

  /**
   * Corrects a session's dates in the calendar (or, with null, goes back to the calendar's) and moves the
   * open tasks whose stages moved with it, in one transaction.
   */
  correctSession(session: number, value: Record<string, unknown> | null, movedTasks: readonly Task[] = []): Promise<void> {
    return this.db.transaction('rw', this.db.referenceCorrections, this.db.tasks, async () => {
      const corrections = new ReferenceCorrectionRepository(this.db)
      if (value) await corrections.set('session', String(session), value)
      else await corrections.remove('session', String(session))
      if (movedTasks.length > 0) {
        const at = nowIso()
        await this.db.tasks.bulkPut(movedTasks.map((t) => ({ ...t, updatedAt: at })))
      }
    })
  }

  /** Adds the default checklist (or any set of tasks) to a review, creating the review if needed: one transaction. */
  addTasks(key: ReviewKey, tasks: readonly Omit<NewRecord<Task>, 'reviewId'>[]): Promise<Task[]> {
    const problems = tasks.flatMap((t) => checkTask({ title: t.title, dueOn: t.dueOn ?? '' }))
    if (problems.length > 0) return Promise.reject(new InputRejected(problems))
    return this.db.transaction('rw', this.db.reviews, this.db.tasks, async () => {
      const review = await this.editInTransaction(key, (r) => r)
      const at = nowIso()
      const stored = tasks.map((t) => stampNew<Task>({ ...t, title: t.title.trim(), owner: t.owner.trim(), reviewId: review.id }, 'task', at))
      await this.db.tasks.bulkAdd(stored)
      return stored
    })
  }

  /**
   * Adds a document to a review, with its file if any: the file is checked first (size, empty, damaged)
   * and the review and the attachment are written together, or not at all.
   */
  addDocument(key: ReviewKey, document: Omit<ReviewDocument, 'id' | 'attachmentId' | 'attachmentName'>, file: AttachmentInput | null): Promise<Review> {
    if (file) {
      const problems = checkAttachment({ name: file.name, size: file.bytes.byteLength, bytes: file.bytes })
      if (problems.length > 0) return Promise.reject(new InputRejected(problems))
    }
    return this.db.transaction('rw', this.db.reviews, this.db.attachments, async () => {
      let attachment: Attachment | null = null
      const review = await this.editInTransaction(key, (r) => r)
      if (file) {
        attachment = stampNew<Attachment>(
          // Stored without control or text-direction characters: an archive refuses them in names.
          { ownerId: review.id, name: storableName(file.name), mediaType: file.mediaType || 'application/octet-stream', size: file.bytes.byteLength, bytes: file.bytes },
          'att'
        )
        await this.db.attachments.add(attachment)
      }
      const added: ReviewDocument = { ...document, id: newId('doc'), attachmentId: attachment?.id ?? null, attachmentName: attachment?.name ?? null }
      const saved = stampChanged({ ...review, documents: [...review.documents, added] })
      await this.db.reviews.put(saved)
      return saved
    })
  }

  /** Removes a document and its attached file, together. */
  removeDocument(reviewId: string, documentId: string): Promise<void> {
    return this.db.transaction('rw', this.db.reviews, this.db.attachments, async () => {
      const review = await this.db.reviews.get(reviewId)
      if (!review) return
      const document = review.documents.find((d) => d.id === documentId)
      if (document?.attachmentId) await this.db.attachments.delete(document.attachmentId)
      await this.db.reviews.put(stampChanged({ ...review, documents: review.documents.filter((d) => d.id !== documentId) }))
    })
  }

  /** An attached file, by id. */
  attachment(id: string): Promise<Attachment | undefined> {
    return this.db.attachments.get(id)
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

  /** How many recommendations the State received, by position and implementation status (one session, or all). */
  async receivedCounts(stateIso3: Iso3, session: number | null): Promise<{ counts: ReceivedCounts; total: number }> {
    const counts = {} as ReceivedCounts
    let total = 0
    await this.db.recommendations
      .where('stateUnderReview')
      .equals(stateIso3)
      .each((r) => {
        if (session !== null && r.session !== session) return
        counts[r.position] ??= {} as Record<ImplementationStatus, number>
        counts[r.position][r.implementationStatus] = (counts[r.position][r.implementationStatus] ?? 0) + 1
        total += 1
      })
    return { counts, total }
  }

  /** The recommendations the State received (one session, or all), reduced to what a summary needs. */
  async received(stateIso3: Iso3, session: number | null): Promise<Pick<Recommendation, 'position' | 'implementationStatus' | 'themes'>[]> {
    const rows: Pick<Recommendation, 'position' | 'implementationStatus' | 'themes'>[] = []
    await this.db.recommendations
      .where('stateUnderReview')
      .equals(stateIso3)
      .each((r) => {
        if (session === null || r.session === session) rows.push({ position: r.position, implementationStatus: r.implementationStatus, themes: r.themes })
      })
    return rows
  }

  private async editInTransaction(key: ReviewKey, change: (review: Review) => Review): Promise<Review> {
    const existing = await this.find(key.stateIso3, key.session)
    const base: Review =
      existing ??
      stampNew<Review>(
        { stateIso3: key.stateIso3, session: key.session, cycle: key.cycle, stages: {}, documents: [], troika: [], headOfDelegation: '', notes: '' },
        'rev'
      )
    const saved = stampChanged(change(base))
    await this.db.reviews.put(saved)
    return saved
  }
}
