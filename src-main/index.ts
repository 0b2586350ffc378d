// App lifecycle only: single instance, hardening of every WebContents, IPC, menu, main window.
import { BrowserWindow, Menu, app, dialog } from 'electron'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { registerIpcHandlers } from './ipc/register'
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

function openMainWindow(): void {
  mainWindow = createMainWindow({ preloadPath, rendererIndexPath, devServerUrl: devUrl })
  mainWindow.on('closed', () => {
    mainWindow = null
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

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })

  app
    .whenReady()
    .then(() => {
      registerIpcHandlers(appLocations)
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
