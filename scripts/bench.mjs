// `npm run bench`: measured figures as JSON on stdout (progress on stderr).
// Renderer bundle size (raw and gzip) and time from navigation to an interactive shell in Chromium.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'

const root = new URL('..', import.meta.url).pathname
const outDir = join(root, 'out/renderer')
const port = Number(process.env.BENCH_PORT ?? 5182)
const runs = Number(process.env.BENCH_RUNS ?? 7)

function log(message) {
  process.stderr.write(`${message}\n`)
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))))
  })
}

function filesUnder(dir) {
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
  return { files: files.length, rawBytes: raw, gzipBytes: gzip, jsRawBytes: js, jsGzipBytes: jsGzip }
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function waitForServer(url, timeoutMs) {
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

async function timeToInteractive() {
  const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true
  })
  const base = `http://127.0.0.1:${port}/`
  try {
    await waitForServer(base, 20_000)
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    })
    try {
      const context = await browser.newContext()
      const page = await context.newPage()
      // First run: set up the mission once, so later loads show the real shell.
      await page.goto(base)
      await page.getByLabel('State represented').selectOption({ label: 'Slovenia' })
      await page.getByRole('button', { name: 'Start using UPR Desk' }).click()
      await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
      const samples = []
      for (let i = 0; i < runs; i++) {
        const started = Date.now()
        await page.goto(base + '#/dashboard', { waitUntil: 'commit' })
        await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).waitFor()
        await page.getByRole('table', { name: 'Reviews of Slovenia' }).waitFor()
        // Interactive: a click on the navigation is handled.
        await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click()
        await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor()
        samples.push(Date.now() - started)
      }
      return { runs, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95), samplesMs: samples }
    } finally {
      await browser.close()
    }
  } finally {
    try {
      process.kill(-server.pid)
    } catch {
      server.kill()
    }
  }
}

if (!existsSync(join(outDir, 'index.html')) || process.env.BENCH_BUILD !== '0') {
  log('building…')
  await run('npx', ['electron-vite', 'build'])
}
const bundle = bundleSize()
log('timing the shell in Chromium…')
const shell = await timeToInteractive()
process.stdout.write(
  JSON.stringify(
    { measuredAt: new Date().toISOString(), machine: { node: process.version }, rendererBundle: bundle, navigationToInteractiveShell: shell },
    null,
    2
  ) + '\n'
)
