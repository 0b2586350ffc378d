// `npm run bench`: measured figures as JSON on stdout (progress on stderr).
// Renderer bundle size; what the web build precaches; time to an interactive shell; import of a 6,094-row
// export; the register at 100,000 recommendations (start, search and filter latency, memory); import vs
// bare IndexedDB writes; the search stemmers on 100,000 words (with the register figures); sync; hostile
// workbooks refused by the measures import in its worker (BENCH_ONLY=hostile).
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from '@playwright/test'
import { percentile, setUpMission } from './bench-common'
import { registerBench } from './bench-register'
import { reviewBench } from './bench-review'
import { measuresBench } from './bench-measures'
import { statementsBench } from './bench-statements'
import { dataSafetyBench } from './bench-data-safety'
import { parsingBench } from './bench-parsing'
import { syncBench } from './bench-sync'
import { stemmingBench } from './bench-stemming'
import { hostileBench } from './bench-hostile'

const root = new URL('..', import.meta.url).pathname
const outDir = join(root, 'out/renderer')
const webDir = join(root, 'out/web')
const port = Number(process.env.BENCH_PORT ?? 5182)
const runs = Number(process.env.BENCH_RUNS ?? 7)
// BENCH_ONLY=review or BENCH_ONLY=register: that section alone (with the shell timing); BENCH_ONLY_SHELL=1: the shell alone.
const only = process.env.BENCH_ONLY_SHELL === '1' ? 'shell' : (process.env.BENCH_ONLY ?? '')
const wants = (section: string): boolean => only === '' || only === section

function log(message: string): void {
  process.stderr.write(`${message}\n`)
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))))
  })
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

function bundleSize() {
  const files = filesUnder(outDir).filter((f) => /\.(js|mjs|css|html)$/.test(f))
  let raw = 0
  let gzip = 0
  let js = 0
  let jsGzip = 0
  for (const file of files) {
    const bytes = readFileSync(file)
    const zipped = gzipSync(bytes, { level: 9 }).length
    raw += bytes.length
    gzip += zipped
    if (/\.m?js$/.test(file)) {
      js += bytes.length
      jsGzip += zipped
    }
  }
  return { files: files.length, rawBytes: raw, gzipBytes: gzip, jsRawBytes: js, jsGzipBytes: jsGzip, mainChunk: mainChunk(), firstScreen: firstScreen() }
}

function sizes(files: string[]) {
  let rawBytes = 0
  let gzipBytes = 0
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file))
    rawBytes += bytes.length
    gzipBytes += gzipSync(bytes, { level: 9 }).length
  }
  return { files, rawBytes, gzipBytes }
}

/** The entry chunk that index.html loads (what every start downloads and parses before anything shows). */
function entryChunk(): string {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const src = /<script[^>]*type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1]
  if (!src) throw new Error('no module script in index.html')
  return src
}

/** The entry chunk alone, and whether a chart, Word, PDF or rich-text library slipped into it. */
function mainChunk() {
  const file = entryChunk()
  const text = readFileSync(join(outDir, file), 'utf8')
  return { ...sizes([file]), holds: { recharts: /recharts/.test(text), docx: /w:document/.test(text), pdfjs: /pdfjs|PDFWorker/.test(text), tiptap: /ProseMirror/.test(text) } }
}

/** Everything the first screen loads: the entry, its static imports, and the dashboard page with its own. */
function firstScreen() {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(join(outDir, file), 'utf8')
    for (const match of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(join('assets', match[1]!))
  }
  visit(entryChunk())
  const dashboard = readdirSync(join(outDir, 'assets')).find((f) => /^DashboardPage-.*\.js$/.test(f))
  if (dashboard) visit(join('assets', dashboard))
  const { rawBytes, gzipBytes } = sizes([...seen])
  return { chunks: seen.size, rawBytes, gzipBytes }
}

/** What the web build's service worker downloads and keeps on the first visit: the files listed in sw.js. */
function webPrecache() {
  const urls = [...readFileSync(join(webDir, 'sw.js'), 'utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!)
  const bytes = urls.reduce((sum, url) => sum + statSync(join(webDir, url)).size, 0)
  return { files: urls.length, bytes }
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`server did not start at ${url}`)
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

function startServer(): ChildProcess {
  return spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true
  })
}

function stopServer(server: ChildProcess): void {
  try {
    if (server.pid) process.kill(-server.pid)
  } catch {
    server.kill()
  }
}


async function timeToInteractive(browser: Browser, base: string) {
  const page = await setUpMission(browser, base)
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = Date.now()
    await page.goto(base + '#/dashboard', { waitUntil: 'commit' })
    await page.getByRole('table', { name: 'Reviews of Slovenia' }).waitFor()
    // Interactive: a click on the navigation is handled.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
    samples.push(Date.now() - started)
  }
  await page.context().close()
  return { runs, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95), samplesMs: samples }
}

if (!existsSync(join(outDir, 'index.html')) || !existsSync(join(webDir, 'sw.js')) || process.env.BENCH_BUILD !== '0') {
  log('building…')
  await run('npm', ['run', 'build'])
}
const bundle = bundleSize()
const precache = webPrecache()
const server = startServer()
const base = `http://127.0.0.1:${port}/`
let shell: unknown
let register: unknown
let review: unknown
let dataSafety: unknown
let sync: unknown
let hostile: unknown
try {
  await waitForServer(base, 20_000)
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    log('timing the shell in Chromium…')
    shell = await timeToInteractive(browser, base)
    if (wants('register')) register = await registerBench(browser, base, log)
    if (wants('review')) review = await reviewBench(browser, base, log)
    if (only === '') dataSafety = await dataSafetyBench(browser, log)
    // The sync figures (issue 15); `npx tsx scripts/bench-sync.ts` runs them alone.
    if (wants('sync')) sync = await syncBench(browser, log)
    // Hostile files refused in their worker while the window stays responsive (issue 17).
    if (wants('hostile')) hostile = await hostileBench(browser, base, log)
  } finally {
    await browser.close()
  }
} finally {
  stopServer(server)
}
log('statements: Word export in Node…')
const statements = only === '' ? await statementsBench(log) : undefined
process.stdout.write(
  JSON.stringify(
    { measuredAt: new Date().toISOString(), machine: { node: process.version, cores: (await import('node:os')).cpus().length }, rendererBundle: bundle, webPrecache: precache, navigationToInteractiveShell: shell, register, review, measures: only === '' ? await measuresBench(log) : undefined, statements, dataSafety, sync, parsing: only === '' ? await parsingBench(log) : undefined, stemming: wants('register') ? await stemmingBench(log) : undefined, hostile },
    null,
    2
  ) + '\n'
)
