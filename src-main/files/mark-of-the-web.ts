// The mark of the web: files UPR Desk writes from content that came from elsewhere (attachments, which
// may also have arrived inside a colleague's archive) are marked the way a browser marks a download,
// so Windows (SmartScreen, Office Protected View, blocked macros) and macOS (Gatekeeper, quarantine)
// treat them with the same care. The values are built by pure functions; writing them is thin.
import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { posix, win32 } from 'node:path'

/** The alternate data stream Windows reads: `<path>:Zone.Identifier`. */
export const ZONE_IDENTIFIER_STREAM = 'Zone.Identifier'

/** The macOS extended attribute of quarantined files. */
export const QUARANTINE_ATTRIBUTE = 'com.apple.quarantine'

/** The agent named in the quarantine attribute. */
export const QUARANTINE_AGENT = 'UPR Desk'

/** Content of the Zone.Identifier stream: zone 3 is the Internet zone. */
export function zoneIdentifierContent(): string {
  return '[ZoneTransfer]\r\nZoneId=3\r\n'
}

/** The path of a file's Zone.Identifier stream. */
export function zoneIdentifierPath(filePath: string): string {
  return `${filePath}:${ZONE_IDENTIFIER_STREAM}`
}

/**
 * Value of the `com.apple.quarantine` attribute: flags (0083, as a browser sets for a download),
 * the time in seconds as hexadecimal, the agent, and an event id. Semicolons and control characters
 * are kept out of the agent so the four fields stay four.
 */
export function quarantineValue(at: Date, agent = QUARANTINE_AGENT, eventId: string = randomUUID()): string {
  const seconds = Math.max(0, Math.floor(at.getTime() / 1000))
  const safeAgent = agent.replace(/[;\p{Cc}]/gu, ' ').trim() || QUARANTINE_AGENT
  return `0083;${seconds.toString(16)};${safeAgent};${eventId.toUpperCase()}`
}

/** How the mark is written; injectable for tests. */
export interface MarkDeps {
  platform: NodeJS.Platform
  now: () => Date
  writeStream: (path: string, content: string) => Promise<void>
  runXattr: (args: readonly string[]) => Promise<void>
}

const defaultDeps: MarkDeps = {
  platform: process.platform,
  now: () => new Date(),
  writeStream: (path, content) => writeFile(path, content, 'utf8'),
  runXattr: (args) =>
    new Promise((resolve, reject) => {
      // A fixed program with an argument array: no shell ever sees the file name.
      execFile('/usr/bin/xattr', [...args], { timeout: 10_000 }, (error) => (error ? reject(error) : resolve()))
    })
}

/**
 * Marks `filePath` as coming from elsewhere: a Zone.Identifier stream on Windows, the quarantine
 * attribute on macOS, nothing on Linux (no desktop there reads such a mark). Resolves whether it was
 * marked; a failure is logged by the caller and never undoes the save.
 */
export async function markAsFromElsewhere(filePath: string, deps: Partial<MarkDeps> = {}): Promise<boolean> {
  const d = { ...defaultDeps, ...deps }
  // Saved paths are absolute, so the path can never be read as an option of xattr.
  if (!(d.platform === 'win32' ? win32 : posix).isAbsolute(filePath)) throw new Error('not an absolute path')
  if (d.platform === 'win32') {
    await d.writeStream(zoneIdentifierPath(filePath), zoneIdentifierContent())
    return true
  }
  if (d.platform === 'darwin') {
    await d.runXattr(['-w', QUARANTINE_ATTRIBUTE, quarantineValue(d.now()), filePath])
    return true
  }
  return false
}
