// The review cycle's benchmarks (issue 5): the pure stage plans and exports in Node, and in Chromium the
// review pages and the Dashboard with 100,000 recommendations in the register (the "recommended before"
// counts and the chart read the recommendations table).
import type { Browser, Page } from '@playwright/test'
import { allSessions } from '../src-renderer/domain/calendar'
import type { Recommendation } from '../src-renderer/domain/model'
import { POSITIONS, IMPLEMENTATION_STATUSES } from '../src-renderer/domain/model'
import { ownReviews } from '../src-renderer/domain/review/cycle'
import { planStages } from '../src-renderer/domain/review/stages'
import { buildDemoMission } from '../src-renderer/demo'
import { reviewBriefingDocx } from '../src-renderer/export/review/briefing'
import { buildIcs, type CalendarEvent } from '../src-renderer/export/review/ics'
import { documentWordsIn } from './samples/english'
import { percentile } from './bench-common'

const runs = Number(process.env.BENCH_RUNS ?? 7)

function timeIt(fn: () => unknown, times = runs): { medianMs: number; p95Ms: number } {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
  }
  return { medianMs: Number(percentile(samples, 50).toFixed(2)), p95Ms: Number(percentile(samples, 95).toFixed(2)) }
}

/** Pure figures, in Node: every stage plan of the calendar, a large .ics, the demo's briefing. */
async function nodeFigures() {
  const sessions = allSessions()
  const reviews = sessions.flatMap((s) => s.states.map((st) => ({ session: s, iso3: st.iso3 })))
  const plans = timeIt(() => {
    for (const r of reviews) planStages({ session: r.session, stateIso3: r.iso3 })
  })
  const events: CalendarEvent[] = Array.from({ length: 2000 }, (_, i) => ({
    uid: `bench-${i}@upr-desk.app`,
    start: '2027-01-25',
    end: i % 3 === 0 ? '2027-02-05' : undefined,
    summary: `UPR54: review of Côte d’Ivoire, Bosnia and Herzegovina; event ${i} with a long summary that will be folded`,
    description: 'States under review: Togo, Syrian Arab Republic, Iceland, Venezuela (Bolivarian Republic of), Zimbabwe\nLine two; with, escapes',
    reminderDaysBefore: 7
  }))
  const ics = timeIt(() => buildIcs({ name: 'bench', stamp: new Date(), events }))
  const words = documentWordsIn('en')
  const demo = buildDemoMission('2026-12-01')
  const review = ownReviews('PRT', sessions, demo.reviews).find((r) => r.record !== null)!
  const briefingSamples: number[] = []
  let bytes = 0
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    const out = await reviewBriefingDocx({
      profile: demo.profile,
      review,
      tasks: demo.tasks,
      recommendations: demo.recommendations.filter((r) => r.stateUnderReview === 'PRT'),
      recommendationsOfSession: true,
      today: '2026-12-01',
      language: 'en',
      locale: 'en-GB',
      emblem: null,
      words
    })
    briefingSamples.push(performance.now() - t0)
    bytes = out.bytes.byteLength
  }
  return {
    stagePlans: { reviews: reviews.length, ...plans, note: 'every review of sessions 1-68 planned once' },
    icsBuild: { events: events.length, ...ics },
    briefing: { medianMs: Number(percentile(briefingSamples, 50).toFixed(1)), bytes }
  }
}

/** A synthetic recommendation: every State in turn under review, one in twenty made by us (Portugal). */
function synthetic(i: number, states: readonly string[]): Recommendation {
  const at = new Date(Date.UTC(2026, 0, 1) + i).toISOString()
  const session = 1 + (i % 50)
  const madeByUs = i % 20 === 0
  return {
    id: `rec_bench_review_${String(i).padStart(7, '0')}`,
    createdAt: at,
    updatedAt: at,
    reviewId: null,
    stateUnderReview: i % 50 === 7 ? 'PRT' : states[i % states.length]!,
    session,
    cycle: session <= 12 ? 1 : 2 + Math.floor((session - 13) / 14),
    number: `${100 + (i % 50)}.${1 + (i % 250)}`,
    text: `Strengthen the national mechanism for implementation, reporting and follow-up, with adequate resources and the participation of civil society (${i})`,
    recommendingStates: madeByUs ? ['PRT'] : ['ESP'],
    recommendingStatesRaw: madeByUs ? ['Portugal'] : ['Spain'],
    position: POSITIONS[i % 3]!,
    positionSource: 'synthetic',
    actionCategory: 4,
    actionCategorySource: 'suggested',
    themes: ['National mechanism for reporting and follow-up'],
    affectedPersons: [],
    sdgTargets: [],
    implementationStatus: IMPLEMENTATION_STATUSES[i % 4]!,
    responsibleInstitutions: [],
    notes: '',
    evidence: '',
    lastReviewedOn: null,
    madeByUs,
    origin: { kind: 'manual', source: 'synthetic', importedAt: at, key: `bench-review:${i}` }
  }
}

async function seed(page: Page, total: number): Promise<void> {
  const states = [...new Set(allSessions().flatMap((s) => s.states.map((st) => st.iso3)))]
  const chunk = 10_000
  for (let start = 0; start < total; start += chunk) {
    const records = Array.from({ length: Math.min(chunk, total - start) }, (_, k) => synthetic(start + k, states))
    await page.evaluate(async (rs: unknown[]) => {
      await new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('upr-desk')
        req.onsuccess = () => {
          const tx = req.result.transaction('recommendations', 'readwrite')
          const store = tx.objectStore('recommendations')
          for (const r of rs) store.put(r)
          tx.oncomplete = () => {
            req.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
        req.onerror = () => reject(req.error)
      })
    }, records)
  }
}

/** Median time from navigation until `ready` resolves. */
async function timePage(page: Page, url: string, ready: () => Promise<unknown>, times = 3): Promise<{ medianMs: number; samplesMs: number[] }> {
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    await page.goto('about:blank')
    const t0 = Date.now()
    await page.goto(url)
    await ready()
    samples.push(Date.now() - t0)
  }
  return { medianMs: percentile(samples, 50), samplesMs: samples }
}

/** Every review-cycle figure. */
export async function reviewBench(browser: Browser, base: string, log: (m: string) => void) {
  log('review cycle: pure figures…')
  const node = await nodeFigures()
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const page = await context.newPage()
  await page.goto(base)
  await page.getByLabel('State represented').selectOption({ label: 'Portugal' })
  await page.getByRole('button', { name: 'Start using UPR Desk' }).click()
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
  const total = Number(process.env.BENCH_RECORDS ?? 100_000)
  log(`review cycle: seeding ${total.toLocaleString('en')} recommendations…`)
  await seed(page, total)
  log('review cycle: timing the pages…')
  const firstCount = () =>
    page.waitForFunction(
      () => {
        const cell = document.querySelector('.session-block[open] tbody tr:not(.is-own) td:last-child')
        return cell !== null && cell.textContent !== '…'
      },
      undefined,
      { timeout: 60_000 }
    )
  const sessions = await timePage(page, `${base}#/sessions`, firstCount)
  const review = await timePage(page, `${base}#/review`, () => page.getByRole('list', { name: 'Stages of the review' }).waitFor({ timeout: 60_000 }))
  const dashboard = await timePage(page, `${base}#/dashboard`, () => page.getByRole('img', { name: /Bar chart of the recommendations received/ }).waitFor({ timeout: 60_000 }))
  await context.close()
  return {
    ...node,
    withRecommendations: total,
    otherReviewsUntilCountsMs: sessions,
    ourReviewUntilStagesMs: review,
    dashboardUntilChartMs: dashboard,
    note: 'Other reviews counts what we recommended before for the open session only (its States through the stateUnderReview index, filtered on madeByUs); the chart reads our own State\'s recommendations'
  }
}
