import { checkRecord } from '../../../../src-renderer/archive/record-schemas'
import { testRepositories, type TestRepositories } from '../test-repositories'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import { InputRejected, type ReviewKey } from '../../../../src-renderer/db/repositories/reviews'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import type { Task } from '../../../../src-renderer/domain/model'
import { MAX_ATTACHMENT_BYTES } from '../../../../src-renderer/domain/review/validation'
import { sampleRecommendation } from '../sample-records'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

async function repositories(): Promise<TestRepositories> {
  const result = await openDatabase(`review-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  return testRepositories(result.db)
}

const SVN48: ReviewKey = { stateIso3: 'SVN', session: 48, cycle: 4 }
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a])

async function rejection(promise: Promise<unknown>): Promise<InputRejected> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(InputRejected)
  return error as InputRejected
}

describe('ReviewRepository', () => {
  it('creates the review on the first stage saved, once, and keeps the other stages', async () => {
    const repos = await repositories()
    await repos.reviews.saveStage(SVN48, 'interactiveDialogue', { planned: '2025-01-28', actual: '2025-01-28', status: 'done', notes: 'Delivered' })
    await repos.reviews.saveStage(SVN48, 'nationalReportDue', { planned: null, actual: null, status: 'done', notes: '' })
    const all = await repos.reviews.forState('SVN')
    expect(all).toHaveLength(1)
    expect(all[0]!.stages.interactiveDialogue).toEqual({ planned: '2025-01-28', actual: '2025-01-28', status: 'done', notes: 'Delivered' })
    expect(all[0]!.stages.nationalReportDue?.status).toBe('done')
    expect([all[0]!.cycle, all[0]!.troika, all[0]!.documents]).toEqual([4, [], []])
  })

  it('saves a stage and the tasks that move with it in one transaction: both or neither', async () => {
    const repos = await repositories()
    const [task] = await repos.reviews.addTasks(SVN48, [{ stage: 'nationalReportDue', title: 'Send the draft', owner: 'AB', dueOn: '2024-10-08', done: false }])
    const moved: Task = { ...task!, dueOn: '2024-10-09' }
    await repos.reviews.saveStage(SVN48, 'interactiveDialogue', { planned: '2025-01-29', actual: null, status: 'not-started', notes: '' }, [moved])
    expect((await repos.tasks.forReview(task!.reviewId!))[0]?.dueOn).toBe('2024-10-09')

    // A task that cannot be stored (no primary key) aborts the whole change: the stage is not saved either.
    const broken = { ...moved, id: undefined } as unknown as Task
    await expect(repos.reviews.saveStage(SVN48, 'reportAdoption', { planned: null, actual: null, status: 'done', notes: '' }, [broken])).rejects.toThrow()
    expect((await repos.reviews.find('SVN', 48))?.stages.reportAdoption).toBeUndefined()
  })

  it('corrects a session and moves the tasks with it in one transaction, and goes back to the calendar', async () => {
    const repos = await repositories()
    const [task] = await repos.reviews.addTasks(SVN48, [{ stage: 'nationalReportDue', title: 'Send the draft', owner: '', dueOn: '2024-10-08', done: false }])
    await repos.referenceCorrections.set('session', '48', { states: ['ITA', 'SVN'] })
    await repos.reviews.correctSession(48, { states: ['ITA', 'SVN'], start: '2025-01-27', end: '2025-02-07' }, [{ ...task!, dueOn: '2024-10-15' }])
    expect((await repos.referenceCorrections.all('session'))[0]?.value).toEqual({ states: ['ITA', 'SVN'], start: '2025-01-27', end: '2025-02-07' })
    expect((await repos.db.tasks.get(task!.id))?.dueOn).toBe('2024-10-15')
    await repos.reviews.correctSession(48, null, [{ ...task!, dueOn: '2024-10-08' }])
    expect(await repos.referenceCorrections.all('session')).toEqual([])
    expect((await repos.db.tasks.get(task!.id))?.dueOn).toBe('2024-10-08')
  })

  it('refuses a task without a title and writes nothing (not even the review)', async () => {
    const repos = await repositories()
    const error = await rejection(repos.reviews.addTasks(SVN48, [{ stage: null, title: '  ', owner: 'AB', dueOn: null, done: false }]))
    expect(error.problems.map((p) => p.key)).toEqual(['taskTitleRequired'])
    expect(await repos.db.reviews.count()).toBe(0)
    expect(await repos.db.tasks.count()).toBe(0)
  })

  it('adds the checklist in one go, trimmed', async () => {
    const repos = await repositories()
    const added = await repos.reviews.addTasks(SVN48, [
      { stage: 'nationalReportDue', title: ' Submit the national report ', owner: ' AB ', dueOn: '2024-11-05', done: false },
      { stage: 'positions', title: 'Submit the addendum', owner: '', dueOn: '2025-05-22', done: false }
    ])
    expect(added.map((t) => [t.title, t.owner])).toEqual([['Submit the national report', 'AB'], ['Submit the addendum', '']])
    expect(new Set(added.map((t) => t.reviewId)).size).toBe(1)
  })

  it('keeps a document with its file, and removes both together', async () => {
    const repos = await repositories()
    const review = await repos.reviews.addDocument(SVN48, { stage: 'nationalReportDue', symbol: 'A/HRC/WG.6/48/SVN/1', title: 'National report', url: null }, { name: 'national-report.pdf', mediaType: 'application/pdf', bytes: PDF })
    const document = review.documents[0]!
    expect([document.attachmentName, document.stage]).toEqual(['national-report.pdf', 'nationalReportDue'])
    const attachment = await repos.reviews.attachment(document.attachmentId!)
    expect([attachment?.ownerId, attachment?.size, attachment?.mediaType]).toEqual([review.id, PDF.byteLength, 'application/pdf'])
    expect([...attachment!.bytes]).toEqual([...PDF])

    await repos.reviews.removeDocument(review.id, document.id)
    expect((await repos.reviews.find('SVN', 48))?.documents).toEqual([])
    expect(await repos.db.attachments.count()).toBe(0)
  })

  it('stores a file name without control or text-direction characters, so that its backup restores', async () => {
    const repos = await repositories()
    const review = await repos.reviews.addDocument(SVN48, { stage: null, symbol: 'X', title: '', url: null }, { name: 'minutes\u202Efdp.exe.pdf', mediaType: 'application/pdf', bytes: PDF })
    const document = review.documents[0]!
    expect(document.attachmentName).toBe('minutesfdp.exe.pdf')
    const attachment = await repos.reviews.attachment(document.attachmentId!)
    expect(attachment?.name).toBe('minutesfdp.exe.pdf')
    expect(checkRecord('attachments', attachment)).toBeNull()
    expect(checkRecord('reviews', await repos.reviews.find('SVN', 48))).toBeNull()
  })

  it('refuses an empty, damaged or oversized file and changes nothing', async () => {
    const repos = await repositories()
    await repos.reviews.addDocument(SVN48, { stage: null, symbol: 'A/HRC/59/15', title: '', url: 'https://undocs.org/A/HRC/59/15' }, null)
    const before = await repos.reviews.find('SVN', 48)
    for (const [bytes, key] of [
      [new Uint8Array(), 'attachmentEmpty'],
      [new Uint8Array([0x3c, 0x68, 0x74, 0x6d, 0x6c]), 'attachmentDamaged'],
      [new Uint8Array(MAX_ATTACHMENT_BYTES + 1), 'attachmentTooLarge']
    ] as const) {
      const error = await rejection(repos.reviews.addDocument(SVN48, { stage: null, symbol: 'X', title: '', url: null }, { name: 'report.pdf', mediaType: 'application/pdf', bytes }))
      expect(error.problems[0]?.key).toBe(key)
    }
    expect(await repos.reviews.find('SVN', 48)).toEqual(before)
    expect(await repos.db.attachments.count()).toBe(0)
  })

  it('counts the recommendations received, by position and implementation status', async () => {
    const repos = await repositories()
    await repos.recommendations.addAll([
      sampleRecommendation({ stateUnderReview: 'SVN', session: 48, number: '1', position: 'supported', implementationStatus: 'in-progress' }),
      sampleRecommendation({ stateUnderReview: 'SVN', session: 48, number: '2', position: 'supported', implementationStatus: 'in-progress' }),
      sampleRecommendation({ stateUnderReview: 'SVN', session: 48, number: '3', position: 'noted', implementationStatus: 'not-started' }),
      sampleRecommendation({ stateUnderReview: 'SVN', session: 34, number: '4', position: 'noted', implementationStatus: 'not-started' }),
      sampleRecommendation({ stateUnderReview: 'ITA', session: 48, number: '5', position: 'noted' })
    ])
    const { counts, total } = await repos.reviews.receivedCounts('SVN', 48)
    expect(total).toBe(3)
    expect(counts.supported?.['in-progress']).toBe(2)
    expect(counts.noted?.['not-started']).toBe(1)
    expect((await repos.reviews.receivedCounts('SVN', null)).total).toBe(4)
    expect(await repos.reviews.received('SVN', 34)).toEqual([{ position: 'noted', implementationStatus: 'not-started', themes: expect.any(Array) }])
  })
})

describe('TaskRepository', () => {
  it('edits, ticks and deletes tasks, refusing an empty title on edit too', async () => {
    const repos = await repositories()
    const [task] = await repos.reviews.addTasks(SVN48, [{ stage: 'positions', title: 'Consult the ministries', owner: '', dueOn: '2025-05-01', done: false }])
    await repos.tasks.setDone(task!.id, true)
    expect((await repos.tasks.open())).toEqual([])
    const error = await rejection(repos.tasks.update({ ...task!, title: '' }))
    expect(error.problems[0]?.field).toBe('title')
    expect((await repos.db.tasks.get(task!.id))?.title).toBe('Consult the ministries')
    await repos.tasks.update({ ...task!, title: 'Consult the ministries and the NHRI', done: false })
    expect((await repos.tasks.open()).map((t) => t.title)).toEqual(['Consult the ministries and the NHRI'])
    await repos.tasks.remove(task!.id)
    expect(await repos.db.tasks.count()).toBe(0)
  })

  it('refuses a malformed due date', async () => {
    const repos = await repositories()
    const error = await rejection(repos.tasks.add({ reviewId: null, stage: null, title: 'x', owner: '', dueOn: '2025-02-30', done: false }))
    expect(error.problems[0]?.key).toBe('invalidDate')
  })
})

describe('ParticipationRepository', () => {
  it('keeps one record per session and State, changed field by field', async () => {
    const repos = await repositories()
    await repos.participations.save(49, 'ESP', { willSpeak: true })
    await repos.participations.save(49, 'ESP', { inscribed: true, inscribedSpeakers: 96 })
    await repos.participations.save(49, 'SWE', { willSpeak: false })
    const rows = await repos.participations.inSessions([49, 50])
    expect(rows).toHaveLength(2)
    const spain = rows.find((p) => p.stateIso3 === 'ESP')!
    expect([spain.willSpeak, spain.inscribed, spain.inscribedSpeakers, spain.statementId]).toEqual([true, true, 96, null])
  })

  it('counts what we recommended before to each State, from madeByUs and the State under review', async () => {
    const repos = await repositories()
    await repos.recommendations.addAll([
      sampleRecommendation({ stateUnderReview: 'SVN', session: 34, number: '121.9', madeByUs: true }),
      sampleRecommendation({ stateUnderReview: 'SVN', session: 34, number: '122.41', madeByUs: true }),
      sampleRecommendation({ stateUnderReview: 'SVN', session: 34, number: '122.8', madeByUs: false }),
      sampleRecommendation({ stateUnderReview: 'ESP', session: 35, number: '1', madeByUs: true })
    ])
    const counts = await repos.participations.recommendedBefore([{ stateIso3: 'SVN', session: 48 }, { stateIso3: 'ITA', session: 48 }])
    expect(counts.get('SVN#48')).toBe(2)
    expect(counts.get('ITA#48')).toBe(0)
  })

  it('finds the statements of the sessions', async () => {
    const repos = await repositories()
    const statement = await repos.statements.create({ kind: 'recommending-state', title: 'UPR48 Slovenia', language: 'en', stateUnderReview: 'SVN', session: 48, reviewId: null, status: 'draft', content: '{}', fields: {} })
    expect((await repos.participations.statementsFor([48])).map((s) => s.id)).toEqual([statement.id])
    expect(await repos.participations.statementsFor([49])).toEqual([])
  })
})
