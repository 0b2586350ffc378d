import { testRepositories } from '../db/test-repositories'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src-renderer/db/schema/open'
import type { UprDeskDatabase } from '../../../src-renderer/db/schema/database'
import { buildDemoMission, isDemoId } from '../../../src-renderer/demo'
import { allSessions } from '../../../src-renderer/domain/calendar'
import { daysBetween } from '../../../src-renderer/domain/dates'
import { ownReviews } from '../../../src-renderer/domain/review/cycle'
import { currentReviewPlan, currentStage } from '../../../src-renderer/domain/review/progress'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

describe('the demo review cycle', () => {
  it.each(['2026-12-01', '2028-03-15'])('on %s: Portugal reviewed at session 47, in implementation, mid-term report ahead', (today) => {
    const demo = buildDemoMission(today)
    expect(demo.reviews).toHaveLength(1)
    const [record] = demo.reviews
    expect([record!.stateIso3, record!.session, record!.cycle]).toEqual(['PRT', 47, 4])
    expect(record!.notes).toMatch(/demo/i)
    const reviews = ownReviews('PRT', allSessions(), demo.reviews)
    const current = currentReviewPlan(reviews, today)!
    expect(current.session.session).toBe(47)
    const now = currentStage(current.stages, today)!
    expect([now.stage, now.status]).toEqual(['midTermReport', 'in-progress'])
    expect(daysBetween(today, now.date)).toBeGreaterThanOrEqual(60)
    expect(current.stages.filter((s) => s.status === 'done').map((s) => s.stage)).toContain('plenaryAdoption')

    // Tasks: some done, one overdue, the rest ahead; all of the demo review, on working days.
    expect(demo.tasks.every((t) => t.reviewId === record!.id && isDemoId(t.id))).toBe(true)
    const open = demo.tasks.filter((t) => !t.done)
    expect(open.filter((t) => t.dueOn! < today)).toHaveLength(1)
    expect(open.filter((t) => t.dueOn! > today).length).toBeGreaterThanOrEqual(3)
    expect(demo.tasks.every((t) => [1, 2, 3, 4, 5].includes(new Date(`${t.dueOn}T00:00:00Z`).getUTCDay()))).toBe(true)

    // Participations in the next two sessions after today, never in our own review.
    const sessions = new Map(allSessions().map((s) => [s.session, s]))
    expect(demo.participations.length).toBeGreaterThanOrEqual(4)
    for (const p of demo.participations) {
      const session = sessions.get(p.session)!
      expect(session.start! > today).toBe(true)
      expect(session.states.map((s) => s.iso3)).toContain(p.stateIso3)
      expect(p.stateIso3).not.toBe('PRT')
      expect(isDemoId(p.id)).toBe(true)
    }
    expect(new Set(demo.participations.map((p) => p.session)).size).toBe(2)
  })

  it('loads into the database and is removed with the rest of the demo', async () => {
    const result = await openDatabase(`demo-review-${crypto.randomUUID()}`)
    if (result.status !== 'ready') throw new Error(result.status)
    opened.push(result.db)
    const repos = testRepositories(result.db)
    const demo = buildDemoMission('2026-12-01')
    await repos.demo.load(demo)
    expect(await repos.reviews.find('PRT', 47)).toEqual(demo.reviews[0])
    expect(await repos.tasks.forReview(demo.reviews[0]!.id)).toHaveLength(demo.tasks.length)
    expect(await repos.participations.inSessions(demo.participations.map((p) => p.session))).toHaveLength(demo.participations.length)
    await repos.demo.remove()
    expect(await repos.db.reviews.count()).toBe(0)
    expect(await repos.db.tasks.count()).toBe(0)
    expect(await repos.db.participations.count()).toBe(0)
  })
})
