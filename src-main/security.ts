// Security policy of the main process: pure URL checks (tested with hostile inputs) and a thin installer
// that applies them to every WebContents the app creates.
import { shell } from 'electron'
import type { WebContents } from 'electron'
import { APP_SCHEME, isAppOriginUrl } from './protocol/app-scheme'

const MAX_EXTERNAL_URL_LENGTH = 2048

// Whitespace, controls, format characters (bidi overrides, zero-width), lone surrogates and backslashes:
// the URL parser silently strips or rewrites several of these ("java\tscript:", "https:\\evil"), so a
// string containing any of them is refused before it is parsed.
const SUSPICIOUS_URL_CHARACTERS = /[\s\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\\]/u

function parseUrl(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/** True when `url` is a plain https link without credentials that may be handed to the OS browser. */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false
  if (SUSPICIOUS_URL_CHARACTERS.test(url)) return false
  // Demand the canonical spelling: "https:example.com" and "https:/x" parse, but no honest link looks so.
  if (!/^https:\/\/[^/]/i.test(url)) return false
  const parsed = parseUrl(url)
  if (parsed === null) return false
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
}

// Compares file URLs by their decoded path: Chromium and Node percent-encode a few characters
// differently and Chromium upper-cases Windows drive letters.
function comparableFilePath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname).replace(/^\/([a-z]):/, (_m, drive: string) => `/${drive.toUpperCase()}:`)
  } catch {
    return null
  }
}

/**
 * True when `url` belongs to the app: on the app's own origin when `appLocations` has an `app:` entry
 * (the built renderer, app://upr-desk/), the same origin as an `http(s):` entry (dev server), or the
 * same file as a `file:` entry (hash and query ignored).
 */
export function isAppUrl(url: string, appLocations: readonly string[]): boolean {
  if (typeof url !== 'string' || url.length > 32_768) return false
  const target = parseUrl(url)
  if (target === null) return false
  return appLocations.some((location) => {
    const app = parseUrl(location)
    if (app === null) return false
    if (app.protocol === `${APP_SCHEME}:`) return isAppOriginUrl(url)
    if (app.protocol === 'file:') {
      if (target.protocol !== 'file:' || target.host !== app.host) return false
      const targetPath = comparableFilePath(target)
      return targetPath !== null && targetPath === comparableFilePath(app)
    }
    if (app.protocol !== 'http:' && app.protocol !== 'https:') return false
    return target.origin === app.origin && target.username === '' && target.password === ''
  })
}

/** True when a navigation to `url` stays inside the app; everything else is denied. */
export function isAllowedNavigation(url: string, appLocations: readonly string[]): boolean {
  return isAppUrl(url, appLocations)
}

/** Opens `url` in the user's browser if it passes isSafeExternalUrl; resolves whether it was opened. */
export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  const href = new URL(url).href
  // Reviewed: `href` is the re-serialised form of a URL that isSafeExternalUrl accepted (https only).
  await shell.openExternal(href) // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true
}

function logBlocked(what: string, url: string): void {
  console.warn(`[security] blocked ${what}: ${url.slice(0, 200)}`)
}

/**
 * Locks down one WebContents: new windows denied (safe https links go to the OS browser), navigation
 * and redirects away from the app denied, <webview> denied, every permission request and check denied.
 */
export function hardenWebContents(contents: WebContents, appLocations: readonly string[]): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      void openExternalSafely(url).catch((error: unknown) => console.warn('[security] openExternal failed', error))
    } else {
      logBlocked('window.open', url)
    }
    return { action: 'deny' }
  })

  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url, appLocations)) return
    event.preventDefault()
    logBlocked('navigation', event.url)
  })
  contents.on('will-frame-navigate', (event) => {
    if (isAllowedNavigation(event.url, appLocations)) return
    event.preventDefault()
    logBlocked('frame navigation', event.url)
  })
  contents.on('will-redirect', (event) => {
    if (isAllowedNavigation(event.url, appLocations)) return
    event.preventDefault()
    logBlocked('redirect', event.url)
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    logBlocked('webview', contents.getURL())
  })

  const session = contents.session
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
