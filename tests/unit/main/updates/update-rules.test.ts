import { describe, expect, it } from 'vitest'
import type { PolicyReading } from '../../../../src-main/updates/policy'
import {
  CHECK_INTERVAL_MS,
  FIRST_CHECK_DELAY_MS,
  MAX_NOTES_LENGTH,
  decideUpdates,
  feedFromUrl,
  installKindOf,
  noticeFromUpdateInfo,
  plainReleaseNotes,
  publisherNamesOf,
  shouldCheckNow,
  type UpdateDecision
} from '../../../../src-main/updates/update-rules'

const absent: PolicyReading = { status: 'absent' }
const signed = ['Permanent Mission of Portugal']
const base = { installKind: 'nsis' as const, policy: absent, hasBuiltInFeed: true, publisherNames: signed }

describe('installKindOf', () => {
  it('tells the kinds of install apart', () => {
    const facts = { isPackaged: true, hasNsisUninstaller: false, appImagePath: undefined }
    expect(installKindOf({ ...facts, platform: 'win32', isPackaged: false })).toBe('unpackaged')
    expect(installKindOf({ ...facts, platform: 'win32', hasNsisUninstaller: true })).toBe('nsis')
    expect(installKindOf({ ...facts, platform: 'win32' })).toBe('msi')
    expect(installKindOf({ ...facts, platform: 'darwin' })).toBe('mac')
    expect(installKindOf({ ...facts, platform: 'linux', appImagePath: '/home/me/UPR-Desk.AppImage' })).toBe('appimage')
    expect(installKindOf({ ...facts, platform: 'linux' })).toBe('linux-package')
  })
})

describe('feedFromUrl', () => {
  it('reads a GitHub repository as its releases, anything else as a web folder', () => {
    expect(feedFromUrl('https://github.com/mission-it/upr-desk')).toEqual({ provider: 'github', owner: 'mission-it', repo: 'upr-desk' })
    expect(feedFromUrl('https://github.com/mission-it/upr-desk.git')).toEqual({ provider: 'github', owner: 'mission-it', repo: 'upr-desk' })
    expect(feedFromUrl('https://it.mission.example/upr-desk')).toEqual({ provider: 'generic', url: 'https://it.mission.example/upr-desk/' })
    expect(feedFromUrl('https://github.com/mission-it/upr-desk/releases')).toEqual({ provider: 'generic', url: 'https://github.com/mission-it/upr-desk/releases/' })
  })
})

describe('decideUpdates', () => {
  it('updates a signed per-user install from the installer’s feed', () => {
    expect(decideUpdates(base)).toEqual({ enabled: true, feed: null, channel: null })
  })

  it('takes the feed and channel the policy file gives', () => {
    const policy: PolicyReading = { status: 'valid', policy: { updates: { enabled: true, feedUrl: 'https://it.example/feed/', channel: 'beta' } } }
    expect(decideUpdates({ ...base, policy, hasBuiltInFeed: false })).toEqual({ enabled: true, feed: { provider: 'generic', url: 'https://it.example/feed/' }, channel: 'beta' })
  })

  it.each<[string, Partial<Parameters<typeof decideUpdates>[0]>, RegExp]>([
    ['in development', { installKind: 'unpackaged' }, /development/],
    ['when the policy turns them off', { policy: { status: 'valid', policy: { updates: { enabled: false } } } }, /policy file/],
    ['when the policy file cannot be used', { policy: { status: 'unusable', reason: 'not valid JSON' } }, /not valid JSON/],
    ['for an MSI install', { installKind: 'msi' }, /MSI/],
    ['for a .deb install', { installKind: 'linux-package' }, /package/],
    ['without a feed', { hasBuiltInFeed: false }, /no update feed/],
    ['for an unsigned Windows copy', { publisherNames: [] }, /not signed/]
  ])('is off %s', (_label, input, reason) => {
    const decision = decideUpdates({ ...base, ...input })
    expect(decision.enabled).toBe(false)
    if (!decision.enabled) expect(decision.reason).toMatch(reason)
  })

  it('an unusable policy wins even over a feed, and a disabled policy over everything', () => {
    const policy: PolicyReading = { status: 'valid', policy: { updates: { enabled: false, feedUrl: 'https://it.example/feed/' } } }
    expect(decideUpdates({ ...base, policy }).enabled).toBe(false)
  })

  it('updates macOS and AppImage copies without Windows publisher names', () => {
    expect(decideUpdates({ ...base, installKind: 'mac', publisherNames: [] }).enabled).toBe(true)
    expect(decideUpdates({ ...base, installKind: 'appimage', publisherNames: [] }).enabled).toBe(true)
  })
})

describe('shouldCheckNow', () => {
  const on: UpdateDecision = { enabled: true, feed: null, channel: null }
  const start = 1_000_000
  const input = { decision: on, online: true, busy: false, startedAt: start, lastCheckAt: null as number | null, now: start + FIRST_CHECK_DELAY_MS }

  it('checks once the first delay has passed, then every six hours', () => {
    expect(shouldCheckNow(input)).toBe(true)
    expect(shouldCheckNow({ ...input, now: start + FIRST_CHECK_DELAY_MS - 1 })).toBe(false)
    expect(shouldCheckNow({ ...input, lastCheckAt: input.now, now: input.now + CHECK_INTERVAL_MS - 1 })).toBe(false)
    expect(shouldCheckNow({ ...input, lastCheckAt: input.now, now: input.now + CHECK_INTERVAL_MS })).toBe(true)
  })

  it('never checks offline, while busy, or when updates are off', () => {
    expect(shouldCheckNow({ ...input, online: false })).toBe(false)
    expect(shouldCheckNow({ ...input, busy: true })).toBe(false)
    expect(shouldCheckNow({ ...input, decision: { enabled: false, reason: 'x' } })).toBe(false)
  })
})

describe('what the delegate is shown', () => {
  it('turns GitHub’s HTML notes into plain lines', () => {
    const html = '<h2>What changed</h2><ul><li>Faster &amp; safer backups</li><li>Spanish: <b>revisión</b></li></ul><script>alert(1)</script><p>Thanks&nbsp;&#8212; IT</p>'
    expect(plainReleaseNotes(html)).toBe('What changed\n\n• Faster & safer backups\n• Spanish: revisión\n\nThanks — IT')
  })

  it('joins notes given per version, drops control characters and caps the length', () => {
    expect(plainReleaseNotes([{ version: '1.2.0', note: 'Two' }, { version: '1.1.0', note: 'One' }])).toBe('1.2.0\nTwo\n\n1.1.0\nOne')
    expect(plainReleaseNotes('a\u202Eb\u0007c')).toBe('abc')
    expect(plainReleaseNotes('x'.repeat(MAX_NOTES_LENGTH * 2))).toHaveLength(MAX_NOTES_LENGTH)
    expect(plainReleaseNotes(undefined)).toBe('')
    expect(plainReleaseNotes({ evil: true })).toBe('')
  })

  it('builds the notice from electron-updater’s info', () => {
    expect(noticeFromUpdateInfo({ version: '1.2.0', releaseName: 'Spring', releaseDate: '2026-03-01T10:00:00.000Z', releaseNotes: '<p>Better</p>' })).toEqual({
      version: '1.2.0',
      releaseName: 'Spring',
      releaseDate: '2026-03-01T10:00:00.000Z',
      notes: 'Better'
    })
    expect(noticeFromUpdateInfo({ version: '1.2.0', releaseDate: 'not a date' })).toEqual({ version: '1.2.0', releaseName: null, releaseDate: null, notes: '' })
  })
})

describe('publisherNamesOf', () => {
  it('reads the names electron-builder writes into app-update.yml when it signs', () => {
    expect(publisherNamesOf('provider: github\nowner: m\nrepo: r\npublisherName:\n  - Permanent Mission of Portugal\n  - "Mission, IT"\nupdaterCacheDirName: upr-desk-updater\n')).toEqual([
      'Permanent Mission of Portugal',
      'Mission, IT'
    ])
    expect(publisherNamesOf('publisherName: Mission IT\r\nprovider: generic\r\n')).toEqual(['Mission IT'])
    expect(publisherNamesOf("publisherName: ['A', 'B']\n")).toEqual(['A', 'B'])
    expect(publisherNamesOf('provider: github\nowner: m\n')).toEqual([])
    expect(publisherNamesOf('')).toEqual([])
  })
})
