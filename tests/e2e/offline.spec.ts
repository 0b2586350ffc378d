import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test'
import { AppPage } from './app-page'
import { NEXT_VERSION_COOKIE } from './vite.e2e.config'
import { minimalPdf, pdfText } from '../fixtures/minimal-pdf'

// The web build as an installable app that works offline (service worker from vite.web.config.ts).
// Every test has its own browser context, hence its own service worker registrations and caches.

/** Records, before any script of the page runs, whether a service worker controlled this load. */
async function recordControllerAtStart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    ;(window as unknown as { controlledAtStart: boolean }).controlledAtStart = navigator.serviceWorker?.controller != null
  })
}

async function controlledAtStart(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { controlledAtStart: boolean }).controlledAtStart)
}

/** Waits until the service worker has precached the app and controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

/** Cuts the network: the browser is offline, and any request that still reaches the network is refused and listed. */
async function goOffline(context: BrowserContext): Promise<string[]> {
  const reachedNetwork: string[] = []
  await context.setOffline(true)
  await context.route('**/*', (route) => {
    reachedNetwork.push(route.request().url())
    return route.abort('internetdisconnected')
  })
  return reachedNetwork
}

const text = pdfText

/** A two-page Working Group report on Slovenia with two supported recommendations. */
const REPORT_PDF = Buffer.from(minimalPdf([
  [
    text(300, 810, 'A/HRC/55/14', 9),
    text(72, 760, 'Report of the Working Group on the Universal Periodic Review'),
    text(72, 740, 'Slovenia'),
    text(72, 700, 'II. Conclusions and/or recommendations'),
    text(72, 680, '98. The recommendations listed below enjoy the'),
    text(72, 668, 'support of Slovenia:'),
    text(72, 650, '98.1'),
    text(140, 650, 'Ratify the Convention against Torture (France)'),
    text(72, 40, '12', 9)
  ],
  [text(300, 810, 'A/HRC/55/14', 9), text(72, 700, '98.2'), text(140, 700, 'Adopt a national plan (Holy See).')]
]))

test('after the first visit the app opens and works with the network off: import a PDF report, export Word', async ({ page, context }) => {
  const app = new AppPage(page)
  await recordControllerAtStart(page)
  await app.open()
  // Nothing left over from another test: this first visit is not controlled by any service worker.
  expect(await controlledAtStart(page)).toBe(false)
  await app.completeSetup('Portugal')
  await waitForServiceWorker(page)

  const reachedNetwork = await goOffline(context)
  await page.reload()
  await expect(page.locator('html[data-ready="true"]')).toBeAttached()
  expect(await controlledAtStart(page)).toBe(true)
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  await expect(page.getByText('Portugal').first()).toBeVisible()

  // An import: the import worker, pdf.js and its worker all come from the precache.
  await app.nav().getByRole('link', { name: 'Recommendations' }).click()
  await page.getByRole('button', { name: 'Import…' }).first().click()
  await page.getByLabel('Choose a file').setInputFiles({ name: 'A_HRC_55_14.pdf', mimeType: 'application/pdf', buffer: REPORT_PDF })
  await expect(page.getByText(/A\/HRC\/55\/14 · 2 recommendations found/)).toBeVisible()
  await page.getByRole('button', { name: 'Import 2 recommendations' }).click()
  await expect(page.getByText('Imported: 2 added, 0 updated, 0 already up to date.')).toBeVisible()

  // A Word export: the Statements page and the document builder are lazily loaded chunks.
  await app.nav().getByRole('link', { name: 'Statements' }).click()
  await page.getByRole('button', { name: 'New statement…' }).first().click()
  const form = page.getByRole('form', { name: 'New statement' })
  await form.getByLabel('Working Group session').selectOption('62')
  await form.getByLabel('State under review').selectOption({ label: 'Slovenia' })
  await page.getByRole('button', { name: 'Create from the template' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Review statement · Slovenia · Session 62' })).toBeVisible()
  await page.getByLabel('Date', { exact: true }).fill('2030-01-29')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Word' }).click()])
  expect(download.suggestedFilename()).toBe('2030-01-29 UPR62 Slovenia - Statement by Portugal.docx')
  const bytes = await readFile((await download.path())!)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')

  // Everything came from the service worker's cache; at most it looked for a new sw.js, in vain.
  expect(reachedNetwork.filter((url) => !url.endsWith('/sw.js'))).toEqual([])
})

test('Chrome offers to install it: the manifest and its icons are accepted, the service worker controls the page', async ({ baseURL, launchOptions }) => {
  // Test contexts are private windows, where Chrome never offers installing: this one has a real profile.
  const profile = await mkdtemp(join(tmpdir(), 'upr-desk-profile-'))
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await new AppPage(page).open()
    await waitForServiceWorker(page)
    const cdp = await context.newCDPSession(page)
    const manifest = await cdp.send('Page.getAppManifest')
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/)
    expect(manifest.errors).toEqual([])
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([])
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
})

/** From now on the server gives this browser context a new version of sw.js (as after a new build). */
async function deployNewVersion(context: BrowserContext, baseURL: string): Promise<void> {
  const [name, value] = NEXT_VERSION_COOKIE.split('=') as [string, string]
  await context.addCookies([{ name, value, url: baseURL }])
}

/** Asks the browser to look for a new version now (it also does at each start and every hour). */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()))
}

/** Marks the page; the mark is gone once the page has reloaded. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
}

async function reloadedSinceMark(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded !== true)
}

async function newStatementForSlovenia(page: Page): Promise<void> {
  await new AppPage(page).nav().getByRole('link', { name: 'Statements' }).click()
  await page.getByRole('button', { name: 'New statement…' }).first().click()
  const form = page.getByRole('form', { name: 'New statement' })
  await form.getByLabel('Working Group session').selectOption('62')
  await form.getByLabel('State under review').selectOption({ label: 'Slovenia' })
  await page.getByRole('button', { name: 'Create from the template' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Review statement · Slovenia · Session 62' })).toBeVisible()
}

test('a new version: "A new version is ready", and Reload loads it', async ({ page, context, baseURL }) => {
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Portugal')
  await waitForServiceWorker(page)
  const firstVersion = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)

  await deployNewVersion(context, baseURL!)
  await checkForUpdate(page)
  const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' })
  await expect(prompt).toBeVisible()
  await app.expectNoSeriousA11yViolations()
  await app.screenshot('update-prompt')

  await markPage(page)
  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()])
  await expect(page.locator('html[data-ready="true"]')).toBeAttached()
  expect(await reloadedSinceMark(page)).toBe(true)
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  await expect(page.getByText('A new version is ready.')).toHaveCount(0)
  // The new version controls the page, and no other waits.
  const registration = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => ({ active: r?.active?.scriptURL, waiting: r?.waiting ?? null })))
  expect(registration).toEqual({ active: firstVersion, waiting: null })
  await checkForUpdate(page)
  await expect(page.getByRole('status').filter({ hasText: 'A new version is ready.' })).toHaveCount(0)
})

test('a reload for a new version waits until the words being typed are saved', async ({ page, context, baseURL }) => {
  // The page's timers are under the test's control: the autosave (at a pause in typing) runs when the test says.
  await page.clock.install()
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup('Portugal')
  await waitForServiceWorker(page)
  await newStatementForSlovenia(page)
  await deployNewVersion(context, baseURL!)
  await checkForUpdate(page)
  const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' })
  await expect(prompt).toBeVisible()

  // Words typed, not saved yet (the autosave waits for a pause): Reload waits for them and says so.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)
  const editor = page.getByRole('textbox', { name: 'Text of the statement' })
  await editor.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' Words typed just before the update.')
  await markPage(page)
  await prompt.getByRole('button', { name: 'Reload' }).click()
  const waiting = page.getByRole('status').filter({ hasText: 'The new version will load once your work is saved.' })
  await expect(waiting).toBeVisible()
  // However long it takes, the page does not reload over the unsaved words (a non-event: wait, then look).
  await page.waitForTimeout(1500)
  expect(await reloadedSinceMark(page)).toBe(false)
  await expect(waiting).toBeVisible()

  // The pause in typing comes: the words are saved, then the new version loads.
  await Promise.all([page.waitForEvent('load'), page.clock.resume()])
  await expect(page.locator('html[data-ready="true"]')).toBeAttached()
  expect(await reloadedSinceMark(page)).toBe(true)
  await expect(page.getByRole('textbox', { name: 'Text of the statement' })).toContainText('Words typed just before the update.')
  await expect(page.getByText('A new version is ready.')).toHaveCount(0)
})
