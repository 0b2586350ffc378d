// The handler behind protocol.handle('app', …): the pure resolver, then the disk checks that only the
// disk can answer (symbolic links, folders in place of files). It takes a fetch Request and returns a
// fetch Response, both globals of Node 20, so it is tested in Node against a temporary folder. Inside
// the packaged app the folder is in app.asar: Electron's fs patches lstat, realpath and readFile there.
import { promises as fs } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, resolveAppRequest } from './app-scheme'

/** The largest renderer file served (the biggest bundle is about 2 MB). */
export const MAX_SERVED_BYTES = 64 * 1024 * 1024

/** What the handler reads from the disk; injectable for tests. */
export interface ServeFs {
  lstat(path: string): Promise<{ isFile(): boolean; isSymbolicLink(): boolean; size: number }>
  realpath(path: string): Promise<string>
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>
}

// Looked up at call time: Electron patches the fs.promises functions for asar archives.
const nodeFs: ServeFs = {
  lstat: (path) => fs.lstat(path),
  realpath: (path) => fs.realpath(path),
  readFile: (path) => fs.readFile(path)
}

/** The request fields the handler reads (Electron adds `initiatorOrigin` to the fetch Request). */
export interface AppRequest {
  url: string
  method: string
  initiatorOrigin?: string
}

/** Headers sent with every answer, files and refusals alike. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache'
  }
}

function refusal(status: number, reason: string, log: (message: string) => void, url: string): Response {
  log(`[protocol] ${status} ${reason}: ${url.slice(0, 200)}`)
  return new Response(status === 404 ? 'Not found' : 'Refused', {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' }
  })
}

/**
 * Answers one request for the app's origin from `rendererRoot`. Refuses requests started by another
 * origin, anything the resolver refuses, a path whose real location differs from the requested one (a
 * symbolic link anywhere on the way), and anything that is not a regular file.
 */
export async function serveAppRequest(
  request: AppRequest,
  rendererRoot: string,
  deps: { fs?: ServeFs; log?: (message: string) => void } = {}
): Promise<Response> {
  const disk = deps.fs ?? nodeFs
  const log = deps.log ?? ((message) => console.warn(message))
  // Absent for what the browser starts itself (the window's first load); otherwise it must be us.
  if (request.initiatorOrigin !== undefined && request.initiatorOrigin !== APP_ORIGIN) {
    return refusal(403, `request from ${String(request.initiatorOrigin).slice(0, 100)}`, log, request.url)
  }
  const resolved = resolveAppRequest(request.url, rendererRoot, request.method)
  if (!resolved.ok) return refusal(resolved.status, resolved.reason, log, request.url)
  try {
    const stats = await disk.lstat(resolved.absolutePath)
    if (stats.isSymbolicLink() || !stats.isFile()) return refusal(404, 'not a regular file', log, request.url)
    if (stats.size > MAX_SERVED_BYTES) return refusal(404, 'too large', log, request.url)
    // A symbolic link in a folder on the way is not seen by lstat of the file: compare real paths.
    const realRoot = await disk.realpath(resolve(rendererRoot))
    const realFile = await disk.realpath(resolved.absolutePath)
    if (realFile !== join(realRoot, resolved.relativePath) || !realFile.startsWith(realRoot + sep)) {
      return refusal(404, 'symbolic link', log, request.url)
    }
    const body = request.method === 'HEAD' ? null : await disk.readFile(resolved.absolutePath)
    return new Response(body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': resolved.mimeType, 'Content-Length': String(body?.byteLength ?? stats.size) }
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code
    return refusal(404, code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : `unreadable (${code ?? 'error'})`, log, request.url)
  }
}
