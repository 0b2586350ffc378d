/**
 * The `.uprdesk` archive file, version 1:
 *
 *   magic "UPRDESK" 0x1A (8 bytes) | header length (4 bytes, big-endian) | header (UTF-8 JSON)
 *   | payload (header.content.bytes bytes) | SHA-256 of everything before it (32 bytes)
 *
 * The header says what the archive holds (app, schema, time, record counts) and how the payload is
 * stored: gzip-compressed content, optionally encrypted with AES-GCM under a key derived from a
 * passphrase. `content.sha256` is the SHA-256 of the payload as stored. The trailing checksum also
 * covers the header, so damage anywhere is noticed. The uncompressed content is JSON lines (content.ts).
 */
import { z } from 'zod'

/** The first bytes of every archive; 0x1A stops a text viewer, and a transfer in text mode shows. */
export const ARCHIVE_MAGIC = new Uint8Array([0x55, 0x50, 0x52, 0x44, 0x45, 0x53, 0x4b, 0x1a])
export const ARCHIVE_FORMAT = 'upr-desk-archive'
export const ARCHIVE_FORMAT_VERSION = 1
export const ARCHIVE_EXTENSION = 'uprdesk'
export const TRAILER_BYTES = 32
export const PREAMBLE_BYTES = ARCHIVE_MAGIC.length + 4
/** A header is a few hundred bytes; anything near this is damage, not data. */
export const MAX_HEADER_BYTES = 64 * 1024
/** Largest uncompressed content an archive may unpack to (a gzip bomb stops here). */
export const MAX_CONTENT_BYTES = 1536 * 1024 * 1024
/**
 * Largest archive file a reader opens (the payload as stored): 100,000 recommendations take about 30 MB,
 * attachments (25 MB each at most) the rest. Checked from the header before the body is read.
 */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024
/** Most records one table of an archive may hold, and all tables together (checked from the header). */
export const MAX_TABLE_RECORDS = 1_000_000
export const MAX_ARCHIVE_RECORDS = 2_000_000

/** PBKDF2 iterations for new archives (OWASP 2023 figure for PBKDF2-HMAC-SHA256). */
export const PBKDF2_ITERATIONS = 600_000
/** Bounds a reader accepts, so that a hostile header cannot make the app spin for hours. */
export const MIN_READ_ITERATIONS = 1_000
export const MAX_READ_ITERATIONS = 10_000_000

/** Why the archive was written. */
export const ARCHIVE_PURPOSES = ['backup', 'safety', 'export'] as const
export type ArchivePurpose = (typeof ARCHIVE_PURPOSES)[number]

/** What part of the mission it holds. */
export const ARCHIVE_SCOPES = ['mission', 'review', 'statement'] as const
export type ArchiveScopeKind = (typeof ARCHIVE_SCOPES)[number]

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(200)

/** The encryption block of the header. */
export const encryptionSchema = z.strictObject({
  algorithm: z.literal('AES-GCM'),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int(),
  salt: base64,
  iv: base64,
  /** Derived from the passphrase alongside the key: tells a wrong passphrase from a damaged file. */
  check: base64
})

/** The header of a version-1 archive. */
export const headerSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  appVersion: z.string().min(1).max(50),
  schemaVersion: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  purpose: z.enum(ARCHIVE_PURPOSES),
  scope: z.enum(ARCHIVE_SCOPES),
  counts: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/), z.number().int().nonnegative()),
  content: z.strictObject({
    compression: z.literal('gzip'),
    bytes: z.number().int().nonnegative(),
    uncompressedBytes: z.number().int().nonnegative().max(MAX_CONTENT_BYTES),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encryption: encryptionSchema.nullable()
  })
})

export type ArchiveHeader = z.output<typeof headerSchema>
export type ArchiveEncryption = z.output<typeof encryptionSchema>

/** A stored record as the archive sees it: any object with a string id. */
export type ArchiveRecord = Record<string, unknown> & { id: string }

/** Records by table name. */
export type ArchiveTables = Record<string, ArchiveRecord[]>

/** Who and what the archive is about, kept inside the (possibly encrypted) content. */
export interface ArchiveScope {
  kind: ArchiveScopeKind
  /** The review's or statement's id for a selection; null for the whole mission. */
  id: string | null
  /** Words for the person, e.g. "Review of Slovenia, session 48". */
  label: string
}

/** Everything an archive holds once opened. */
export interface ArchiveContent {
  scope: ArchiveScope
  tables: ArchiveTables
}

/** The reasons an archive is refused, each with its own message. */
export type ArchiveRefusal =
  | 'not-an-archive'
  | 'truncated'
  | 'corrupted'
  | 'newer-format'
  | 'newer-schema'
  | 'needs-passphrase'
  | 'wrong-passphrase'
  /** The header declares more bytes or records than a reader opens (MAX_ARCHIVE_BYTES, MAX_*_RECORDS, MAX_CONTENT_BYTES). */
  | 'too-large'
  /** A record does not match its table's schema (archive/record-schemas.ts). */
  | 'invalid-record'
