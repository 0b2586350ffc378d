import { posix, win32 } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  isAppOriginUrl,
  mimeTypeOf,
  resolveAppRequest
} from '../../../src-main/protocol/app-scheme'

const ROOT = '/opt/upr-desk/resources/app.asar/out/renderer'
const WIN_ROOT = 'C:\\Program Files\\UPR Desk\\resources\\app.asar\\out\\renderer'

describe('the app origin', () => {
  it('is app://upr-desk, for good (IndexedDB belongs to it)', () => {
    expect(APP_ORIGIN).toBe('app://upr-desk')
    expect(APP_ENTRY_URL).toBe('app://upr-desk/index.html')
  })

  it('is a privileged standard, secure scheme with fetch, streams and CORS, and no CSP bypass', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, stream: true, corsEnabled: true, bypassCSP: false })
  })

  it('sends a CSP that keeps code, styles, images and workers on the origin, forbids framing, and connects only to the origin, an https server (the mission\'s sync server) or this computer', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d] as const))
    for (const directive of ["default-src 'self'", "script-src 'self'", "worker-src 'self' blob:", "object-src 'none'", "frame-ancestors 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive)
    }
    expect(directives.get('connect-src')).toBe("connect-src 'self' https: http://127.0.0.1:* http://localhost:*")
    // Nothing but connections may reach beyond the origin, and nothing may run code from strings.
    for (const [name, directive] of directives) {
      if (name !== 'connect-src') expect(directive, name).not.toMatch(/https?:|\*/)
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/)
  })

  it.each([
    ['app://upr-desk/index.html', true],
    ['app://upr-desk/index.html#/data', true],
    ['app://upr-desk/assets/import.worker-1.js', true],
    ['app://upr-desk', true],
    ['app://other/index.html', false],
    ['app://upr-desk.evil/index.html', false],
    ['app://user@upr-desk/index.html', false],
    ['app://upr-desk:8080/index.html', false],
    ['https://upr-desk/index.html', false],
    ['file:///opt/upr-desk/index.html', false],
    ['not a url', false]
  ])('isAppOriginUrl(%s) is %s', (url, expected) => {
    expect(isAppOriginUrl(url)).toBe(expected)
  })
})

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['index-Y8.js', 'text/javascript; charset=utf-8'],
    ['pdf.worker.min-C8.mjs', 'text/javascript; charset=utf-8'],
    ['styles.CSS', 'text/css; charset=utf-8'],
    ['decoder.wasm', 'application/wasm'],
    ['data.json', 'application/json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['emblem.png', 'image/png'],
    ['font.woff2', 'font/woff2']
  ])('%s is served as %s', (name, type) => {
    expect(mimeTypeOf(name)).toBe(type)
  })

  it.each(['run.exe', 'script.sh', 'README', '.htaccess', 'archive.uprdesk'])('%s is not served', (name) => {
    expect(mimeTypeOf(name)).toBeNull()
  })
})

describe('resolveAppRequest', () => {
  it('maps the origin and its files into the renderer folder', () => {
    expect(resolveAppRequest('app://upr-desk/index.html', ROOT, 'GET', posix)).toEqual({
      ok: true,
      relativePath: 'index.html',
      absolutePath: `${ROOT}/index.html`,
      mimeType: 'text/html; charset=utf-8'
    })
    expect(resolveAppRequest('app://upr-desk/', ROOT, 'GET', posix)).toMatchObject({ ok: true, relativePath: 'index.html' })
    expect(resolveAppRequest('app://upr-desk', ROOT, 'GET', posix)).toMatchObject({ ok: true, relativePath: 'index.html' })
    expect(resolveAppRequest('app://upr-desk/assets/gzip.worker-Bc.js?v=1#x', ROOT, 'GET', posix)).toMatchObject({ ok: true, absolutePath: `${ROOT}/assets/gzip.worker-Bc.js` })
    expect(resolveAppRequest('app://upr-desk/assets/My%20Font.woff2', ROOT, 'HEAD', posix)).toMatchObject({ ok: true, absolutePath: `${ROOT}/assets/My Font.woff2` })
  })

  it('maps into a Windows folder with Windows separators', () => {
    expect(resolveAppRequest('app://upr-desk/assets/index.js', WIN_ROOT, 'GET', win32)).toMatchObject({ ok: true, absolutePath: `${WIN_ROOT}\\assets\\index.js` })
  })

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'get'])('refuses the method %s', (method) => {
    expect(resolveAppRequest('app://upr-desk/index.html', ROOT, method, posix)).toMatchObject({ ok: false, status: 405 })
  })

  it.each([
    'https://upr-desk/index.html',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://UPR-DESK.evil/index.html',
    'app://user:pass@upr-desk/index.html',
    'app://upr-desk:1234/index.html'
  ])('refuses another origin: %s', (url) => {
    expect(resolveAppRequest(url, ROOT, 'GET', posix)).toMatchObject({ ok: false, status: 403 })
  })

  const hostile = [
    'app://upr-desk/../../etc/passwd',
    'app://upr-desk/assets/../../../etc/passwd',
    'app://upr-desk/./index.html',
    'app://upr-desk/%2e%2e/%2e%2e/etc/passwd',
    'app://upr-desk/%2E%2E/secret.js',
    'app://upr-desk/.%2e/secret.js',
    'app://upr-desk/..%2fsecret.js',
    'app://upr-desk/..%2Fsecret.js',
    'app://upr-desk/assets%2f..%2f..%2fsecret.js',
    'app://upr-desk/%252e%252e/%252e%252e/etc/passwd.js',
    'app://upr-desk/%252e%252e%252fsecret.js',
    'app://upr-desk/..\\..\\windows\\win.ini',
    'app://upr-desk/assets\\..\\..\\secret.js',
    'app://upr-desk/..%5c..%5csecret.js',
    'app://upr-desk/..%5C..%5Csecret.js',
    'app://upr-desk//etc/passwd.js',
    'app://upr-desk/%2fetc%2fpasswd.js',
    'app://upr-desk/C:/Windows/win.ini',
    'app://upr-desk/C:%5cWindows%5cwin.ini',
    'app://upr-desk/c%3a/windows/system.ini',
    'app://upr-desk/index.html%00.js',
    'app://upr-desk/index.html\u0000.js',
    'app://upr-desk/%00',
    'app://upr-desk/index.js%0a',
    'app://upr-desk/.env.js',
    'app://upr-desk/.vite/manifest.json',
    'app://upr-desk/assets/%E2%80%AEsj.exe',
    'app://upr-desk/assets/%zz.js',
    'app://upr-desk/assets/%C0%AE%C0%AE/x.js',
    'app://upr-desk/index.html:stream.js',
    'app://upr-desk/assets/',
    `app://upr-desk/${'a'.repeat(5000)}.js`
  ]

  it.each(hostile)('refuses %s (posix)', (url) => {
    const result = resolveAppRequest(url, ROOT, 'GET', posix)
    expect(result.ok).toBe(false)
  })

  it.each(hostile)('refuses %s (Windows)', (url) => {
    const result = resolveAppRequest(url, WIN_ROOT, 'GET', win32)
    expect(result.ok).toBe(false)
  })

  it('never resolves outside the folder, whatever the path (property over many segments)', () => {
    const pieces = ['..', '.', '%2e', '%2e%2e', '%252e', 'a', 'assets', '%2f', '%5c', '\\', 'C:', '%00', 'index.js', '', '~', 'é']
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    for (let i = 0; i < 3000; i++) {
      const path = Array.from({ length: 1 + (next() % 6) }, () => pieces[next() % pieces.length]).join('/')
      const result = resolveAppRequest(`app://upr-desk/${path}`, ROOT, 'GET', posix)
      if (result.ok) {
        expect(result.absolutePath.startsWith(`${ROOT}/`)).toBe(true)
        expect(result.relativePath.split('/')).not.toContain('..')
      }
    }
  })
})
