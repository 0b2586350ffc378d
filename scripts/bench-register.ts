// The register's benchmarks (issue 3: recommendations), in headless Chromium:
// - the import of the real 6,094-row UPR Info export through the UI (parse to preview, store, the UI
//   thread's longest task throughout), and its store throughput against a bare Dexie bulkPut of the
//   same records into the same table definition;
// - the register at 100,000 synthetic recommendations: start to a usable list, search and filter
//   latency (input to the painted result), renderer memory.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page, Worker } from '@playwright/test'
import { withSearchText } from '../src-renderer/db/repositories/recommendations'
import type { Recommendation } from '../src-renderer/domain/model'
import { SCHEMA_VERSIONS } from '../src-renderer/db/schema/versions'
import { percentile, setUpMission } from './bench-common'
import { syntheticRecommendation } from './bench-records'

const root = new URL('..', import.meta.url).pathname
const dexieUmd = join(root, 'node_modules/dexie/dist/dexie.js')
const EXPORT = 'upr-info/upr-info_export_sessions01-05.xls'
const CURRENT_RECOMMENDATIONS = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.stores['recommendations']!

/** The real fixtures: UPR_DESK_FIXTURES, or `shared/fixtures` beside the clone (or beside its worktrees folder). */
function fixture(path: string): string | null {
  const dirs = [process.env.UPR_DESK_FIXTURES, join(root, '../shared/fixtures'), join(root, '../../shared/fixtures')].filter((d): d is string => !!d)
  for (const dir of dirs) if (existsSync(join(dir, path))) return join(dir, path)
  return null
}

/** A synthetic recommendation with its search text, as the register stores it. */
function syntheticStoredRecommendation(i: number): Recommendation {
  return withSearchText(syntheticRecommendation(i))
}

/** A UPR Info-style CSV of n rows (used when the real export is not found). */
function syntheticCsv(n: number): Buffer {
  const lines = ['SuR,Rgrp,Org,Recommendation,RS,Rgrp,Org,Response,Action,Issue,Session']
  const names = ['Portugal', 'Spain', 'France', 'Germany', 'Brazil', 'Mexico', 'Ghana', 'India']
  for (let i = 0; i < n; i++) {
    const r = syntheticRecommendation(i)
    lines.push(['Slovenia', 'EEG', 'EU', `"${r.text}"`, names[i % names.length], 'WEOG', '', i % 3 === 0 ? 'Noted' : 'Accepted', String(r.actionCategory), `"${r.themes.join(',')}"`, String(r.session)].join(','))
  }
  return Buffer.from(lines.join('\r\n'), 'utf8')
}

/** Starts recording the UI thread's long tasks (over 50 ms) in the page. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] }
    w.__longTasks = []
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false })
  })
}

async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)
}

/** One import of the export through the UI, in a fresh database. */
async function importOnce(browser: Browser, base: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const page = await setUpMission(browser, base)
  await page.goto(base + '#/recommendations')
  await page.getByRole('heading', { name: 'No recommendations yet' }).waitFor()
  await page.getByRole('button', { name: 'Import…' }).first().click()
  // The import worker starts when the panel opens; give it the moment a person would take to pick a file.
  await page.waitForTimeout(500)
  // Times are taken in the page (a MutationObserver notes when the preview's confirm button, the
  // "Imported" message and the updated counts appear), from the moment the app has the file: Playwright
  // builds the File inside the page first, a long task of its own that a file picker does not cost.
  // (No named functions inside page callbacks: tsx would wrap them in a helper the page does not have.)
  await page.evaluate(() => {
    const w = window as unknown as { __import: Record<string, number> }
    w.__import = {}
    new MutationObserver(() => {
      const now = performance.now()
      const seen = w.__import
      if (seen['preview'] === undefined && [...document.querySelectorAll('button')].some((b) => /^Import [\d,]+ recommendations$/.test(b.textContent ?? ''))) seen['preview'] = now
      if (seen['stored'] === undefined && /^Imported: /.test(document.querySelector('.import-done')?.textContent ?? '')) seen['stored'] = now
      if (seen['shown'] === undefined && /^[\d,]+ of [1-9][\d,]* recommendations/.test(document.querySelector('.register-counts')?.textContent ?? '')) seen['shown'] = now
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  const reached = (key: string) =>
    page.waitForFunction((k) => (window as unknown as { __import: Record<string, number> }).__import[k] !== undefined, key, { timeout: 60_000, polling: 50 })
  await page.getByLabel('Choose a file').setInputFiles(file)
  await watchLongTasks(page)
  await reached('preview')
  await page.evaluate(() => {
    const w = window as unknown as { __import: Record<string, number> }
    w.__import['confirm'] = performance.now()
    ;[...document.querySelectorAll('button')].find((b) => /^Import [\d,]+ recommendations$/.test(b.textContent ?? ''))!.click()
  })
  const progress = page.waitForFunction(() => document.querySelector('progress') !== null, null, { timeout: 10_000, polling: 'raf' }).then(
    () => true,
    () => false
  )
  await reached('stored')
  const progressSeen = await progress
  await reached('shown')
  const times: Record<string, number> = await page.evaluate(() => ({
    ...(window as unknown as { __import: Record<string, number> }).__import,
    chosen: performance.getEntriesByName('import-file-chosen')[0]?.startTime ?? 0
  }))
  const parseToPreviewMs = Math.round(times['preview']! - times['chosen']!)
  const storeMs = Math.round(times['stored']! - times['confirm']!)
  const registerShowsMs = Math.round(times['shown']! - times['chosen']!)
  const tasks = await longTasks(page)
  // One timeline (ms after the file was chosen) from the page's and the worker's marks and measures.
  const marks = () => performance.getEntries().filter((e) => e.name.startsWith('import-')).map((e) => ({ name: e.name, start: performance.timeOrigin + e.startTime, duration: e.duration }))
  const all = [...(await page.evaluate(marks)), ...(await Promise.all(page.workers().map((w: Worker) => w.evaluate(marks)))).flat()]
  const chosen = all.find((e) => e.name === 'import-file-chosen')?.start ?? 0
  const timeline = Object.fromEntries(all.map((e) => [e.name, e.duration > 0 ? `${Math.round(e.start - chosen)}+${Math.round(e.duration)}` : Math.round(e.start - chosen)]))
  const records = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('upr-desk')
        req.onsuccess = () => {
          const all = req.result.transaction('recommendations', 'readonly').objectStore('recommendations').getAll()
          all.onsuccess = () => {
            req.result.close()
            resolve(all.result)
          }
          all.onerror = () => reject(all.error)
        }
        req.onerror = () => reject(req.error)
      })
  )
  await page.context().close()
  return { parseToPreviewMs, storeMs, totalMs: parseToPreviewMs + storeMs, registerShowsMs, progressSeen, longestTaskMs: tasks.length ? Math.round(Math.max(...tasks)) : 0, longTasks: tasks.length, timeline, records }
}

/** A bare Dexie `bulkPut` (or `bulkAdd`) of the records into a fresh database with the same recommendations table. */
async function bareDexieWriteMs(browser: Browser, base: string, records: unknown[], method: 'bulkPut' | 'bulkAdd'): Promise<number> {
  const context = await browser.newContext({ bypassCSP: true })
  const page = await context.newPage()
  await page.goto(base)
  await page.addScriptTag({ path: dexieUmd })
  const ms = await page.evaluate(
    async ({ records, schema, method }) => {
      type BareTable = Record<'bulkPut' | 'bulkAdd', (r: unknown[]) => Promise<unknown>>
      const D = (window as unknown as { Dexie: new (name: string) => { version(n: number): { stores(s: object): void }; open(): Promise<unknown>; table(n: string): BareTable; delete(): Promise<void> } }).Dexie
      const db = new D(`bench-bare-${Date.now()}`)
      db.version(1).stores({ recommendations: schema })
      await db.open()
      const t0 = performance.now()
      await db.table('recommendations')[method](records)
      const elapsed = performance.now() - t0
      await db.delete()
      return elapsed
    },
    { records, schema: CURRENT_RECOMMENDATIONS, method }
  )
  await context.close()
  return Math.round(ms)
}

async function importBench(browser: Browser, base: string, log: (m: string) => void) {
  const path = fixture(EXPORT)
  const file = path
    ? { name: 'upr-info_export_sessions01-05.xls', mimeType: 'application/vnd.ms-excel', buffer: readFileSync(path) }
    : { name: 'synthetic-6094.csv', mimeType: 'text/csv', buffer: syntheticCsv(6094) }
  const runs = Number(process.env.BENCH_IMPORT_RUNS ?? 3)
  const samples: Omit<Awaited<ReturnType<typeof importOnce>>, 'records'>[] = []
  let records: unknown[] = []
  for (let i = 0; i < runs; i++) {
    log(`importing ${file.name} through the UI (${i + 1}/${runs})…`)
    const { records: stored, ...figures } = await importOnce(browser, base, file)
    records = stored
    samples.push(figures)
  }
  log('bare Dexie bulkPut and bulkAdd of the same records…')
  const bare: number[] = []
  const bareAdd: number[] = []
  for (let i = 0; i < runs; i++) {
    bare.push(await bareDexieWriteMs(browser, base, records, 'bulkPut'))
    bareAdd.push(await bareDexieWriteMs(browser, base, records, 'bulkAdd'))
  }
  const median = (key: keyof (typeof samples)[number]) => percentile(samples.map((s) => Number(s[key])), 50)
  const storeMs = median('storeMs')
  const bareMs = percentile(bare, 50)
  return {
    file: path ? 'real UPR Info export, sessions 1-5 (6,094 rows)' : 'synthetic UPR Info-style CSV (6,094 rows; the real export was not found: set UPR_DESK_FIXTURES)',
    runs,
    parseToPreviewMs: median('parseToPreviewMs'),
    storeMs,
    totalMs: median('totalMs'),
    registerShowsMs: median('registerShowsMs'),
    uiThreadLongestTaskMs: Math.max(...samples.map((s) => s.longestTaskMs)),
    progressBarShown: samples.every((s) => s.progressSeen),
    records: records.length,
    bareDexieBulkPutMs: bareMs,
    bareDexieBulkPutSamplesMs: bare,
    bareDexieBulkAddMs: percentile(bareAdd, 50),
    storeThroughputPerSecond: Math.round((records.length * 1000) / Math.max(1, storeMs)),
    bareThroughputPerSecond: Math.round((records.length * 1000) / Math.max(1, bareMs)),
    ratioOurThroughputToBareBulkPut: Number((bareMs / Math.max(1, storeMs)).toFixed(2)),
    ratioOurThroughputToBareBulkAdd: Number((percentile(bareAdd, 50) / Math.max(1, storeMs)).toFixed(2)),
    samples,
    note: 'in-page times from the moment the app has the file; parse, classification and the store transaction run in the import worker; store = confirm clicked → "Imported" shown (origin-key lookup, bulkAdd in steps of 2,000 in one transaction, journal entry); the bare figures are one Dexie bulkPut / bulkAdd of the stored records into a fresh database with the same recommendations indexes, on the page; a ratio above 1 means our import writes faster than the bare call'
  }
}

/** Writes records straight into IndexedDB (no Dexie, so no journal): the register finds out by counting. */
export async function seedRaw(page: Page, total: number, log: (m: string) => void): Promise<void> {
  log(`seeding ${total.toLocaleString('en')} synthetic recommendations…`)
  const chunk = 10_000
  for (let start = 0; start < total; start += chunk) {
    const records = Array.from({ length: Math.min(chunk, total - start) }, (_, k) => syntheticStoredRecommendation(start + k))
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

/** Times one change of the search box or a filter until the counts line shows the new result, painted. */
async function timeChange(page: Page, control: string, value: string): Promise<number> {
  return page.evaluate(
    ({ control, value }) =>
      new Promise<number>((resolve) => {
        const counts = document.querySelector('.register-counts')!
        const before = counts.textContent
        const element = document.getElementById(control) as HTMLInputElement | HTMLSelectElement
        const isInput = element instanceof HTMLInputElement
        const setter = Object.getOwnPropertyDescriptor(isInput ? HTMLInputElement.prototype : HTMLSelectElement.prototype, 'value')!.set!
        const t0 = performance.now()
        const observer = new MutationObserver(() => {
          if (counts.textContent !== before) {
            observer.disconnect()
            // Wait for the frame that paints the new list.
            requestAnimationFrame(() => resolve(performance.now() - t0))
          }
        })
        observer.observe(counts, { childList: true, subtree: true, characterData: true })
        setter.call(element, value)
        element.dispatchEvent(new Event(isInput ? 'input' : 'change', { bubbles: true }))
        setTimeout(() => {
          observer.disconnect()
          resolve(-1)
        }, 5000)
      }),
    { control, value }
  )
}

async function startOnce(page: Page, base: string, total: number) {
  await page.goto('about:blank')
  const t0 = Date.now()
  await page.goto(base + '#/recommendations')
  await page.getByRole('listbox', { name: 'Recommendations' }).getByRole('option').first().waitFor({ timeout: 120_000 })
  const firstRowsMs = Date.now() - t0
  await page.getByText(new RegExp(`of ${total.toLocaleString('en-GB')} recommendations`)).waitFor({ timeout: 120_000 })
  const usableMs = Date.now() - t0
  const measures = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.duration)])))
  return { firstRowsMs, usableMs, ...measures }
}

async function atSizeBench(browser: Browser, base: string, log: (m: string) => void) {
  const total = Number(process.env.BENCH_RECORDS ?? 100_000)
  const page = await setUpMission(browser, base)
  await seedRaw(page, total, log)
  log('first start: the register cache is built from the records…')
  const firstStart = await startOnce(page, base, total)
  // Let the cache be written (it is written in idle time after a change).
  await page.waitForTimeout(4000)
  log('timing starts from the cache…')
  const starts = []
  for (let i = 0; i < Number(process.env.BENCH_START_RUNS ?? 5); i++) starts.push(await startOnce(page, base, total))
  // A search typed at once after the start (the search index may still be being prepared).
  const firstSearchAfterStartMs = round(await timeChange(page, 'register-search', 'torture'))
  await timeChange(page, 'register-search', '')
  // Then with the start's background work done (the count check, the index and word lookup in idle time).
  await page.waitForTimeout(3000)

  log('timing search and filter changes…')
  const queries = ['ratify', 'torture', 'children', 'roma education', 'violence women', 'paris principles', 'migrant detention', '"civil society"', 'health', 'journalists', 'trafficking', 'resources', 'report', 'disabilities', 'asylum', 'prosecuted', 'quality', 'expression', 'freedom', 'ensure']
  const search: number[] = []
  for (const q of queries) {
    search.push(await timeChange(page, 'register-search', q))
    search.push(await timeChange(page, 'register-search', ''))
  }
  const filterChanges: [string, string][] = [
    ['filter-position', 'noted'],
    ['filter-position', 'supported'],
    ['filter-position', ''],
    ['filter-session', '12'],
    ['filter-session', ''],
    ['filter-stateUnderReviewRegion', 'African'],
    ['filter-stateUnderReviewRegion', ''],
    ['filter-region', 'Western European and others'],
    ['filter-region', ''],
    ['filter-theme', 'Migrants'],
    ['filter-theme', ''],
    ['filter-actionCategory', '5'],
    ['filter-actionCategory', ''],
    ['filter-sdgTarget', '5'],
    ['filter-sdgTarget', ''],
    ['filter-madeByUs', 'yes'],
    ['filter-madeByUs', ''],
    ['filter-cycle', '2'],
    ['filter-cycle', '']
  ]
  // Three rounds, so that the 95th percentile is not simply the slowest of a few samples.
  const filter: number[] = []
  const filterSamples: Record<string, number[]> = {}
  for (let round3 = 0; round3 < 3; round3++) {
    for (const [control, value] of filterChanges) {
      const ms = await timeChange(page, control, value)
      filter.push(ms)
      ;(filterSamples[`${control}=${value}`] ??= []).push(round(ms))
    }
  }
  // Search and a filter together.
  await timeChange(page, 'filter-position', 'noted')
  const combined: number[] = []
  for (const q of queries.slice(0, 10)) {
    combined.push(await timeChange(page, 'register-search', q))
    combined.push(await timeChange(page, 'register-search', ''))
  }

  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
  const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
  const heapTotal = metrics.metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? 0
  await page.context().close()
  const stats = (samples: number[]) => {
    const ok = samples.filter((s) => s >= 0)
    return { p50: round(percentile(ok, 50)), p95: round(percentile(ok, 95)), max: round(Math.max(...ok)), samples: samples.length, timedOut: samples.length - ok.length }
  }
  return {
    records: total,
    firstStartBuildingTheCache: firstStart,
    startFirstRowsMs: percentile(starts.map((s) => s.firstRowsMs), 50),
    startUsableListMs: percentile(starts.map((s) => s.usableMs), 50),
    startUsableListP95Ms: percentile(starts.map((s) => s.usableMs), 95),
    startSamples: starts,
    firstSearchAfterStartMs,
    searchMs: stats(search),
    filterMs: stats(filter),
    filterSamples,
    searchSamples: search.map(round),
    searchWithFilterMs: stats(combined),
    rendererHeapUsedMB: round(heap / 1048576),
    rendererHeapTotalMB: round(heapTotal / 1048576),
    note: 'start = navigation to #/recommendations until the counts line shows the total (search, filters and counts usable); changes = input event until the counts line changed and the next frame'
  }
}

/** Every register figure. */
export async function registerBench(browser: Browser, base: string, log: (m: string) => void) {
  // BENCH_REGISTER=import or =size runs one half (while working on it).
  const only = process.env.BENCH_REGISTER
  const import6094 = only === 'size' ? null : await importBench(browser, base, log)
  const atSize = only === 'import' ? null : await atSizeBench(browser, base, log)
  return { import6094, atSize }
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}
