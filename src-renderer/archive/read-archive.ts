/**
 * Reads `.uprdesk` archives (format.ts). Pure and total: every problem comes back as a refusal with its
 * own reason, never as an exception, and nothing here writes anything.
 */
import { base64ToBytes } from './base64'
import { ContentError, decodeContent } from './content'
import { decrypt, deriveKeys, sameBytes, sha256, sha256Hex } from './crypto'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_MAGIC,
  MAX_ARCHIVE_BYTES,
  MAX_ARCHIVE_RECORDS,
  MAX_CONTENT_BYTES,
  MAX_HEADER_BYTES,
  MAX_TABLE_RECORDS,
  MAX_READ_ITERATIONS,
  MIN_READ_ITERATIONS,
  PREAMBLE_BYTES,
  TRAILER_BYTES,
  headerSchema,
  type ArchiveContent,
  type ArchiveHeader,
  type ArchiveRefusal
} from './format'
import { additionalDataOf } from './header-bytes'
import { checkTables, InvalidRecordError, markChecked, type RecordProblem } from './record-schemas'
import { tablesOfVersion } from './tables'

/** A declared size or count beyond what a reader opens. */
export interface SizeProblem {
  what: 'file-bytes' | 'content-bytes' | 'table-records' | 'records'
  declared: number
  limit: number
  table?: string
}

/** An archive refused, with why, and what could be read of it (for the message). */
export interface Refused {
  ok: false
  reason: ArchiveRefusal
  /** A technical detail for logs and tests (English, not shown as the main message). */
  detail: string
  /** The header, when it could be read (a passphrase is asked for with the archive's facts shown). */
  header?: ArchiveHeader
  /** What the archive says about the app that wrote it, for "written by a newer version" messages. */
  writtenBy?: { appVersion: string | null; formatVersion: number | null; schemaVersion: number | null }
  /** For `invalid-record`: the record refused, its field and why. */
  record?: RecordProblem
  /** For `too-large`: what the header declares beyond the limit. */
  size?: SizeProblem
}

/** An archive whose header was read and checked. */
export interface HeaderRead {
  ok: true
  header: ArchiveHeader
  headerLength: number
}

/** An archive fully opened and checked. */
export interface Opened {
  ok: true
  header: ArchiveHeader
  content: ArchiveContent
}

export interface OpenOptions {
  /** The newest schema version this app can store. */
  supportedSchemaVersion: number
  passphrase?: string
}

function refuse(reason: ArchiveRefusal, detail: string, extra: Partial<Refused> = {}): Refused {
  return { ok: false, reason, detail, ...extra }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, 50) : null
}

function integerOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null
}

/** Reads and checks the header only (no checksum): enough to list a backup or ask for a passphrase. */
export function readArchiveHeader(bytes: Uint8Array, supportedSchemaVersion: number): HeaderRead | Refused {
  const magicLength = ARCHIVE_MAGIC.length
  const prefix = bytes.subarray(0, Math.min(bytes.length, magicLength))
  const magicMatches = prefix.every((b, i) => b === ARCHIVE_MAGIC[i])
  if (!magicMatches || bytes.length === 0) return refuse('not-an-archive', 'the file does not start with the UPR Desk archive signature')
  if (bytes.length < PREAMBLE_BYTES) return refuse('truncated', 'the file ends inside its signature')
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(magicLength, false)
  if (headerLength === 0 || headerLength > MAX_HEADER_BYTES) return refuse('corrupted', `header length ${headerLength} is not plausible`)
  if (bytes.length < PREAMBLE_BYTES + headerLength) return refuse('truncated', 'the file ends inside its header')

  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength)))
  } catch {
    return refuse('corrupted', 'the header is not readable JSON')
  }
  if (typeof raw !== 'object' || raw === null || (raw as Record<string, unknown>)['format'] !== ARCHIVE_FORMAT) {
    return refuse('corrupted', 'the header does not describe a UPR Desk archive')
  }
  const loose = raw as Record<string, unknown>
  const writtenBy = {
    appVersion: stringOrNull(loose['appVersion']),
    formatVersion: integerOrNull(loose['formatVersion']),
    schemaVersion: integerOrNull(loose['schemaVersion'])
  }
  // Judge the version before the rest: a newer format may have changed every other field.
  if (writtenBy.formatVersion !== null && writtenBy.formatVersion > ARCHIVE_FORMAT_VERSION) {
    return refuse('newer-format', `archive format ${writtenBy.formatVersion}; this app reads format ${ARCHIVE_FORMAT_VERSION}`, { writtenBy })
  }
  const declared = (loose['content'] as Record<string, unknown> | null | undefined)?.['uncompressedBytes']
  if (typeof declared === 'number' && declared > MAX_CONTENT_BYTES) {
    return refuse('too-large', `the content would unpack to ${declared} bytes, more than ${MAX_CONTENT_BYTES}`, { size: { what: 'content-bytes', declared, limit: MAX_CONTENT_BYTES } })
  }
  const parsed = headerSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return refuse('corrupted', `the header is not valid (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'})`)
  }
  const header = parsed.data
  if (header.schemaVersion > supportedSchemaVersion) {
    return refuse('newer-schema', `schema version ${header.schemaVersion}; this app stores up to ${supportedSchemaVersion}`, { writtenBy, header })
  }
  if (tablesOfVersion(header.schemaVersion) === null) return refuse('corrupted', `unknown schema version ${header.schemaVersion}`)
  return { ok: true, header, headerLength }
}

/**
 * The sizes and counts the header declares, against what a reader opens: checked before the body is
 * read, so that an archive announcing a gigabyte or ten million records is refused at once.
 */
export function checkDeclaredSizes(header: ArchiveHeader): Refused | null {
  const tooLarge = (size: SizeProblem, detail: string) => refuse('too-large', detail, { header, size })
  if (header.content.bytes > MAX_ARCHIVE_BYTES) return tooLarge({ what: 'file-bytes', declared: header.content.bytes, limit: MAX_ARCHIVE_BYTES }, `the payload is ${header.content.bytes} bytes, more than ${MAX_ARCHIVE_BYTES}`)
  let total = 0
  for (const [table, n] of Object.entries(header.counts)) {
    if (n > MAX_TABLE_RECORDS) return tooLarge({ what: 'table-records', declared: n, limit: MAX_TABLE_RECORDS, table }, `table ${table} declares ${n} records, more than ${MAX_TABLE_RECORDS}`)
    total += n
  }
  if (total > MAX_ARCHIVE_RECORDS) return tooLarge({ what: 'records', declared: total, limit: MAX_ARCHIVE_RECORDS }, `the archive declares ${total} records, more than ${MAX_ARCHIVE_RECORDS}`)
  return null
}

/**
 * Opens an archive kept in a Blob (a chosen file): reads the header alone first, checks what it declares
 * (sizes, counts, the file's length) and only then reads the body. Never throws.
 */
export async function openArchiveBlob(blob: Blob, options: OpenOptions): Promise<Opened | Refused> {
  try {
    const head = new Uint8Array(await blob.slice(0, PREAMBLE_BYTES + MAX_HEADER_BYTES).arrayBuffer())
    const read = readArchiveHeader(head, options.supportedSchemaVersion)
    // A header that runs past the slice read means a damaged length; the full read below says which.
    if (!read.ok && !(read.reason === 'truncated' && blob.size > head.length)) return read
    if (read.ok) {
      const refused = checkDeclaredSizes(read.header)
      if (refused) return refused
      const expected = PREAMBLE_BYTES + read.headerLength + read.header.content.bytes + TRAILER_BYTES
      if (blob.size < expected) return refuse('truncated', `the file has ${blob.size} bytes of the ${expected} its header announces`, { header: read.header })
      if (blob.size > expected) return refuse('corrupted', `the file has ${blob.size - expected} bytes more than its header announces`, { header: read.header })
    } else if (blob.size > MAX_ARCHIVE_BYTES) {
      return refuse('too-large', `the file is ${blob.size} bytes, more than ${MAX_ARCHIVE_BYTES}`, { size: { what: 'file-bytes', declared: blob.size, limit: MAX_ARCHIVE_BYTES } })
    }
    return await openArchive(new Uint8Array(await blob.arrayBuffer()), options)
  } catch (error) {
    return refuse('corrupted', `unexpected failure while reading: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * Opens an archive: checks the declared sizes, lengths and checksums, asks for the passphrase if
 * needed, unpacks the content and checks every record against its table's schema. What it returns is
 * marked as checked (record-schemas.ts), so a restore or merge does not check it again.
 */
export async function openArchive(bytes: Uint8Array, options: OpenOptions): Promise<Opened | Refused> {
  try {
    return await open(bytes, options)
  } catch (error) {
    // Nothing above should throw; if a platform API does, the archive is still refused, never a crash.
    return refuse('corrupted', `unexpected failure while reading: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function open(bytes: Uint8Array, options: OpenOptions): Promise<Opened | Refused> {
  const read = readArchiveHeader(bytes, options.supportedSchemaVersion)
  if (!read.ok) return read
  const { header, headerLength } = read
  const tooLarge = checkDeclaredSizes(header)
  if (tooLarge) return tooLarge
  const payloadStart = PREAMBLE_BYTES + headerLength
  const payloadEnd = payloadStart + header.content.bytes
  const expected = payloadEnd + TRAILER_BYTES
  if (bytes.length < expected) return refuse('truncated', `the file has ${bytes.length} bytes of the ${expected} its header announces`, { header })
  if (bytes.length > expected) return refuse('corrupted', `the file has ${bytes.length - expected} bytes more than its header announces`, { header })

  const trailer = bytes.subarray(payloadEnd, expected)
  if (!sameBytes(await sha256(bytes.subarray(0, payloadEnd)), trailer)) return refuse('corrupted', 'the file checksum does not match', { header })
  const payload = bytes.subarray(payloadStart, payloadEnd)
  if ((await sha256Hex(payload)) !== header.content.sha256) return refuse('corrupted', 'the content checksum does not match', { header })

  let compressed = payload
  const encryption = header.content.encryption
  if (encryption) {
    if (!options.passphrase) return refuse('needs-passphrase', 'the archive is encrypted', { header })
    const salt = base64ToBytes(encryption.salt)
    const iv = base64ToBytes(encryption.iv)
    const check = base64ToBytes(encryption.check)
    const { iterations } = encryption
    if (!salt || salt.length < 8 || !iv || iv.length !== 12 || !check || check.length !== 32 || iterations < MIN_READ_ITERATIONS || iterations > MAX_READ_ITERATIONS) {
      return refuse('corrupted', 'the encryption parameters are not valid', { header })
    }
    const keys = await deriveKeys(options.passphrase, salt, iterations)
    if (!sameBytes(keys.check, check)) return refuse('wrong-passphrase', 'the passphrase does not open this archive', { header })
    const plain = await decrypt(keys.key, iv, payload, additionalDataOf(header))
    if (plain === null) return refuse('corrupted', 'the encrypted content does not authenticate', { header })
    compressed = plain
  }

  let content: ArchiveContent
  try {
    content = await decodeContent(compressed, {
      allowedTables: tablesOfVersion(header.schemaVersion) ?? [],
      maxBytes: header.content.uncompressedBytes,
      maxRecords: header.counts
    })
  } catch (error) {
    return refuse('corrupted', error instanceof ContentError ? error.message : String(error), { header })
  }
  const counts = Object.fromEntries(Object.entries(content.tables).map(([name, records]) => [name, records.length]))
  const stated = Object.entries(header.counts)
  if (stated.length !== Object.keys(counts).length || stated.some(([name, n]) => counts[name] !== n)) {
    return refuse('corrupted', 'the header counts do not match the content', { header })
  }
  if (content.scope.kind !== header.scope) return refuse('corrupted', 'the header and the content disagree on what the archive holds', { header })
  try {
    await checkTables(content.tables)
  } catch (error) {
    if (error instanceof InvalidRecordError) return refuse('invalid-record', error.problem.detail, { header, record: error.problem })
    throw error
  }
  return { ok: true, header, content: markChecked(content) }
}
