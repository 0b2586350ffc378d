/** File names for the review area's exports and saved copies: readable, and safe on Windows, macOS and Linux. */

// What the main process refuses (src-main/ipc/contract.ts): controls, format characters, Windows' set.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}<>:"/\\|?*]/gu
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i
const MAX_LENGTH = 180

/**
 * A name the save dialog accepts: unsafe characters become spaces, spaces are collapsed, no trailing dot
 * or space, no Windows device name ("CON.pdf" becomes "_CON.pdf"), at most 180 characters (keeping the
 * extension).
 */
export function safeFileName(name: string): string {
  let clean = name.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '')
  if (clean.length > MAX_LENGTH) {
    const dot = clean.lastIndexOf('.')
    const extension = dot > 0 && clean.length - dot <= 11 ? clean.slice(dot) : ''
    clean = clean.slice(0, MAX_LENGTH - extension.length).trimEnd() + extension
  }
  if (clean === '' || /^\.+$/.test(clean)) return 'file'
  const stem = clean.split('.')[0] ?? ''
  return RESERVED_WINDOWS_NAMES.test(stem.trimEnd()) ? `_${clean}` : clean
}

/** The extension of a file name for a save dialog's filter, when it is a plain one (letters and digits). */
export function plainExtension(name: string): string | null {
  const dot = name.lastIndexOf('.')
  if (dot <= 0) return null
  const extension = name.slice(dot + 1)
  return /^[A-Za-z0-9]{1,10}$/.test(extension) ? extension.toLowerCase() : null
}
