// Sync benchmarks (issue 15), in headless Chromium against the CouchDB-protocol stand-in (express-pouchdb,
// a test tool: the figures of a real CouchDB will differ): the initial sync of 100,000 recommendations
// into an empty laptop beside a bare PouchDB replicate plus a Dexie bulkPut of the same documents; a
// change's trip from laptop A to laptop B (p50, p95); the bridge's cost on a local edit beside a bare put.
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from '@playwright/test'
import { build } from 'vite'
import { percentile } from './bench-common'
import { syntheticRecommendation } from './bench-records'
import { startSyncServer } from '../tests/sync-server/launch'
import { missionOn } from '../tests/sync-server/mission'
import { editDocument, recordToData } from '../src-renderer/sync/documents'
import { newRevision } from '../src-renderer/sync/revisions'

const root = new URL('..', import.meta.url).pathname
const harnessDir = join(root, 'scripts/bench-sync')
const outDir = join(root, 'out/bench-sync')
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

/** Stores `count` recommendations in a mission database as an administrator (the server side of the seed). */
async function seedServer(dbUrl: string, admin: { name: string; password: string }, count: number, log: (m: string) => void): Promise<number> {
  const auth = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`
  const t0 = performance.now()
  for (let i = 0; i < count; i += 2000) {
    const docs = []
    for (let j = i; j < Math.min(count, i + 2000); j++) {
      const record = syntheticRecommendation(j)
      const data = recordToData('recommendations', record as unknown as Record<string, unknown>)
      docs.push(editDocument('recommendations', record.id, newRevision(0), data, null, data))
    }
    const res = await fetch(`${dbUrl}/_bulk_docs`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ docs, new_edits: false }) })
    if (!res.ok) throw new Error(`seed: ${res.status} ${await res.text()}`)
    if (i % 20000 === 0) log(`sync: seeding the server, ${i.toLocaleString('en')} of ${count.toLocaleString('en')}…`)
  }
  return performance.now() - t0
}

/** Runs the sync benchmarks and returns their figures. */
export async function syncBench(browser: Browser, log: (message: string) => void) {
  const records = Number(process.env.BENCH_SYNC_RECORDS ?? 100_000)
  const trips = Number(process.env.BENCH_SYNC_TRIPS ?? 30)
  log('sync: building the harness…')
  await build({ root: harnessDir, base: './', configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: true } })
  const server = await startSyncServer()
  const context = await browser.newContext()
  let stopFiles = async () => undefined as void
  try {
    const big = await missionOn(server, `bench-initial-${Date.now()}`)
    const small = await missionOn(server, `bench-trip-${Date.now()}`)
    const seedMs = await seedServer(big.dbUrl, server.admin, records, log)
    // The harness is served from 127.0.0.1 by a static server of its own (a free port, stopped at the end):
    // Chromium lets a page on the loopback address reach the stand-in on the loopback address.
    const files = createServer((req, res) => {
      const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html'
      const file = join(outDir, path)
      if (!file.startsWith(outDir)) return void res.writeHead(404).end()
      readFile(file).then(
        (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
        () => res.writeHead(404).end()
      )
    })
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve))
    stopFiles = () => new Promise<void>((resolve) => files.close(() => resolve()))
    const ORIGIN = `http://127.0.0.1:${(files.address() as AddressInfo).port}`
    const page = await context.newPage()
    page.on('pageerror', (error) => log(`sync: page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('404')) log(`sync: page console: ${message.text()}`)
    })
    await page.goto(`${ORIGIN}/index.html`)
    await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true')
    const call = (name: string, ...args: unknown[]) =>
      page.evaluate(([n, a]) => (window as unknown as { bench: Record<string, (...x: unknown[]) => Promise<unknown>> }).bench[n as string]!(...(a as unknown[])), [name, args] as const)

    log('sync: the bridge on a local edit…')
    const edit = (await call('localEdit', 200)) as { putWithBridgeMs: number[]; barePutMs: number[]; commitToRevisionMs: number[] }
    log(`sync: ${trips} trips of a change from laptop A to laptop B…`)
    const trip = (await call('changeTrip', { server: server.url, name: small.writer.name, password: small.writer.password }, small.database, trips)) as { ms: number[] }
    log(`sync: initial sync of ${records.toLocaleString('en')} recommendations into an empty laptop, then the bare calls…`)
    const initial = (await call('initialSync', { server: server.url, name: big.writer.name, password: big.writer.password }, big.database, records)) as {
      records: number
      oursMs: number
      bare: { replicateMs: number; bulkPutMs: number; totalMs: number; records: number }
    }
    const p = (xs: number[], n: number) => Math.round(percentile(xs, n) * 100) / 100
    return {
      server: 'express-pouchdb 4.2 stand-in on 127.0.0.1 (test tool; a real CouchDB 3.5 will give other figures)',
      seedServerMs: Math.round(seedMs),
      initialSync: {
        records: initial.records,
        oursMs: Math.round(initial.oursMs),
        recordsPerSecond: Math.round(initial.records / (initial.oursMs / 1000)),
        bare: { ...initial.bare, replicateMs: Math.round(initial.bare.replicateMs), bulkPutMs: Math.round(initial.bare.bulkPutMs), totalMs: Math.round(initial.bare.totalMs) },
        note: 'ours: sign-in to every record in the app (PouchDB replication into the local copy, each batch applied to Dexie in one transaction, live); bare: a one-shot PouchDB replicate of the same database into an empty local copy, then a Dexie bulkPut of its documents into a database without middlewares'
      },
      changeTrip: { trips: trip.ms.length, p50Ms: p(trip.ms, 50), p95Ms: p(trip.ms, 95), samplesMs: trip.ms.map((x) => Math.round(x)), note: 'a put on laptop A until laptop B’s Dexie holds the new value: outbox, local revision, live push, server, live pull, apply' },
      localEdit: {
        edits: edit.putWithBridgeMs.length,
        putWithBridge: { p50Ms: p(edit.putWithBridgeMs, 50), p95Ms: p(edit.putWithBridgeMs, 95) },
        barePut: { p50Ms: p(edit.barePutMs, 50), p95Ms: p(edit.barePutMs, 95) },
        commitToRevision: { p50Ms: p(edit.commitToRevisionMs, 50), p95Ms: p(edit.commitToRevisionMs, 95) },
        note: 'putWithBridge: the app database’s put (outbox note and register journal in the same transaction) beside a bare Dexie put on the same schema; typing waits only for the put; the revision is written after it'
      }
    }
  } finally {
    await context.close()
    await stopFiles()
    await server.stop()
  }
}

// `npx tsx scripts/bench-sync.ts`: these figures alone (npm run bench runs them with the others).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('@playwright/test')
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  try {
    const figures = await syncBench(browser, (m) => process.stderr.write(`${m}\n`))
    process.stdout.write(`${JSON.stringify({ measuredAt: new Date().toISOString(), sync: figures }, null, 2)}\n`)
  } finally {
    await browser.close()
  }
}
