import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

/**
 * The real desktop app, when an Electron binary is installed (`npx install-electron`). No binary can be
 * downloaded on the build machines, so there it skips and says why; the renderer is tested in Chromium by
 * every other spec, and the main process by the unit tests in tests/unit/main.
 */
function electronBinary(): string | null {
  const dir = resolve('node_modules/electron')
  if (process.env['ELECTRON_OVERRIDE_DIST_PATH']) return process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()
const reason = 'no Electron binary here (node_modules/electron/path.txt and dist/ are absent; `npx install-electron` downloads it where the network allows)'

test.describe('desktop app (Electron)', () => {
  test.skip(binary === null, reason)
  if (binary === null) console.log(`[electron-smoke] skipped: ${reason}`)

  test('opens a sandboxed, isolated window with the typed bridge, and the app works in it', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'upr-desk-electron-'))
    const app = await electron.launch({ executablePath: binary!, args: [resolve('out/main/index.js'), `--user-data-dir=${userData}`] })
    try {
      const page = await app.firstWindow()
      await expect(page.locator('html[data-ready="true"]')).toBeAttached()
      expect(await page.title()).toBe('UPR Desk')
      // The preload exposed its verbs, and nothing of Node leaked into the page.
      expect(await page.evaluate(() => typeof window.uprDesk?.saveFile)).toBe('function')
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
      // New windows are denied by the main process.
      expect(await page.evaluate(() => window.open('https://example.org') === null)).toBe(true)
      expect(app.windows()).toHaveLength(1)
      await expect(page.getByRole('heading', { name: 'Welcome to UPR Desk' })).toBeVisible()
    } finally {
      await app.close()
    }
  })
})
