// Thin layer over electron-updater, applying update-rules.ts: never silent (the update is downloaded in
// the background and installed only when the delegate chooses "install on quit"), checked only when
// online, off whenever the policy, the kind of install or a missing signature says so.
import { app, net } from 'electron'
import electronUpdater from 'electron-updater'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { UpdateChoice, UpdateNotice } from '../ipc/contract'
import { policyFilePath, readPolicyFile } from './policy'
import { decideUpdates, installKindOf, noticeFromUpdateInfo, publisherNamesOf, shouldCheckNow } from './update-rules'

/** How often main looks whether a check is due (the rules decide; this is only the tick). */
const TICK_MS = 60_000

/** What the IPC handlers and the app lifecycle need from the updater. */
export interface UpdaterHandle {
  /** The downloaded update waiting for the delegate's choice, if any. */
  state(): UpdateNotice | null
  /** Applies the delegate's choice; false when no update waits. */
  choose(choice: UpdateChoice): boolean
}

/** Starts the updater (resolves at once when updates are off, saying why in the log). */
export async function startUpdater(deps: { notify: () => void }): Promise<UpdaterHandle> {
  const { autoUpdater } = electronUpdater
  let notice: UpdateNotice | null = null
  const handle: UpdaterHandle = {
    state: () => notice,
    choose: (choice) => {
      if (notice === null) return false
      autoUpdater.autoInstallOnAppQuit = choice === 'install-on-quit'
      return true
    }
  }

  const appUpdateYml = app.isPackaged ? await readFile(join(process.resourcesPath, 'app-update.yml'), 'utf8').catch(() => '') : ''
  const decision = decideUpdates({
    installKind: installKindOf({
      platform: process.platform,
      isPackaged: app.isPackaged,
      hasNsisUninstaller: existsSync(join(dirname(process.execPath), `Uninstall ${app.getName()}.exe`)),
      appImagePath: process.env['APPIMAGE']
    }),
    policy: await readPolicyFile(policyFilePath(process.platform)),
    hasBuiltInFeed: appUpdateYml.trim() !== '',
    publisherNames: publisherNamesOf(appUpdateYml)
  })
  if (!decision.enabled) {
    console.info(`[updates] off: ${decision.reason}`)
    return handle
  }

  autoUpdater.autoDownload = true
  autoUpdater.autoInstallOnAppQuit = false
  autoUpdater.allowDowngrade = false
  autoUpdater.allowPrerelease = decision.channel !== null && decision.channel !== 'latest'
  if (decision.channel !== null) autoUpdater.channel = decision.channel
  if (decision.feed !== null) {
    autoUpdater.setFeedURL(decision.feed.provider === 'generic' ? { provider: 'generic', url: decision.feed.url } : { provider: 'github', owner: decision.feed.owner, repo: decision.feed.repo })
  }
  autoUpdater.logger = { info: (m?: unknown) => console.info('[updates]', m), warn: (m?: unknown) => console.warn('[updates]', m), error: (m?: unknown) => console.error('[updates]', m), debug: () => undefined }

  const startedAt = Date.now()
  let lastCheckAt: number | null = null
  let checking = false
  autoUpdater.on('update-downloaded', (info) => {
    notice = noticeFromUpdateInfo(info)
    deps.notify()
  })
  autoUpdater.on('error', (error) => console.warn('[updates] failed', error))

  const timer = setInterval(() => {
    const now = Date.now()
    if (!shouldCheckNow({ decision, online: net.isOnline(), busy: checking || notice !== null, now, startedAt, lastCheckAt })) return
    checking = true
    lastCheckAt = now
    autoUpdater
      .checkForUpdates()
      .then((result) => result?.downloadPromise)
      .catch((error: unknown) => console.warn('[updates] check failed', error))
      .finally(() => (checking = false))
  }, TICK_MS)
  timer.unref()
  app.once('will-quit', () => clearInterval(timer))
  console.info(`[updates] on: ${decision.feed === null ? 'feed of the installer' : `feed ${decision.feed.provider}`}${decision.channel ? `, channel ${decision.channel}` : ''}`)
  return handle
}
