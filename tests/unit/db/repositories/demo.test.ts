import { testRepositories } from '../test-repositories'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src-renderer/db/schema/open'
import type { UprDeskDatabase } from '../../../../src-renderer/db/schema/database'
import { buildDemoMission, isDemoId } from '../../../../src-renderer/demo'
import { sampleRecommendation } from '../sample-records'

const opened: UprDeskDatabase[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

async function repositories() {
  const result = await openDatabase(`demo-${crypto.randomUUID()}`)
  if (result.status !== 'ready') throw new Error(result.status)
  opened.push(result.db)
  return testRepositories(result.db)
}

describe('demo mission', () => {
  it('is labelled as a demo, with stable demo ids and classified recommendations', () => {
    const demo = buildDemoMission('2026-12-01')
    expect(demo.profile.missionName).toContain('DEMO')
    expect(demo.recommendations.length).toBeGreaterThan(30)
    expect(demo.recommendations.every((r) => isDemoId(r.id))).toBe(true)
    expect(new Set(demo.recommendations.map((r) => r.id)).size).toBe(demo.recommendations.length)
    expect(demo.recommendations.every((r) => r.actionCategory !== null)).toBe(true)
    expect(demo.recommendations.filter((r) => r.madeByUs).every((r) => r.recommendingStates.includes('PRT'))).toBe(true)
    expect(buildDemoMission('2026-12-01')).toEqual(demo)
  })

  it('loads twice without duplicating, keeps the delegate\'s records, and removal gives the profile back', async () => {
    const repos = await repositories()
    await repos.missionProfile.save({ stateIso3: 'SVN', missionName: 'Our mission', city: 'Geneva', language: 'en', speakingRateWpm: 120 })
    const [own] = await repos.recommendations.addAll([sampleRecommendation()])
    const demo = buildDemoMission('2026-12-01')

    await repos.demo.load(demo)
    await repos.demo.load(demo)
    expect(await repos.demo.isDemoLoaded()).toBe(true)
    expect((await repos.missionProfile.get())?.stateIso3).toBe('PRT')
    expect(await repos.db.recommendations.count()).toBe(demo.recommendations.length + 1)
    expect((await repos.db.recommendations.get(demo.recommendations[0]!.id))?.searchText).toBeTruthy()

    const report = await repos.demo.remove()
    expect(report.records).toBeGreaterThanOrEqual(demo.recommendations.length)
    expect(await repos.demo.isDemoLoaded()).toBe(false)
    expect(await repos.db.recommendations.count()).toBe(1)
    expect(await repos.db.recommendations.get(own!.id)).toBeTruthy()
    const profile = await repos.missionProfile.get()
    expect(profile?.stateIso3).toBe('SVN')
    expect(profile?.missionName).toBe('Our mission')
  })
})
