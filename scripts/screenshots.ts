// `npm run screenshots`: the README's pictures of today's app, taken in Chromium with the demo mission
// (Portugal's mission, written by the project). Builds the web app unless SCREENSHOTS_BUILD=0.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'

const root = new URL('..', import.meta.url).pathname
const outDir = join(root, 'resources/screenshots')
const port = Number(process.env.SCREENSHOTS_PORT ?? 5189)
const base = `http://127.0.0.1:${port}/`

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))))
  })
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`server did not start at ${url}`)
}

async function shot(page: Page, name: string): Promise<void> {
  // Let charts and lazy parts settle, and take the pointer out of the picture.
  await page.mouse.move(0, 0)
  await page.waitForTimeout(400)
  await page.screenshot({ path: join(outDir, `${name}.png`) })
  process.stderr.write(`${name}.png\n`)
}

async function go(page: Page, hash: string, heading: string): Promise<void> {
  await page.goto(`${base}${hash}`)
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor()
}

if (process.env.SCREENSHOTS_BUILD !== '0') await run('npx', ['vite', 'build', '--config', 'vite.web.config.ts'])
mkdirSync(outDir, { recursive: true })
const server: ChildProcess = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: 'ignore',
  detached: true
})
try {
  await waitForServer(base)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
    await page.goto(base)
    await page.getByLabel('State represented').selectOption({ label: 'Portugal' })
    await page.getByRole('button', { name: 'Start using UPR Desk' }).click()
    await go(page, '#/settings', 'Settings')
    await page.getByRole('button', { name: 'Load demo mission' }).click()
    await page.getByText('The demo mission is loaded.').waitFor()

    await go(page, '#/dashboard', 'Dashboard')
    await page.locator('.review-chart-wrap svg').first().waitFor()
    await shot(page, 'dashboard')

    await go(page, '#/review', 'Our review')
    await shot(page, 'review')

    await go(page, '#/recommendations', 'Recommendations')
    await page.getByLabel('Group by').selectOption({ label: 'Position' })
    await page.getByRole('listbox', { name: 'Recommendations' }).getByRole('option').nth(1).click()
    await shot(page, 'register')

    await go(page, '#/statements', 'Statements')
    await page.getByRole('table').getByRole('rowheader').getByRole('link').first().click()
    await page.locator('.ProseMirror').first().waitFor()
    await shot(page, 'statement-editor')

    await go(page, '#/measures/by-right', 'Recovery measures')
    await shot(page, 'measures')

    await go(page, '#/data', 'Data and backups')
    await shot(page, 'data-safety')
  } finally {
    await browser.close()
  }
} finally {
  try {
    if (server.pid) process.kill(-server.pid)
  } catch {
    server.kill()
  }
}
