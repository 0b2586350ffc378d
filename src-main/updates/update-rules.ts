// The update rules, pure and tested: whether this copy may update at all (policy file, how it was
// installed, whether the update's signature can be checked), from which feed, when to check, and what
// the delegate is shown. updater.ts applies them to electron-updater.
import type { UpdateNotice } from '../ipc/contract'
import type { PolicyReading } from './policy'

/** How this copy was installed, which decides who updates it. */
export type InstallKind = 'unpackaged' | 'nsis' | 'msi' | 'mac' | 'appimage' | 'linux-package'

/** Tells how the app was installed from facts main can see. */
export function installKindOf(facts: { platform: NodeJS.Platform; isPackaged: boolean; hasNsisUninstaller: boolean; appImagePath: string | undefined }): InstallKind {
  if (!facts.isPackaged) return 'unpackaged'
  if (facts.platform === 'win32') return facts.hasNsisUninstaller ? 'nsis' : 'msi'
  if (facts.platform === 'darwin') return 'mac'
  return facts.appImagePath ? 'appimage' : 'linux-package'
}

/** Where updates come from: a plain web folder, or a GitHub repository's releases. */
export type FeedConfig = { provider: 'generic'; url: string } | { provider: 'github'; owner: string; repo: string }

/** The feed a policy's feedUrl names: https://github.com/<owner>/<repo> means its releases, else a web folder. */
export function feedFromUrl(feedUrl: string): FeedConfig {
  const url = new URL(feedUrl)
  const parts = url.pathname.split('/').filter(Boolean)
  if (url.hostname === 'github.com' && parts.length === 2 && parts.every((p) => /^[A-Za-z0-9_.-]{1,100}$/.test(p))) {
    return { provider: 'github', owner: parts[0]!, repo: parts[1]!.replace(/\.git$/, '') }
  }
  return { provider: 'generic', url: url.href.endsWith('/') ? url.href : `${url.href}/` }
}

export type UpdateDecision =
  | { enabled: false; reason: string }
  | { enabled: true; feed: FeedConfig | null; channel: string | null }

/**
 * Whether and how this copy updates itself. Off: in development; when the policy file says so or
 * cannot be read; for MSI installs (IT deploys those) and .deb installs (the system's packages);
 * without a feed; and on Windows when this copy is unsigned, since the update's signature could then
 * not be checked against ours. `feed` null means the feed built into the installer (app-update.yml).
 */
export function decideUpdates(input: { installKind: InstallKind; policy: PolicyReading; hasBuiltInFeed: boolean; publisherNames: readonly string[] }): UpdateDecision {
  const { installKind, policy } = input
  if (installKind === 'unpackaged') return { enabled: false, reason: 'development run' }
  if (policy.status === 'unusable') return { enabled: false, reason: `the policy file cannot be used (${policy.reason})` }
  const rules = policy.status === 'valid' ? policy.policy.updates : undefined
  if (rules?.enabled === false) return { enabled: false, reason: 'turned off by the policy file' }
  if (installKind === 'msi') return { enabled: false, reason: 'installed by MSI: IT deploys the updates' }
  if (installKind === 'linux-package') return { enabled: false, reason: 'installed from a package: updates come with the system' }
  const feed = rules?.feedUrl ? feedFromUrl(rules.feedUrl) : null
  if (feed === null && !input.hasBuiltInFeed) return { enabled: false, reason: 'no update feed' }
  if (installKind === 'nsis' && input.publisherNames.length === 0) return { enabled: false, reason: 'this copy is not signed, so an update’s signature could not be checked' }
  return { enabled: true, feed, channel: rules?.channel ?? null }
}

/** The first check waits this long after start (the app opens first; a short session stays offline). */
export const FIRST_CHECK_DELAY_MS = 5 * 60 * 1000

/** Then one check every six hours at most. */
export const CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000

/** Whether to ask the feed now: only when allowed, online, idle, and the waits have passed. */
export function shouldCheckNow(input: { decision: UpdateDecision; online: boolean; busy: boolean; now: number; startedAt: number; lastCheckAt: number | null }): boolean {
  if (!input.decision.enabled || !input.online || input.busy) return false
  if (input.now - input.startedAt < FIRST_CHECK_DELAY_MS) return false
  return input.lastCheckAt === null || input.now - input.lastCheckAt >= CHECK_INTERVAL_MS
}

/** Longest text of "what changed" shown. */
export const MAX_NOTES_LENGTH = 20_000

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

/** Release notes (plain, Markdown, or GitHub's HTML) as plain text: tags dropped, lists and paragraphs kept as lines. */
export function plainReleaseNotes(notes: unknown): string {
  let text: string
  if (typeof notes === 'string') text = notes
  else if (Array.isArray(notes)) {
    text = notes
      .map((entry: unknown) => {
        const e = entry as { version?: unknown; note?: unknown } | null
        const note = typeof e?.note === 'string' ? e.note : ''
        return typeof e?.version === 'string' ? `${e.version}\n${note}` : note
      })
      .join('\n\n')
  } else return ''
  const plain = text
    .slice(0, MAX_NOTES_LENGTH * 4)
    .replace(/<\s*(script|style)[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
    .replace(/<\s*li[^>]*>/gi, '\n• ')
    .replace(/<\s*(br|p|\/p|\/div|\/h[1-6]|\/ul|\/ol)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z0-9]+);/gi, (match, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16) || 32)
      if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)) || 32)
      return ENTITIES[name.toLowerCase()] ?? match
    })
    .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return plain.length > MAX_NOTES_LENGTH ? `${plain.slice(0, MAX_NOTES_LENGTH - 1)}…` : plain
}

/** What the delegate is shown about a downloaded update. */
export function noticeFromUpdateInfo(info: { version: string; releaseName?: string | null; releaseDate?: string | null; releaseNotes?: unknown }): UpdateNotice {
  const date = info.releaseDate && !Number.isNaN(Date.parse(info.releaseDate)) ? new Date(info.releaseDate).toISOString() : null
  return {
    version: String(info.version).slice(0, 64),
    releaseName: info.releaseName ? plainReleaseNotes(info.releaseName).slice(0, 200) : null,
    releaseDate: date,
    notes: plainReleaseNotes(info.releaseNotes)
  }
}

/**
 * The publisher names in app-update.yml (electron-builder writes them when it signs for Windows):
 * `publisherName: Name` or a list under `publisherName:`.
 */
export function publisherNamesOf(appUpdateYml: string): string[] {
  const lines = appUpdateYml.split(/\r?\n/)
  const start = lines.findIndex((line) => /^publisherName\s*:/.test(line))
  if (start < 0) return []
  const unquote = (value: string) => value.trim().replace(/^(['"])(.*)\1$/, '$2').trim()
  const inline = unquote(lines[start]!.replace(/^publisherName\s*:/, ''))
  if (inline !== '') return inline.startsWith('[') ? inline.slice(1, -1).split(',').map(unquote).filter(Boolean) : [inline]
  const names: string[] = []
  for (const line of lines.slice(start + 1)) {
    const item = /^\s+-\s+(.*)$/.exec(line)
    if (!item) break
    const name = unquote(item[1] ?? '')
    if (name) names.push(name)
  }
  return names
}
