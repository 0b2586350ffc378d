// The origin the renderer lives at in the desktop app, and the pure rules of what that origin serves.
// No electron import: the resolver is tested in Node with lists of hostile URLs.
//
// Why a custom scheme and not file://: under file:// every page has an opaque origin, Chromium grants
// file pages extra privileges (the GrantFileProtocolExtraPrivileges fuse turns them off), and since
// Electron 32 module workers started from file:// fail when protocol.handle intercepts `file`
// (electron/electron#43556, #45139, #47374: the PlzDedicatedWorker path no longer consults the file
// interceptor, and the switch that disabled it is gone). A privileged standard scheme has a real origin,
// and Electron registers its handler for dedicated workers too (electron/electron#20625), so the page,
// its module workers (import, two-part read, gzip) and the worker that pdf.js starts inside the import
// worker all load from the same origin, with the same CSP header.
import { posix, win32 } from 'node:path'

/** The scheme of the app's own pages. */
export const APP_SCHEME = 'app'

/**
 * The host of the app's origin. IndexedDB, and so every record the delegate keeps, belongs to the origin
 * `app://upr-desk`: this name is chosen once and must never change, or the data would seem to vanish.
 */
export const APP_HOST = 'upr-desk'

/** `app://upr-desk`: the origin every page, worker and IPC sender of the app must have. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The URL the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Privileges of the scheme (protocol.registerSchemesAsPrivileged, before `ready`): standard (a real
 * origin, relative URLs, IndexedDB and localStorage), secure (a secure context: crypto.subtle, workers),
 * fetch and streams, CORS (module scripts and module workers are fetched in CORS mode), and V8's code
 * cache. No bypassCSP (the CSP header applies) and no service workers (the desktop app registers none).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  corsEnabled: true,
  codeCache: true,
  bypassCSP: false,
  allowServiceWorkers: false
} as const

/**
 * The Content-Security-Policy sent as a response header with every file of the app. A header, unlike
 * the meta tag in index.html, also governs the workers (each worker takes the policy of its own script
 * response) and can forbid framing. Same sources as the meta tag: nothing is fetched from elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The mission's sync server (its address is the delegate's choice; https only, or this computer).
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/** The file types the renderer folder holds, with the type each is served as; others are not served. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  wasm: 'application/wasm',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  otf: 'font/otf',
  txt: 'text/plain; charset=utf-8',
  bcmap: 'application/octet-stream',
  pfb: 'application/octet-stream'
}

/** Longest URL the app's handler looks at. */
export const MAX_APP_URL_LENGTH = 4096

export type AppRequestResolution =
  | { ok: true; relativePath: string; absolutePath: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404 | 405; reason: string }

// After one decoding a segment must be a plain file or folder name: no separators of any platform, no
// drive or stream colon, no NUL or other control or format character, no percent sign (a second
// encoding such as %252e%252e would otherwise survive as %2e%2e), and no leading dot (`.`, `..`,
// dotfiles: the renderer has none).
const UNSAFE_SEGMENT = /[/\\:%\p{Cc}\p{Cf}\p{Cs}]/u

/** The MIME type of a file name by its extension, or null when the app does not serve that type. */
export function mimeTypeOf(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.')
  if (dot <= 0) return null
  return MIME_TYPES[fileName.slice(dot + 1).toLowerCase()] ?? null
}

/**
 * Maps a request URL to a file inside the renderer folder, or says why not: another scheme or host,
 * credentials or a port, a method other than GET/HEAD, an encoded separator, traversal (plain, percent-
 * or double-encoded, with backslashes), an absolute path or drive letter, NUL, a dotfile, or a type the
 * app does not serve. `pathApi` is the platform's path module (tests pass win32 to check Windows).
 * Symbolic links are checked by the handler, on the disk (serve-app-request.ts).
 */
export function resolveAppRequest(
  rawUrl: string,
  rendererRoot: string,
  method = 'GET',
  pathApi: typeof posix | typeof win32 = process.platform === 'win32' ? win32 : posix
): AppRequestResolution {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405, reason: 'method not allowed' }
  if (typeof rawUrl !== 'string' || rawUrl.length === 0 || rawUrl.length > MAX_APP_URL_LENGTH) return { ok: false, status: 400, reason: 'bad URL' }
  // The URL parser turns "\" into "/" and resolves "..": look at the raw text first.
  if (/[\\\0]|%5c|%00/i.test(rawUrl)) return { ok: false, status: 400, reason: 'backslash or NUL' }
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return { ok: false, status: 400, reason: 'bad URL' }
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '' || url.port !== '') {
    return { ok: false, status: 403, reason: 'not the app origin' }
  }
  const rawPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(rawUrl)?.[1] ?? ''
  // "." and ".." segments that the URL parser resolved away are still refused: no honest URL has them.
  if (/(^|\/)(\.|%2e){1,2}(\/|$)/i.test(rawPath)) return { ok: false, status: 400, reason: 'dot segment' }
  const encoded = url.pathname === '' || url.pathname === '/' ? ['index.html'] : url.pathname.split('/').slice(1)
  const segments: string[] = []
  for (const part of encoded) {
    let segment: string
    try {
      segment = decodeURIComponent(part)
    } catch {
      return { ok: false, status: 400, reason: 'malformed percent-encoding' }
    }
    if (segment === '' || segment.startsWith('.') || UNSAFE_SEGMENT.test(segment)) return { ok: false, status: 400, reason: 'unsafe path segment' }
    if (pathApi.isAbsolute(segment) || /^[a-z]:/i.test(segment)) return { ok: false, status: 400, reason: 'absolute path' }
    segments.push(segment)
  }
  const fileName = segments[segments.length - 1] ?? ''
  const mimeType = mimeTypeOf(fileName)
  if (mimeType === null) return { ok: false, status: 404, reason: 'type not served' }
  const root = pathApi.resolve(rendererRoot)
  const absolutePath = pathApi.join(root, ...segments)
  const relativePath = pathApi.relative(root, absolutePath)
  // The checks above already exclude this; it guards against a regression in them.
  if (relativePath === '' || relativePath.startsWith('..') || pathApi.isAbsolute(relativePath)) return { ok: false, status: 403, reason: 'outside the renderer folder' }
  return { ok: true, relativePath, absolutePath, mimeType }
}

/** True when `url` is on the app's origin (exact scheme and host, no credentials, no port). */
export function isAppOriginUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 32_768) return false
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '' && parsed.port === ''
  } catch {
    return false
  }
}
