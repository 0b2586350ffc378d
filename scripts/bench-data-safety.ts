// Data-safety benchmarks (issue 7), in headless Chromium: a backup of 100,000 recommendations and 1,000
// measures (target: under 3 s), opening that archive, and restores (target: under 5 s), timed on the
// app's own code. The harness in scripts/bench-data-safety/ is built with Vite and served to the page
// from disk; it needs no server and adds no test hook to the app.
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from '@playwright/test'
import { build } from 'vite'
import { percentile } from './bench-common'

const root = new URL('..', import.meta.url).pathname
const harnessDir = join(root, 'scripts/bench-data-safety')
const outDir = join(root, 'out/bench-data-safety')
const ORIGIN = 'http://localhost:5199'
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

interface Harness {
  seed(recommendations: number, measures: number): Promise<{ ms: number }>
  backup(): Promise<{ ms: number; bytes: number }>
  backupPhases(): Promise<Record<string, number>>
  compressionPlaces(): Promise<{ workerMs: number[]; inThreadMs: number[] }>
  open(): Promise<{ ms: number; records: number }>
  restore(target: 'source' | 'empty', change: number): Promise<{ ms: number; openMs: number; safetyAndReplaceMs: number; written: number; deleted: number; unchanged: number }>
}

/** Runs the data-safety benchmarks and returns their figures. */
export async function dataSafetyBench(browser: Browser, log: (message: string) => void) {
  const recommendations = Number(process.env.BENCH_RECORDS ?? 100_000)
  const measures = 1_000
  const runs = Number(process.env.BENCH_DATA_SAFETY_RUNS ?? 3)
  log('data safety: building the harness…')
  await build({ root: harnessDir, base: './', configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: true } })

  const context = await browser.newContext()
  const page = await context.newPage()
  // localhost is a secure context (WebCrypto); the files come straight from the build folder.
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = normalize(new URL(route.request().url()).pathname).replace(/^\/+/, '') || 'index.html'
    const file = join(outDir, path)
    if (!file.startsWith(outDir)) return route.fulfill({ status: 404 })
    try {
      await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) })
    } catch {
      await route.fulfill({ status: 404 })
    }
  })
  await page.goto(`${ORIGIN}/index.html`)
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true')
  const call = <K extends keyof Harness>(name: K, ...args: Parameters<Harness[K]>) =>
    page.evaluate(([n, a]) => (window as unknown as { bench: Record<string, (...x: unknown[]) => Promise<unknown>> }).bench[n as string]!(...(a as unknown[])), [name, args] as const) as ReturnType<Harness[K]>

  try {
    log(`data safety: seeding ${recommendations.toLocaleString('en')} recommendations and ${measures.toLocaleString('en')} measures…`)
    const seeded = await call('seed', recommendations, measures)
    const backups: number[] = []
    let bytes = 0
    for (let i = 0; i < runs; i++) {
      log(`data safety: backup ${i + 1}/${runs}…`)
      const b = await call('backup')
      backups.push(b.ms)
      bytes = b.bytes
    }
    log('data safety: where the time of a backup goes…')
    const phases = await call('backupPhases')
    const opens: number[] = []
    for (let i = 0; i < runs; i++) opens.push((await call('open')).ms)
    // BENCH_DATA_SAFETY_BACKUP_ONLY=1: the backup figures only, and gzip in a worker against gzip in place.
    if (process.env.BENCH_DATA_SAFETY_BACKUP_ONLY === '1') return { backups, phases, opens, compression: await call('compressionPlaces') }
    const same: Awaited<ReturnType<Harness['restore']>>[] = []
    for (let i = 0; i < runs; i++) {
      log(`data safety: restore over the same data ${i + 1}/${runs}…`)
      same.push(await call('restore', 'source', 0))
    }
    log('data safety: restore after 1,000 records changed…')
    const changed = await call('restore', 'source', 1_000)
    log('data safety: restore onto an empty database (a new computer)…')
    const fresh = await call('restore', 'empty', 0)
    const median = (xs: number[]) => percentile(xs, 50)
    return {
      records: { recommendations, measures },
      seedMs: seeded.ms,
      backup: { medianMs: median(backups), samplesMs: backups, archiveBytes: bytes, targetMs: 3_000, phasesMs: phases, note: 'one consistent snapshot of every table (the recommendations read in two parts at once: this thread and a worker), JSON lines, gzip in a worker, SHA-256: what the 15-minute backups and the safety backups do' },
      openArchive: { medianMs: median(opens), samplesMs: opens, note: 'checksums, decompression, every line parsed and checked' },
      restore: {
        targetMs: 5_000,
        sameData: { medianMs: median(same.map((r) => r.ms)), samples: same, note: 'open + safety backup (the current data read in two parts, then one read-write transaction) + replacement; records equal to the stored ones are not rewritten' },
        after1000Changes: changed,
        emptyDatabase: { ...fresh, note: 'a new computer: every record written, with all indexes; bounded by the rate IndexedDB stores records (compare seedMs: a bare Dexie bulkPut of the same records)' }
      }
    }
  } finally {
    await context.close()
  }
}

// `npx tsx scripts/bench-data-safety.ts`: these figures alone (npm run bench runs them with the others).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('@playwright/test')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  try {
    const figures = await dataSafetyBench(browser, (m) => process.stderr.write(`${m}\n`))
    process.stdout.write(`${JSON.stringify({ measuredAt: new Date().toISOString(), dataSafety: figures }, null, 2)}\n`)
  } finally {
    await browser.close()
  }
}
