// The main window: isolated, sandboxed renderer with the contract-typed preload as its only bridge.
import { BrowserWindow } from 'electron'

export interface MainWindowOptions {
  /** Absolute path of the bundled preload (out/preload/index.cjs). */
  preloadPath: string
  /** The app's entry page on its own origin (app://upr-desk/index.html). */
  entryUrl: string
  /** The electron-vite dev server URL, only when running `electron-vite dev`. */
  devServerUrl: string | null
}

/** Creates the main window, shows it once its first frame is ready and loads the renderer. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  // The options object stays literal here so static checkers (electronegativity) can read it.
  // AUXCLICK_JS_CHECK reviewed: "Auxclick" is no longer a Blink runtime feature, so disableBlinkFeatures
  // would do nothing; middle-clicked links reach setWindowOpenHandler (security.ts), which denies them.
  const window = new BrowserWindow({ // eng-disable AUXCLICK_JS_CHECK
    title: 'UPR Desk',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true
    }
  })

  window.once('ready-to-show', () => window.show())

  // Never file://: the renderer is served from the privileged app:// scheme (protocol/app-scheme.ts).
  const load = window.loadURL(options.devServerUrl ?? options.entryUrl)
  load.catch((error: unknown) => console.error('[window] could not load the renderer', error))

  return window
}
