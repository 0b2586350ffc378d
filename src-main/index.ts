// App lifecycle only: the app's scheme, single instance and archives opened from the system, hardening
// of every WebContents, IPC, menus, spelling, updates, main window.
import { BrowserWindow, Menu, app, dialog, protocol, session } from 'electron'
import type { WebContents } from 'electron'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildContextMenuTemplate, languageFromLocale } from './context-menu'
import { removeStaleTempFiles, writeBackup } from './files/backups'
import { archivePathsFromArgv, archivePathsFromSecondInstance, createOpenedArchiveQueue, type SecondInstanceData } from './files/opened-archives'
import {
  ARCHIVE_OPENED_CHANNEL,
  BACKUP_BEFORE_QUIT_CHANNEL,
  UPDATE_READY_CHANNEL,
  type BackupBeforeQuitMessage,
  type InterfaceLanguageCode
} from './ipc/contract'
import { registerIpcHandlers } from './ipc/register'
import { createLeaveGuard, type LeaveGuard } from './leave-guard'
import { buildMenuTemplate } from './menu'
import { aboutBox } from './menu-strings'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './protocol/app-scheme'
import { serveAppRequest } from './protocol/serve-app-request'
import { hardenWebContents } from './security'
import { applySpelling } from './spelling'
import { startUpdater, type UpdaterHandle } from './updates/updater'
import { createMainWindow } from './window'

const APP_NAME = 'UPR Desk'
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const rendererRoot = fileURLToPath(new URL('../renderer/', import.meta.url))

// Must happen before `ready`: the scheme's privileges are fixed when Chromium starts.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }])

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
const appLocations: readonly string[] = devUrl !== null ? [devUrl] : [`${APP_ORIGIN}/`]
let mainWindow: BrowserWindow | null = null
let leaveGuard: LeaveGuard | null = null
let language: InterfaceLanguageCode = 'en'
let updater: UpdaterHandle | null = null

/** The longest a close or quit waits for the last backup (the renderer builds it, main writes it). */
const LAST_BACKUP_TIMEOUT_MS = 10_000

function backupsFolder(): string {
  return join(app.getPath('userData'), 'backups')
}

function sendToWindow(channel: string): void {
  if (mainWindow !== null && !mainWindow.isDestroyed() && !mainWindow.webContents.isLoading()) mainWindow.webContents.send(channel)
}

const openedArchives = createOpenedArchiveQueue({ notify: () => sendToWindow(ARCHIVE_OPENED_CHANNEL) })

function showMainWindow(): void {
  if (mainWindow === null) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function installContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, language, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word)
    })
    if (template.length > 0) Menu.buildFromTemplate(template).popup()
  })
}

function openMainWindow(): void {
  const window = createMainWindow({ preloadPath, entryUrl: APP_ENTRY_URL, devServerUrl: devUrl })
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
  installContextMenu(window.webContents)
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
  const options = { type: 'info' as const, ...aboutBox(language, { name: APP_NAME, version: app.getVersion(), electron: process.versions.electron ?? '' }) }
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options))
}

/** The application menu in the interface language. */
function applyMenu(): void {
  const template = buildMenuTemplate({ appName: APP_NAME, isMac: process.platform === 'darwin', isDev: devUrl !== null, onAbout: showAbout, language })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

function setLanguage(next: InterfaceLanguageCode): void {
  const changed = next !== language
  language = next
  if (!app.isReady()) return
  applySpelling(session.defaultSession, process.platform, language)
  if (changed) applyMenu()
}

// The archives a second instance was asked to open travel as additionalData (its exact list); argv,
// which Chromium may reorder and extend, is only the fallback.
const launchArchives = archivePathsFromArgv(process.argv.slice(1), process.cwd())
const secondInstanceData: SecondInstanceData = { archives: launchArchives }

if (!app.requestSingleInstanceLock(secondInstanceData)) {
  app.quit()
} else {
  void openedArchives.add(launchArchives)

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    void openedArchives.add(archivePathsFromSecondInstance(argv, workingDirectory, additionalData))
    showMainWindow()
  })

  // macOS: Finder's "Open", a drop on the Dock icon; may come before `ready`, so it is registered here.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    void openedArchives.add([path])
    if (!app.isReady()) return
    // The app may be running with its window closed (macOS keeps it in the Dock).
    if (mainWindow === null) openMainWindow()
    else showMainWindow()
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
      protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererRoot))
      language = languageFromLocale(app.getLocale())
      applySpelling(session.defaultSession, process.platform, language)
      registerIpcHandlers(appLocations, {
        backupsFolder,
        quitReply: (window, requestId, bytes) => (window === mainWindow && leaveGuard ? leaveGuard.reply(requestId, bytes) : Promise.resolve(false)),
        setLanguage,
        takeOpenedArchives: () => openedArchives.take(),
        updateState: () => updater?.state() ?? null,
        chooseUpdate: (choice) => updater?.choose(choice) ?? false
      })
      // A crash during an earlier backup may have left a temp file; the backups themselves are intact.
      void removeStaleTempFiles(backupsFolder()).then((stale) => {
        if (stale.length > 0) console.warn(`[backups] removed ${stale.length} unfinished backup file(s)`)
      })
      applyMenu()
      openMainWindow()
      void startUpdater({ notify: () => sendToWindow(UPDATE_READY_CHANNEL) })
        .then((handle) => (updater = handle))
        .catch((error: unknown) => console.warn('[updates] could not start', error))
    })
    .catch((error: unknown) => {
      console.error('[app] startup failed', error)
      app.exit(1)
    })
}
