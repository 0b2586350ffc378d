// Which kinds of file main writes to the user's disk, and which it never writes: one list of active
// content (programs, scripts, shortcuts, installers, macro-enabled Office files, pages that run script
// when opened), and an allow-list per kind of save. Pure, tested with hostile names.
import { posix, win32 } from 'node:path'

/**
 * Extensions of files that run code when opened (double-clicked, or opened by an Office or browser
 * with scripts or macros). UPR Desk never keeps them as attachments and never writes them to disk.
 */
export const ACTIVE_CONTENT_EXTENSIONS: ReadonlySet<string> = new Set([
  // Windows programs, libraries, installers, control panel and console items
  'exe', 'com', 'pif', 'scr', 'cpl', 'dll', 'sys', 'drv', 'ocx', 'msi', 'msp', 'mst', 'msc', 'msix', 'msixbundle', 'appx', 'appxbundle', 'appinstaller', 'application', 'gadget',
  // Windows scripts and script hosts
  'bat', 'cmd', 'ps1', 'psm1', 'psd1', 'ps1xml', 'psc1', 'vb', 'vbs', 'vbe', 'js', 'jse', 'mjs', 'cjs', 'wsf', 'wsh', 'wsc', 'ws', 'sct', 'hta', 'msh', 'msh1', 'msh2', 'mshxml',
  // shortcuts, links and settings that point at programs
  'lnk', 'url', 'scf', 'inf', 'reg', 'library-ms', 'searchconnector-ms', 'settingcontent-ms', 'website', 'desktop',
  // disk images and containers that mount and run
  'iso', 'img', 'vhd', 'vhdx', 'dmg', 'pkg', 'mpkg',
  // Java, help files, pages that run script when opened from disk
  'jar', 'jnlp', 'class', 'chm', 'hlp', 'htm', 'html', 'xhtml', 'xht', 'mht', 'mhtml', 'svg', 'svgz', 'xml', 'xsl', 'shtml',
  // macOS and Unix programs and scripts
  'app', 'command', 'tool', 'action', 'workflow', 'applescript', 'scpt', 'scptd', 'terminal', 'sh', 'bash', 'zsh', 'csh', 'ksh', 'fish', 'run', 'bin', 'out', 'elf', 'so', 'dylib',
  'deb', 'rpm', 'appimage', 'snap', 'flatpak', 'apk', 'py', 'pyc', 'pyw', 'pl', 'rb', 'php', 'lua', 'tcl',
  // Office files that carry macros, add-ins and templates with macros
  'docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'xla', 'xll', 'xlsb', 'pptm', 'potm', 'ppam', 'ppsm', 'sldm', 'accde', 'accdb', 'mdb', 'mde', 'ade', 'adp', 'mda', 'pub', 'one', 'onepkg', 'wbk'
])

/** What main may write for the app's own documents and archives (the `file:save` channel). */
export const APP_SAVE_EXTENSIONS: readonly string[] = ['docx', 'xlsx', 'csv', 'ics', 'uprdesk', 'json']

/**
 * What a delegate may keep as an attachment and save again (`attachment:check`, `file:save-attachment`):
 * documents, spreadsheets, presentations, images, mail and plain text. Legacy Office formats are kept
 * (UN and UPR Info files still come as .doc and .xls); Office opens them protected, as files from
 * elsewhere, because main marks them so when it writes them.
 */
export const ATTACHMENT_EXTENSIONS: readonly string[] = [
  'pdf', 'doc', 'docx', 'dot', 'dotx', 'odt', 'ott', 'rtf', 'txt', 'md',
  'xls', 'xlsx', 'xlt', 'xltx', 'ods', 'csv', 'tsv',
  'ppt', 'pptx', 'pps', 'ppsx', 'odp',
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic',
  'msg', 'eml', 'ics', 'vcf', 'zip', 'uprdesk'
]

/**
 * The extension Windows and macOS act on, lower-cased: trailing dots and spaces are dropped first
 * ("report.exe." opens as report.exe on Windows), and an empty string means none.
 */
export function extensionOf(name: string): string {
  const trimmed = name.replace(/[. ]+$/u, '')
  const base = trimmed.split(/[/\\]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase()
}

export type AttachmentVerdict =
  | { allowed: true; extension: string }
  | { allowed: false; reason: 'active-content' | 'type-not-allowed'; extension: string }

/** Whether a file may be kept as an attachment: never active content, only the listed document types. */
export function attachmentVerdict(name: string): AttachmentVerdict {
  const extension = extensionOf(name)
  if (ACTIVE_CONTENT_EXTENSIONS.has(extension)) return { allowed: false, reason: 'active-content', extension }
  if (!ATTACHMENT_EXTENSIONS.includes(extension)) return { allowed: false, reason: 'type-not-allowed', extension }
  return { allowed: true, extension }
}

export type SavePathCheck = { ok: true; path: string; extension: string } | { ok: false; problem: string }

/**
 * The path to write after the save dialog: its extension must be one of `allowed` (never active
 * content). A name typed without an extension gets the first allowed one (Linux dialogs do not add
 * it); `exists` tells whether that new path is taken, since the dialog only confirmed the name typed.
 */
export function checkSavePath(
  chosen: string,
  allowed: readonly string[],
  exists: (path: string) => boolean,
  pathApi: typeof posix | typeof win32 = process.platform === 'win32' ? win32 : posix
): SavePathCheck {
  const usable = allowed.map((e) => e.toLowerCase()).filter((e) => !ACTIVE_CONTENT_EXTENSIONS.has(e))
  const first = usable[0]
  if (first === undefined) return { ok: false, problem: 'no file type may be saved here' }
  const list = usable.map((e) => `.${e}`).join(', ')
  const name = pathApi.basename(chosen)
  if (/[. ]$/u.test(name)) return { ok: false, problem: `the file name must end in ${list}` }
  const extension = extensionOf(name)
  if (extension === '') {
    const path = `${chosen}.${first}`
    if (exists(path)) return { ok: false, problem: `${pathApi.basename(path)} already exists: choose another name` }
    return { ok: true, path, extension: first }
  }
  if (!usable.includes(extension)) return { ok: false, problem: `UPR Desk saves this file only as ${list}, not .${extension}` }
  return { ok: true, path: chosen, extension }
}
