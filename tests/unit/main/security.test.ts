import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'
import { shell } from 'electron'
import type { WebContents } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  hardenWebContents,
  isAllowedNavigation,
  isAppUrl,
  isSafeExternalUrl,
  openExternalSafely
} from '../../../src-main/security'

vi.mock('electron', () => ({ shell: { openExternal: vi.fn(async () => undefined) } }))

const openExternal = vi.mocked(shell.openExternal)

beforeEach(() => {
  openExternal.mockClear()
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterEach(() => {
  vi.restoreAllMocks()
})

const HOSTILE_URLS: readonly string[] = [
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'file://attacker.example/share/payload.exe',
  'http://example.org',
  'HTTP://example.org',
  'ftp://example.org/file',
  'smb://attacker.example/share',
  'ms-msdt:/id PCWDiagnostic /skip force',
  'search-ms:query=x&crumb=location:\\\\attacker.example\\share',
  'ms-officecmd:{"id":1}',
  'mailto:someone@example.org',
  'tel:+41000000000',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'blob:https://example.org/uuid',
  'https://user:password@example.org/',
  'https://user@example.org/',
  'https://:secret@example.org/',
  'https://example.org@evil.example/',
  ' https://example.org',
  'https://example.org ',
  'https://example.org\n',
  'https://exa mple.org',
  'https://example.org/\u0000.evil',
  'https://example.org\u202E/gro.live',
  '\u202Ehttps://example.org',
  'https://example.org/\u200B',
  'https:\\\\evil.example',
  'https:/\\evil.example',
  'https:evil.example',
  'https:/evil.example',
  '//evil.example',
  'https://',
  'https:///path-only',
  'https://[::1',
  'https://%00/',
  'example.org',
  'not a url',
  '',
  'https://example.org/' + 'a'.repeat(5000)
]

const GOOD_URLS: readonly string[] = [
  'https://www.ohchr.org/en/hr-bodies/upr/upr-main',
  'https://upr-info.org/en/review',
  'HTTPS://EXAMPLE.ORG/Path?q=1#frag',
  'https://example.org:8443/a%20b',
  'https://xn--bcher-kva.example/'
]

describe('isSafeExternalUrl', () => {
  it.each(HOSTILE_URLS.map((url) => [url.length > 80 ? `${url.slice(0, 60)}… (${url.length} chars)` : url, url]))(
    'refuses %j',
    (_label, url) => {
      expect(isSafeExternalUrl(url)).toBe(false)
    }
  )

  it.each(GOOD_URLS)('accepts %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it('refuses values that are not strings', () => {
    for (const value of [null, undefined, 42, {}, new URL('https://example.org')]) {
      expect(isSafeExternalUrl(value as unknown as string)).toBe(false)
    }
  })
})

describe('openExternalSafely', () => {
  it('opens a safe URL in its re-serialised form', async () => {
    await expect(openExternalSafely('HTTPS://Example.org/a b'.replace(' ', '%20'))).resolves.toBe(true)
    expect(openExternal).toHaveBeenCalledWith('https://example.org/a%20b')
  })

  it('never hands a hostile URL to the OS', async () => {
    for (const url of HOSTILE_URLS) await expect(openExternalSafely(url)).resolves.toBe(false)
    expect(openExternal).not.toHaveBeenCalled()
  })
})

const rendererIndex = pathToFileURL('/opt/UPR Desk/resources/app/out/renderer/index.html').href
const PROD = [rendererIndex]
const DEV = ['http://localhost:5173/']

describe('isAppUrl / isAllowedNavigation', () => {
  it('accepts the built renderer with any hash or query', () => {
    expect(isAppUrl(rendererIndex, PROD)).toBe(true)
    expect(isAppUrl(`${rendererIndex}#/recommendations/42`, PROD)).toBe(true)
    expect(isAppUrl(`${rendererIndex}?tab=measures`, PROD)).toBe(true)
    expect(isAppUrl('file:///opt/UPR Desk/resources/app/out/renderer/index.html', PROD)).toBe(true)
    expect(isAppUrl('file:///opt/UPR%20Desk/resources/app/out/renderer/./index.html', PROD)).toBe(true)
  })

  it('matches Windows paths whatever the drive letter case', () => {
    expect(isAppUrl('file:///C:/Program%20Files/UPR/out/renderer/index.html', ['file:///c:/Program%20Files/UPR/out/renderer/index.html'])).toBe(true)
  })

  it('accepts the dev server origin only in dev', () => {
    expect(isAppUrl('http://localhost:5173/', DEV)).toBe(true)
    expect(isAppUrl('http://localhost:5173/src/main.tsx?x=1#y', DEV)).toBe(true)
    expect(isAppUrl('http://localhost:5173/', PROD)).toBe(false)
  })

  it.each([
    'file:///opt/UPR%20Desk/resources/app/out/renderer/other.html',
    'file:///opt/UPR%20Desk/resources/app/out/renderer/index.html/../../../../etc/passwd',
    'file:///etc/passwd',
    'file:///opt/UPR%20Desk/resources/app/out/renderer/',
    'file://evil-host/opt/UPR%20Desk/resources/app/out/renderer/index.html',
    'https://example.org/',
    'http://localhost:5174/',
    'http://127.0.0.1:5173/',
    'https://localhost:5173/',
    'http://user:pw@localhost:5173/',
    'http://localhost:5173.evil.example/',
    'about:blank',
    'data:text/html,hi',
    'javascript:alert(1)',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    ''
  ])('refuses navigation to %j', (url) => {
    expect(isAllowedNavigation(url, PROD)).toBe(false)
    expect(isAllowedNavigation(url, DEV)).toBe(false)
  })

  it('refuses everything when no app location is known or it is malformed', () => {
    expect(isAppUrl(rendererIndex, [])).toBe(false)
    expect(isAppUrl('about:blank', ['about:blank'])).toBe(false)
    expect(isAppUrl('x', ['not a url'])).toBe(false)
  })
})

type Listener = (event: { url: string; preventDefault: () => void }) => void
type OpenHandler = (details: { url: string }) => { action: string }

class FakeContents extends EventEmitter {
  openHandler: OpenHandler | null = null
  requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null
  checkHandler: (() => boolean) | null = null
  deviceHandler: (() => boolean) | null = null
  session = {
    setPermissionRequestHandler: (handler: FakeContents['requestHandler']) => (this.requestHandler = handler),
    setPermissionCheckHandler: (handler: FakeContents['checkHandler']) => (this.checkHandler = handler),
    setDevicePermissionHandler: (handler: FakeContents['deviceHandler']) => (this.deviceHandler = handler)
  }
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler
  }
  getURL(): string {
    return rendererIndex
  }
  fire(name: string, url: string): boolean {
    let prevented = false
    const listeners = this.listeners(name) as Listener[]
    for (const listener of listeners) listener({ url, preventDefault: () => (prevented = true) })
    return prevented
  }
}

function hardened(): FakeContents {
  const contents = new FakeContents()
  hardenWebContents(contents as unknown as WebContents, PROD)
  return contents
}

describe('hardenWebContents', () => {
  it('denies every new window and opens only safe https links externally', async () => {
    const contents = hardened()
    expect(contents.openHandler?.({ url: 'https://www.ohchr.org/' })).toEqual({ action: 'deny' })
    for (const url of HOSTILE_URLS) expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' })
    await Promise.resolve()
    expect(openExternal).toHaveBeenCalledTimes(1)
    expect(openExternal).toHaveBeenCalledWith('https://www.ohchr.org/')
  })

  it('prevents navigation, frame navigation and redirects away from the app', () => {
    const contents = hardened()
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.fire(event, 'https://example.org/')).toBe(true)
      expect(contents.fire(event, 'file:///etc/passwd')).toBe(true)
      expect(contents.fire(event, 'javascript:alert(1)')).toBe(true)
      expect(contents.fire(event, `${rendererIndex}#/review`)).toBe(false)
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('prevents every <webview>', () => {
    expect(hardened().fire('will-attach-webview', 'https://example.org/')).toBe(true)
  })

  it('denies every permission request and check', () => {
    const contents = hardened()
    const granted: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      contents.requestHandler?.(contents, permission, (value) => granted.push(value))
    }
    expect(granted).toEqual([false, false, false, false, false])
    expect(contents.checkHandler?.()).toBe(false)
    expect(contents.deviceHandler?.()).toBe(false)
  })
})
