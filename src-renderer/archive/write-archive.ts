/** Writes `.uprdesk` archives (format.ts): content, compression, optional encryption, checksums. */
import { bytesToBase64 } from './base64'
import { encodeContent, type EncodedContent, type TableChunk } from './content'
import type { Compressor } from './compressor'
import { deriveKeys, encrypt, randomBytes, sha256, sha256Hex } from './crypto'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_MAGIC,
  PBKDF2_ITERATIONS,
  PREAMBLE_BYTES,
  TRAILER_BYTES,
  type ArchiveEncryption,
  type ArchiveHeader,
  type ArchivePurpose,
  type ArchiveScope
} from './format'
import { additionalDataOf } from './header-bytes'

/** What an archive is written from. */
export interface ArchiveInput {
  appVersion: string
  schemaVersion: number
  purpose: ArchivePurpose
  scope: ArchiveScope
  /** The records, table by table, as a stream of chunks (or an array of them). */
  chunks: AsyncIterable<TableChunk> | Iterable<TableChunk>
  /** Encrypts the archive when given (non-empty). */
  passphrase?: string
  createdAt?: Date
  /** PBKDF2 iterations; only tests lower this. */
  iterations?: number
  /** How to gzip (default: in a worker where there is one); the benchmark compares both. */
  compressor?: Compressor
}

/** A written archive and its header. */
export interface WrittenArchive {
  bytes: Uint8Array
  header: ArchiveHeader
}

/** Writes an archive of the given records. */
export async function writeArchive(input: ArchiveInput): Promise<WrittenArchive> {
  const content: EncodedContent = await encodeContent(input.scope, input.chunks, input.compressor)
  const base: ArchiveHeader = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    purpose: input.purpose,
    scope: input.scope.kind,
    counts: content.counts,
    content: { compression: 'gzip', bytes: 0, uncompressedBytes: content.uncompressedBytes, sha256: '0'.repeat(64), encryption: null }
  }
  let payload = content.compressed
  let header = base
  if (input.passphrase) {
    const salt = randomBytes(16)
    const iv = randomBytes(12)
    const iterations = input.iterations ?? PBKDF2_ITERATIONS
    const keys = await deriveKeys(input.passphrase, salt, iterations)
    const encryption: ArchiveEncryption = {
      algorithm: 'AES-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations,
      salt: bytesToBase64(salt),
      iv: bytesToBase64(iv),
      check: bytesToBase64(keys.check)
    }
    header = { ...base, content: { ...base.content, encryption } }
    payload = await encrypt(keys.key, iv, content.compressed, additionalDataOf(header))
  }
  header = { ...header, content: { ...header.content, bytes: payload.byteLength, sha256: await sha256Hex(payload) } }
  return { bytes: await assemble(header, payload), header }
}

/** Lays out magic, header length, header, payload and the trailing checksum. */
export async function assemble(header: ArchiveHeader, payload: Uint8Array): Promise<Uint8Array> {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header))
  const size = PREAMBLE_BYTES + headerBytes.byteLength + payload.byteLength
  const out = new Uint8Array(size + TRAILER_BYTES)
  out.set(ARCHIVE_MAGIC, 0)
  new DataView(out.buffer).setUint32(ARCHIVE_MAGIC.length, headerBytes.byteLength, false)
  out.set(headerBytes, PREAMBLE_BYTES)
  out.set(payload, PREAMBLE_BYTES + headerBytes.byteLength)
  out.set(await sha256(out.subarray(0, size)), size)
  return out
}
