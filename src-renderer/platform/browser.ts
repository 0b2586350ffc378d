import { BUILD_VERSION } from './app-version'
import { createBrowserBackups } from './browser-backups'
import type { FileFilter, Platform, SaveResult } from './types'

const MIME_BY_EXTENSION: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
  ics: 'text/calendar',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  uprdesk: 'application/octet-stream'
}

/** The browser fallback: files leave through a download; safety copies stay in the browser's storage. */
export function createBrowserPlatform(doc: Document = document): Platform {
  const platform: Platform = {
    kind: 'browser',
    saveFile(bytes: Uint8Array, suggestedName: string, filters: FileFilter[]): Promise<SaveResult> {
      const extension = filters[0]?.extensions[0] ?? suggestedName.split('.').pop() ?? ''
      const blob = new Blob([bytes.slice().buffer], { type: MIME_BY_EXTENSION[extension] ?? 'application/octet-stream' })
      const url = URL.createObjectURL(blob)
      const link = doc.createElement('a')
      link.href = url
      link.download = suggestedName
      link.rel = 'noopener'
      doc.body.append(link)
      link.click()
      link.remove()
      // Revoke later: some browsers read the URL after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      return Promise.resolve({ status: 'saved', where: suggestedName })
    },
    openExternal(url: string): Promise<boolean> {
      if (!isHttpsUrl(url)) return Promise.resolve(false)
      window.open(url, '_blank', 'noopener,noreferrer')
      return Promise.resolve(true)
    },
    appVersion: () => Promise.resolve(BUILD_VERSION),
    backups: createBrowserBackups(),
    // The browser gives no chance to finish work when a tab closes: the reminder to download stands in.
    setQuitBackupProvider: () => () => undefined,
    // A download: the browser applies its own checks and marks to what it saves.
    saveAttachment: (bytes, suggestedName) => platform.saveFile(bytes, suggestedName, []),
    checkAttachment: (name) => Promise.resolve({ allowed: true, extension: name.split('.').pop()?.toLowerCase() ?? '' }),
    // Nothing to tell, nothing opened from the system, no updates: the web build has its own.
    setInterfaceLanguage: () => undefined,
    onArchiveOpened: () => () => undefined,
    onUpdateReady: () => () => undefined,
    chooseUpdate: () => Promise.resolve(false)
  }
  return platform
}

/** True for a well-formed https URL without credentials. */
export function isHttpsUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === ''
  } catch {
    return false
  }
}
