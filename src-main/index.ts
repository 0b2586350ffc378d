// App lifecycle only: single instance, hardening of every WebContents, IPC, menu, main window.
import { BrowserWindow, Menu, app, dialog } from 'electron'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { removeStaleTempFiles, writeBackup } from './files/backups'
import { BACKUP_BEFORE_QUIT_CHANNEL, type BackupBeforeQuitMessage } from './ipc/contract'
import { registerIpcHandlers } from './ipc/register'
import { createLeaveGuard, type LeaveGuard } from './leave-guard'
import { buildMenuTemplate } from './menu'
import { hardenWebContents } from './security'
import { createMainWindow } from './window'

const APP_NAME = 'UPR Desk'
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const rendererIndexPath = fileURLToPath(new URL('../renderer/index.html', import.meta.url))

// The dev server URL is honoured only in an unpackaged run: an environment variable must never be able
// to point the installed app at another page.
function devServerUrl(): string | null {
  const value = process.env['ELECTRON_RENDERER_URL']
  if (app.isPackaged || !value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

const devUrl = devServerUrl()
const appLocations: readonly string[] = devUrl !== null ? [devUrl] : [pathToFileURL(rendererIndexPath).href]
let mainWindow: BrowserWindow | null = null
let leaveGuard: LeaveGuard | null = null

/** The longest a close or quit waits for the last backup (the renderer builds it, main writes it). */
const LAST_BACKUP_TIMEOUT_MS = 10_000

function backupsFolder(): string {
  return join(app.getPath('userData'), 'backups')
}

function openMainWindow(): void {
  const window = createMainWindow({ preloadPath, rendererIndexPath, devServerUrl: devUrl })
  const guard = createLeaveGuard({
    timeoutMs: LAST_BACKUP_TIMEOUT_MS,
    newRequestId: () => randomUUID(),
    requestBackup: (requestId) => {
      if (window.isDestroyed() || window.webContents.isCrashed()) return false
      const message: BackupBeforeQuitMessage = { requestId }
      window.webContents.send(BACKUP_BEFORE_QUIT_CHANNEL, message)
      return true
    },
    writeBackup: async (bytes) => {
      await writeBackup(backupsFolder(), bytes, 'quit')
    }
  })
  mainWindow = window
  leaveGuard = guard
  // A last backup before the window goes (closing it also quits on Windows and Linux).
  window.on('close', (event) => guard.hold(event, () => window.close()))
  window.webContents.on('render-process-gone', () => guard.abandon('the renderer is gone'))
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = null
      leaveGuard = null
    }
  })
}

function showAbout(): void {
  const detail = `Version ${app.getVersion()}\nElectron ${process.versions.electron ?? ''}`
  const options = { type: 'info' as const, title: `About ${APP_NAME}`, message: APP_NAME, detail, buttons: ['OK'] }
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options))
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  })

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appLocations))

  // Quitting from the menu or the keyboard: the same last backup, then quit again.
  app.on('before-quit', (event) => {
    if (mainWindow !== null && leaveGuard !== null && !leaveGuard.released) leaveGuard.hold(event, () => app.quit())
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })

  app
    .whenReady()
    .then(() => {
      registerIpcHandlers(appLocations, {
        backupsFolder,
        quitReply: (window, requestId, bytes) => (window === mainWindow && leaveGuard ? leaveGuard.reply(requestId, bytes) : Promise.resolve(false))
      })
      // A crash during an earlier backup may have left a temp file; the backups themselves are intact.
      void removeStaleTempFiles(backupsFolder()).then((stale) => {
        if (stale.length > 0) console.warn(`[backups] removed ${stale.length} unfinished backup file(s)`)
      })
      const template = buildMenuTemplate({
        appName: APP_NAME,
        isMac: process.platform === 'darwin',
        isDev: devUrl !== null,
        onAbout: showAbout
      })
      Menu.setApplicationMenu(Menu.buildFromTemplate(template))
      openMainWindow()
    })
    .catch((error: unknown) => {
      console.error('[app] startup failed', error)
      app.exit(1)
    })
}
