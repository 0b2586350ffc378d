// The register's benchmarks (issue: recommendations): import of a 6,094-row export through the UI,
// our import throughput against bare IndexedDB writes, and the register at 100,000 recommendations.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { withSearchText } from '../src-renderer/db/repositories/recommendations'
import type { Recommendation } from '../src-renderer/domain/model'
import { POSITIONS } from '../src-renderer/domain/model'
import { SCHEMA_V2 } from '../src-renderer/db/schema'
import { percentile, setUpMission } from './bench-common'

const root = new URL('..', import.meta.url).pathname
const realExport = join(root, '../shared/fixtures/upr-info/upr-info_export_sessions01-05.xls')

const VERBS = ['Ratify', 'Continue', 'Consider', 'Strengthen', 'Ensure', 'Adopt', 'Establish', 'Take measures to', 'Intensify efforts to', 'Promote']
const OBJECTS = [
  'the Optional Protocol to the Convention against Torture',
  'its efforts to combat domestic violence and violence against women and girls',
  'a national human rights institution in full compliance with the Paris Principles',
  'access to quality education for Roma children and children with disabilities',
  'the rights of migrants, refugees and asylum-seekers, including in detention',
  'measures to eliminate trafficking in persons, in particular women and children',
  'universal access to health care, including sexual and reproductive health services',
  'freedom of expression and the safety of journalists and human rights defenders'
]
const TAILS = [
  'and allocate adequate human, technical and financial resources for its implementation',
  'in line with its international human rights obligations and the recommendations of the treaty bodies',
  'with the participation of civil society and the communities concerned, and report on progress by the next review',
  'and ensure that perpetrators are investigated, prosecuted and adequately punished'
]
const STATES = ['PRT', 'ESP', 'FRA', 'DEU', 'BRA', 'MEX', 'GHA', 'IND', 'JPN', 'CAN', 'CHL', 'ARG', 'ITA', 'NLD', 'SEN', 'ZAF']
const THEMES = ['International instruments', "Women's rights", 'Rights of the Child', 'Torture and other CID treatment', 'Justice', 'Migrants', 'Right to health', 'Right to education']

/** A synthetic recommendation of realistic length (about 250-300 characters). */
function syntheticRecommendation(i: number): Recommendation {
  const text = `${VERBS[i % VERBS.length]} ${OBJECTS[(i * 7) % OBJECTS.length]} ${TAILS[(i * 3) % TAILS.length]} (${i})`
  const at = new Date(Date.UTC(2026, 0, 1) + i).toISOString()
  const session = 1 + (i % 54)
  const record: Recommendation = {
    id: `rec_bench_${String(i).padStart(7, '0')}`,
    createdAt: at,
    updatedAt: at,
    reviewId: null,
    stateUnderReview: STATES[(i * 5) % STATES.length]!,
    session,
    cycle: session <= 12 ? 1 : 2 + Math.floor((session - 13) / 14),
    number: `${100 + (i % 50)}.${1 + (i % 250)}`,
    text,
    recommendingStates: [STATES[i % STATES.length]!],
    recommendingStatesRaw: ['Portugal'],
    position: POSITIONS[i % 3]!,
    positionSource: 'synthetic',
    actionCategory: ((i % 5) + 1) as Recommendation['actionCategory'],
    actionCategorySource: 'suggested',
    themes: [THEMES[i % THEMES.length]!, THEMES[(i * 3) % THEMES.length]!],
    affectedPersons: ['women'],
    sdgTargets: [`${1 + (i % 17)}.1`],
    implementationStatus: 'not-started',
    responsibleInstitutions: [],
    notes: '',
    evidence: '',
    lastReviewedOn: null,
    madeByUs: i % 40 === 0,
    origin: { kind: 'upr-info', source: 'synthetic', importedAt: at, key: `synthetic:${i}` }
  }
  return withSearchText(record)
}

/** A UPR Info-style CSV of n rows (used when the real export is not beside the project). */
function syntheticCsv(n: number): Buffer {
  const lines = ['SuR,Rgrp,Org,Recommendation,RS,Rgrp,Org,Response,Action,Issue,Session']
  const names = ['Portugal', 'Spain', 'France', 'Germany', 'Brazil', 'Mexico', 'Ghana', 'India']
  for (let i = 0; i < n; i++) {
    const r = syntheticRecommendation(i)
    lines.push(['Slovenia', 'EEG', 'EU', `"${r.text}"`, names[i % names.length], 'WEOG', '', i % 3 === 0 ? 'Noted' : 'Accepted', String(r.actionCategory), `"${r.themes.join(',')}"`, String(r.session)].join(','))
  }
  return Buffer.from(lines.join('\r\n'), 'utf8')
}

async function importThroughUi(page: Page, log: (m: string) => void) {
  const real = existsSync(realExport)
  const file = real
    ? { name: 'upr-info_export_sessions01-05.xls', mimeType: 'application/vnd.ms-excel', buffer: readFileSync(realExport) }
    : { name: 'synthetic-6094.csv', mimeType: 'text/csv', buffer: syntheticCsv(6094) }
  log(`importing ${file.name} through the UI…`)
  await page.goto(page.url().replace(/#.*$/, '') + '#/recommendations')
  await page.getByRole('heading', { name: 'Recommendations', level: 1 }).waitFor()
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] }
    w.__longTasks = []
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false })
  })
  await page.getByRole('button', { name: 'Import…' }).first().click()
  const t0 = Date.now()
  await page.getByLabel('Choose a file').setInputFiles(file)
  const confirm = page.getByRole('button', { name: /^Import [\d,]+ recommendations$/ })
  await confirm.waitFor({ timeout: 60_000 })
  const parsedMs = Date.now() - t0
  const t1 = Date.now()
  await confirm.click()
  await page.getByText(/^Imported: /).waitFor({ timeout: 60_000 })
  const storedMs = Date.now() - t1
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)
  return {
    file: real ? 'real UPR Info export, sessions 1-5 (6,094 rows)' : 'synthetic UPR Info-style CSV (6,094 rows; the real export was not found)',
    parseToPreviewMs: parsedMs,
    storeMs: storedMs,
    totalMs: parsedMs + storedMs,
    uiThreadLongestTaskMs: longTasks.length ? Math.round(Math.max(...longTasks)) : 0,
    uiThreadLongTasks: longTasks.length,
    note: 'parse + classification run in a Web Worker; store is one Dexie transaction (matching by origin key, then bulkAdd)'
  }
}

/** Writes the same records into a fresh database with the same indexes, with bare IndexedDB puts. */
async function bareWriteMs(page: Page): Promise<{ records: number; ms: number }> {
  return page.evaluate(async (schema: string) => {
    const read = await new Promise<unknown[]>((resolve, reject) => {
      const req = indexedDB.open('upr-desk')
      req.onsuccess = () => {
        const tx = req.result.transaction('recommendations', 'readonly')
        const all = tx.objectStore('recommendations').getAll()
        all.onsuccess = () => {
          req.result.close()
          resolve(all.result)
        }
        all.onerror = () => reject(all.error)
      }
      req.onerror = () => reject(req.error)
    })
    const name = `bench-bare-${Date.now()}`
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1)
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('recommendations', { keyPath: 'id' })
        for (const spec of schema.split(',').slice(1).map((s) => s.trim())) {
          const multi = spec.startsWith('*')
          const key = spec.replace('*', '')
          store.createIndex(key, key, { multiEntry: multi })
        }
      }
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const t0 = performance.now()
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('recommendations', 'readwrite')
      const store = tx.objectStore('recommendations')
      for (const r of read) store.put(r)
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    const ms = performance.now() - t0
    db.close()
    indexedDB.deleteDatabase(name)
    return { records: read.length, ms: Math.round(ms) }
  }, SCHEMA_V2.recommendations)
}

async function seed(page: Page, total: number, log: (m: string) => void): Promise<void> {
  log(`seeding ${total.toLocaleString('en')} synthetic recommendations…`)
  const chunk = 10_000
  for (let start = 0; start < total; start += chunk) {
    const records = Array.from({ length: Math.min(chunk, total - start) }, (_, k) => syntheticRecommendation(start + k))
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

/** Times one change of the search box or a filter until the counts line shows the new result. */
async function timeChange(page: Page, kind: 'search' | 'filter', value: string): Promise<number> {
  return page.evaluate(
    ({ kind, value }) =>
      new Promise<number>((resolve) => {
        const counts = document.querySelector('.register-counts')!
        const before = counts.textContent
        const element = (kind === 'search' ? document.getElementById('register-search') : document.getElementById('filter-position')) as HTMLInputElement | HTMLSelectElement
        const proto = kind === 'search' ? HTMLInputElement.prototype : HTMLSelectElement.prototype
        const setter = Object.getOwnPropertyDescriptor(proto, 'value')!.set!
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
        element.dispatchEvent(new Event(kind === 'search' ? 'input' : 'change', { bubbles: true }))
        setTimeout(() => {
          observer.disconnect()
          resolve(performance.now() - t0)
        }, 5000)
      }),
    { kind, value }
  )
}

/** Every register figure. */
export async function registerBench(browser: Browser, base: string, log: (m: string) => void) {
  const page = await setUpMission(browser, base)
  const importFigures = await importThroughUi(page, log)
  const bare = await bareWriteMs(page)
  const imported = { ...importFigures, bareIndexedDbPutMs: bare.ms, bareRecords: bare.records, ratioImportStoreToBareWrite: Number((importFigures.storeMs / Math.max(1, bare.ms)).toFixed(2)) }

  const total = Number(process.env.BENCH_RECORDS ?? 100_000)
  await page.evaluate(() => new Promise<void>((resolve) => {
    const req = indexedDB.open('upr-desk')
    req.onsuccess = () => {
      const tx = req.result.transaction('recommendations', 'readwrite')
      tx.objectStore('recommendations').clear()
      tx.oncomplete = () => { req.result.close(); resolve() }
    }
  }))
  await seed(page, total, log)

  log('timing the register at full size…')
  const starts: { firstRowsMs: number; usableMs: number; [measure: string]: number }[] = []
  for (let i = 0; i < 3; i++) {
    await page.goto('about:blank')
    const t0 = Date.now()
    await page.goto(base + '#/recommendations')
    await page.getByRole('listbox', { name: 'Recommendations' }).getByRole('option').first().waitFor({ timeout: 60_000 })
    const firstRowsMs = Date.now() - t0
    await page.getByText(new RegExp(`of ${total.toLocaleString('en-GB')} recommendations`)).waitFor({ timeout: 60_000 })
    const usableMs = Date.now() - t0
    const measures = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, Math.round(m.duration)])))
    starts.push({ firstRowsMs, usableMs, ...measures })
  }
  const queries = ['ratify', 'torture', 'children', 'roma education', 'violence women', 'paris principles', 'migrant detention', '"civil society"', 'health', 'journalists', 'trafficking', 'resources', 'report', 'disabilities', 'asylum', 'prosecuted', 'quality', 'expression', 'freedom', 'ensure']
  const search: number[] = []
  for (const q of queries) {
    search.push(await timeChange(page, 'search', q))
    search.push(await timeChange(page, 'search', ''))
  }
  const filter: number[] = []
  for (const value of ['noted', 'supported', 'supported-in-part', '', 'noted', '', 'supported', '', 'supported-in-part', '']) {
    filter.push(await timeChange(page, 'filter', value))
  }
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
  const heap = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
  const heapTotal = metrics.metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? 0
  await page.context().close()
  return {
    import6094: imported,
    atSize: {
      records: total,
      startFirstRowsMs: percentile(starts.map((s) => s.firstRowsMs), 50),
      startUsableListMs: percentile(starts.map((s) => s.usableMs), 50),
      startSamples: starts,
      searchMs: { p50: round(percentile(search, 50)), p95: round(percentile(search, 95)), max: round(Math.max(...search)), samples: search.length },
      filterMs: { p50: round(percentile(filter, 50)), p95: round(percentile(filter, 95)), max: round(Math.max(...filter)), samples: filter.length },
      rendererHeapUsedMB: round(heap / 1048576),
      rendererHeapTotalMB: round(heapTotal / 1048576)
    }
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}
