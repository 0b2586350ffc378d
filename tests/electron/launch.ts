import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, type ElectronApplication, type Page } from '@playwright/test'

/**
 * What to launch: UPR_DESK_APP (the executable of a packaged app: dist/e2e/linux-unpacked/upr-desk (built with UPR_DESK_E2E_BUILD=1),
 * dist/e2e/win-unpacked/UPR Desk.exe, dist/e2e/mac-arm64/UPR Desk.app/Contents/MacOS/UPR Desk), or the
 * Electron binary of node_modules with out/main/index.js. Null when neither is there.
 */
export function appUnderTest(): { executablePath: string; mainArgs: string[]; packaged: boolean } | null {
  const packaged = process.env['UPR_DESK_APP']
  if (packaged) return existsSync(packaged) ? { executablePath: resolve(packaged), mainArgs: [], packaged: true } : null
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const dir = resolve('node_modules/electron')
  const pathFile = join(dir, 'path.txt')
  const binary = override ? override : existsSync(pathFile) ? join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null
  if (binary === null || !existsSync(binary)) return null
  return { executablePath: binary, mainArgs: [resolve('out/main/index.js')], packaged: false }
}

export const SKIP_REASON =
  'no Electron binary here: set UPR_DESK_APP to a packaged app (UPR_DESK_E2E_BUILD=1 npm run dist -- --dir) or run `npx install-electron` where the network allows; node_modules/electron/path.txt and dist/ are absent'

/** A running app with its own data folder, counting every request that would leave the machine. */
export interface DesktopApp {
  app: ElectronApplication
  page: Page
  userData: string
  /** Requests to http(s), ws(s) or ftp seen by the app's session since launch. */
  externalRequests(): Promise<string[]>
  /** Starts a second instance with `args` (as Explorer or Finder would) and waits for it to end. */
  secondInstance(args: string[]): Promise<number | null>
  close(): Promise<void>
}

/** Launches the app under test with a fresh data folder. */
export async function launchDesktopApp(): Promise<DesktopApp> {
  const target = appUnderTest()
  if (target === null) throw new Error(SKIP_REASON)
  const userData = mkdtempSync(join(tmpdir(), 'upr-desk-electron-'))
  const userDataArg = `--user-data-dir=${userData}`
  const app = await electron.launch({ executablePath: target.executablePath, args: [...target.mainArgs, userDataArg], env: { ...process.env, UPR_DESK_E2E: '1' } })
  // Count what would leave the machine. The app installs no webRequest listener of its own.
  await app.evaluate(({ session }) => {
    const seen: string[] = []
    ;(globalThis as { __uprDeskExternal?: string[] }).__uprDeskExternal = seen
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      if (/^(https?|wss?|ftp):/i.test(details.url)) seen.push(details.url)
      callback({})
    })
  })
  const page = await app.firstWindow()
  await expect(page.locator('html[data-ready="true"]')).toBeAttached()
  return {
    app,
    page,
    userData,
    externalRequests: () => app.evaluate(() => [...((globalThis as { __uprDeskExternal?: string[] }).__uprDeskExternal ?? [])]),
    secondInstance: (args) =>
      new Promise((done, fail) => {
        const child = spawn(target.executablePath, [...target.mainArgs, userDataArg, ...args], { stdio: 'ignore' })
        child.on('error', fail)
        child.on('exit', (code) => done(code))
      }),
    close: () => app.close()
  }
}
