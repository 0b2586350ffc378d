import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { minimalPdf, pdfText } from '../fixtures/minimal-pdf'
import { AppPage } from '../e2e/app-page'
import { SKIP_REASON, appUnderTest, launchDesktopApp, type DesktopApp } from './launch'

/**
 * The desktop app itself. Main-process logic is tested in Node (tests/unit/main) and the renderer in
 * Chromium (tests/e2e); this suite checks what only the real app can show: the app:// origin and its
 * workers, the sandbox, native dialogs, the backup on quit, archives opened from the system, and that
 * nothing leaves the machine. Without an Electron binary it skips and says why.
 */
const target = appUnderTest()
if (target === null) console.log(`[electron] skipped: ${SKIP_REASON}`)

test.describe('desktop app (Electron)', () => {
  test.skip(target === null, SKIP_REASON)

  let desktop: DesktopApp
  test.beforeEach(async () => {
    desktop = await launchDesktopApp()
  })
  test.afterEach(async () => {
    // Whatever the test did, no request left the machine.
    const external = await desktop.externalRequests().catch(() => [])
    await desktop.close().catch(() => undefined)
    expect(external).toEqual([])
  })

  /** Replaces the native save dialog by one that answers `path` (main process). */
  async function answerSaveDialogWith(path: string): Promise<void> {
    await desktop.app.evaluate(({ dialog }, chosen) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as typeof dialog.showSaveDialog
    }, path)
  }

  test('opens a sandboxed, isolated window on app://upr-desk with the typed bridge and the CSP header', async () => {
    const { page, app } = desktop
    expect(await page.title()).toBe('UPR Desk')
    expect(await page.evaluate(() => location.origin)).toBe('app://upr-desk')
    // The renderer process is sandboxed by the OS (Electron reports it on Windows and macOS).
    const sandboxed = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const pid = BrowserWindow.getAllWindows()[0]!.webContents.getOSProcessId()
      return electronApp.getAppMetrics().find((metric) => metric.pid === pid)?.sandboxed ?? null
    })
    if (process.platform !== 'linux') expect(sandboxed).toBe(true)
    // The preload exposed its verbs, and nothing of Node leaked into the page.
    const verbs = await page.evaluate(() => Object.keys(window.uprDesk ?? {}).sort())
    expect(verbs).toEqual(['appInfo', 'checkAttachment', 'chooseUpdate', 'listBackups', 'onArchiveOpened', 'onUpdateReady', 'openExternal', 'openFile', 'readBackup', 'saveAttachment', 'saveFile', 'setInterfaceLanguage', 'setQuitBackupProvider', 'writeBackup'])
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
    // The CSP comes as a response header (so workers have it too), and traversal is refused.
    const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'))
    expect(csp).toContain("default-src 'self'")
    expect(await page.evaluate(async () => (await fetch('/%2e%2e/%2e%2e/package.json')).status)).toBe(400)
    // New windows and navigation away are denied by the main process.
    expect(await page.evaluate(() => window.open('https://example.org') === null)).toBe(true)
    expect(app.windows()).toHaveLength(1)
    await expect(page.getByRole('heading', { name: 'Welcome to UPR Desk' })).toBeVisible()
  })

  test('every page renders', async () => {
    const ui = new AppPage(desktop.page)
    await ui.completeSetup('Slovenia')
    for (const name of ['Dashboard', 'Our review', 'Other reviews', 'Recommendations', 'Statements', 'Recovery measures', 'Data and backups', 'Settings']) {
      await ui.nav().getByRole('link', { name }).click()
      await expect(desktop.page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(desktop.page.getByText(/something went wrong/i)).toHaveCount(0)
    }
  })

  test('a Working Group report PDF is read by the import worker, which runs on the app origin', async () => {
    const { page } = desktop
    const workers: string[] = []
    page.on('worker', (worker) => workers.push(worker.url()))
    await new AppPage(page).completeSetup('Slovenia')
    await new AppPage(page).nav().getByRole('link', { name: 'Recommendations' }).click()
    await page.getByRole('button', { name: 'Import…' }).first().click()
    const text = pdfText
    const pdf = minimalPdf([
      [
        text(72, 760, 'II. Conclusions and/or recommendations'),
        text(72, 712, '98. The recommendations listed below enjoy the'),
        text(72, 700, 'support of Slovenia:'),
        text(72, 688, '98.1'),
        text(140, 688, 'Ratify the Convention against Torture (France);'),
        text(300, 810, 'A/HRC/55/14', 9)
      ]
    ])
    await page.getByLabel('Choose a file').setInputFiles({ name: 'A_HRC_55_14.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) })
    await expect(page.getByRole('heading', { name: 'Preview of A_HRC_55_14.pdf' })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText(/A\/HRC\/55\/14/).first()).toBeVisible()
    expect(workers.some((url) => /^app:\/\/upr-desk\/assets\/import\.worker-[\w-]+\.js$/.test(url))).toBe(true)
  })

  test('every worker script (import, pdf.js, gzip, two-part read) starts on the app origin, with its type and the CSP', async () => {
    // The names come from the build the app was packaged from (npm run build, then electron-builder).
    const names = readdirSync('out/renderer/assets').filter((name) => /worker.*\.m?js$/.test(name))
    expect(names.length).toBeGreaterThanOrEqual(4)
    for (const name of names) {
      const result = await desktop.page.evaluate(async (file) => {
        const url = new URL(`assets/${file}`, location.href).href
        const response = await fetch(url)
        const started = await new Promise<string>((resolve) => {
          const worker = new Worker(url, { type: 'module' })
          worker.addEventListener('error', (event) => resolve(`error: ${event.message || 'did not load'}`))
          // A worker that loaded stays silent until it is sent work: no error within the wait is a start.
          setTimeout(() => {
            worker.terminate()
            resolve('started')
          }, 1500)
        })
        return { url, status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy') !== null, started }
      }, name)
      expect(result).toEqual({ url: `app://upr-desk/assets/${name}`, status: 200, type: 'text/javascript; charset=utf-8', csp: true, started: 'started' })
    }
  })

  test('a Word file is saved through the native save dialog', async () => {
    const { page } = desktop
    const folder = await mkdtemp(join(tmpdir(), 'upr-desk-saved-'))
    const target = join(folder, 'briefing.docx')
    await answerSaveDialogWith(target)
    const ui = new AppPage(page)
    await ui.completeSetup('Slovenia')
    await ui.nav().getByRole('link', { name: 'Our review' }).click()
    await page.getByRole('button', { name: 'Export the review briefing (Word)' }).click()
    await expect.poll(() => existsSync(target), { timeout: 20_000 }).toBe(true)
    const bytes = await readFile(target)
    expect(bytes.subarray(0, 2).toString()).toBe('PK')
  })

  test('quitting writes the last backup', async () => {
    await new AppPage(desktop.page).completeSetup('Slovenia')
    await desktop.close()
    const backups = await readdir(join(desktop.userData, 'backups'))
    expect(backups.some((name) => /^upr-desk-backup-\d{8}-\d{6}-\d{3}-quit\.uprdesk$/.test(name))).toBe(true)
  })

  test('a .uprdesk file opened from the system reaches the open-archive flow (second instance with argv)', async () => {
    const { page } = desktop
    const workers: string[] = []
    page.on('worker', (worker) => workers.push(worker.url()))
    const folder = await mkdtemp(join(tmpdir(), 'upr-desk-archive-'))
    const archive = join(folder, 'Mission.uprdesk')
    await answerSaveDialogWith(archive)
    const ui = new AppPage(page)
    await ui.completeSetup('Slovenia')
    await ui.nav().getByRole('link', { name: 'Data and backups' }).click()
    await page.getByRole('region', { name: 'Save an archive' }).getByRole('button', { name: 'Save archive…' }).click()
    await expect.poll(() => existsSync(archive), { timeout: 20_000 }).toBe(true)
    // The archive was compressed by the gzip worker, on the app origin.
    expect(workers.some((url) => /^app:\/\/upr-desk\/assets\/gzip\.worker-[\w-]+\.js$/.test(url))).toBe(true)
    await ui.nav().getByRole('link', { name: 'Dashboard' }).click()
    // A second instance with the archive in its argv hands it to this one and quits.
    expect(await desktop.secondInstance([archive])).toBe(0)
    await expect(page.getByRole('heading', { name: 'Data and backups', level: 1 })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Open an archive' }).getByText(/^Archive of /)).toBeVisible()
  })
})
