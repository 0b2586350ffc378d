// Set by vite.web.config.ts in the web build only ('true'); undefined in the Electron build and in tests.
interface ImportMetaEnv {
  readonly VITE_WEB_APP?: string
}
