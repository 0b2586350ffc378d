import { describe, expect, it } from 'vitest'
import { buildAgenda, itemsInMonth, itemsOn, monthGrid, shiftMonth } from '../../../../src-renderer/domain/review/agenda'
import { sessionsToFollow, countRecommendedBefore, recommendedKey } from '../../../../src-renderer/domain/review/sessions-window'
import { allSessions } from '../../../../src-renderer/domain/calendar'

describe('month agenda', () => {
  it('lays a month out in weeks from Monday to Sunday', () => {
    const weeks = monthGrid({ year: 2026, month: 12 })
    expect(weeks).toHaveLength(5)
    expect(weeks[0]![0]).toBe('2026-11-30')
    expect(weeks[4]![6]).toBe('2027-01-03')
    expect(monthGrid({ year: 2027, month: 2 })[0]![0]).toBe('2027-02-01')
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 })
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 })
  })

  it('places one-day items on their day and sessions on every day they cover', () => {
    const items = buildAgenda({
      reviews: [{ session: 47, stages: [{ stage: 'midTermReport', date: '2027-09-20', status: 'in-progress' }] }],
      tasks: [
        { id: 't', createdAt: '', updatedAt: '', reviewId: 'r', stage: null, title: 'Collect', owner: '', dueOn: '2027-01-29', done: false },
        { id: 'd', createdAt: '', updatedAt: '', reviewId: 'r', stage: null, title: 'Done', owner: '', dueOn: '2027-01-29', done: true }
      ],
      sessions: [{ session: 54, start: '2027-01-25', end: '2027-02-05' }],
      speaking: [{ session: 54, stateIso3: 'ISL', date: '2027-01-26' }]
    })
    expect(items.map((i) => i.kind)).toEqual(['session', 'speaking', 'task', 'stage'])
    expect(itemsOn(items, '2027-01-29').map((i) => i.kind)).toEqual(['session', 'task'])
    expect(itemsOn(items, '2027-02-03').map((i) => i.kind)).toEqual(['session'])
    expect(itemsInMonth(items, { year: 2027, month: 2 }).map((i) => i.kind)).toEqual(['session'])
    expect(itemsInMonth(items, { year: 2027, month: 9 }).map((i) => i.kind)).toEqual(['stage'])
  })
})

describe('the sessions we follow', () => {
  it('are those of the past year and the next two years', () => {
    expect(sessionsToFollow(allSessions(), '2026-12-01').map((s) => s.session)).toEqual([51, 52, 53, 54, 55, 56, 57, 58])
    expect(sessionsToFollow(allSessions(), '2025-01-28').map((s) => s.session)).toEqual([45, 46, 47, 48, 49, 50, 51, 52, 53, 54])
  })

  it('count what we recommended to each State before its review', () => {
    const made = [
      { stateUnderReview: 'SVN', session: 34, madeByUs: true },
      { stateUnderReview: 'SVN', session: 20, madeByUs: true },
      { stateUnderReview: 'SVN', session: 48, madeByUs: true },
      { stateUnderReview: 'SVN', session: 34, madeByUs: false },
      { stateUnderReview: 'SVN', session: null, madeByUs: true },
      { stateUnderReview: 'ITA', session: 34, madeByUs: true }
    ]
    const counts = countRecommendedBefore(made, [{ stateIso3: 'SVN', session: 48 }, { stateIso3: 'SVN', session: 62 }, { stateIso3: 'BIH', session: 48 }])
    expect(counts.get(recommendedKey('SVN', 48))).toBe(3)
    expect(counts.get(recommendedKey('SVN', 62))).toBe(4)
    expect(counts.get(recommendedKey('BIH', 48))).toBe(0)
  })
})
