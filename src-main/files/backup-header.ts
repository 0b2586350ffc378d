// What a backup's header says, read by main for the backups list (pure Node; never trusts the file).
// Mirrors the archive format of src-renderer/archive/format.ts: main never imports the renderer, and a
// test checks that both sides agree on the signature and the layout.
import { z } from 'zod'

/** "UPRDESK" 0x1A, then a 4-byte big-endian header length, then the header JSON. */
export const ARCHIVE_SIGNATURE = Uint8Array.from([0x55, 0x50, 0x52, 0x44, 0x45, 0x53, 0x4b, 0x1a])
const PREAMBLE = ARCHIVE_SIGNATURE.length + 4
export const MAX_HEADER_BYTES = 64 * 1024

const headerFacts = z.object({
  format: z.literal('upr-desk-archive'),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().positive(),
  counts: z.record(z.string().max(64), z.number().int().nonnegative()),
  content: z.object({ encryption: z.unknown() })
})

/** The facts of a header, for listing. */
export interface HeaderFacts {
  appVersion: string
  schemaVersion: number
  counts: Record<string, number>
  encrypted: boolean
}

/** The header length stated by the first bytes, or null when they are not an archive's. */
export function headerLengthOf(preamble: Uint8Array): number | null {
  if (preamble.byteLength < PREAMBLE) return null
  if (!ARCHIVE_SIGNATURE.every((b, i) => preamble[i] === b)) return null
  const length = new DataView(preamble.buffer, preamble.byteOffset, preamble.byteLength).getUint32(ARCHIVE_SIGNATURE.length, false)
  return length > 0 && length <= MAX_HEADER_BYTES ? length : null
}

/** Reads the header facts from the start of an archive, or null when they cannot be read. */
export function headerFactsOf(bytes: Uint8Array): HeaderFacts | null {
  const length = headerLengthOf(bytes)
  if (length === null || bytes.byteLength < PREAMBLE + length) return null
  try {
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREAMBLE, PREAMBLE + length)))
    const parsed = headerFacts.safeParse(json)
    if (!parsed.success) return null
    const { appVersion, schemaVersion, counts, content } = parsed.data
    return { appVersion, schemaVersion, counts, encrypted: content.encryption !== null && content.encryption !== undefined }
  } catch {
    return null
  }
}

/** How many bytes of a file to read to get its header (preamble first, then the stated length). */
export const HEADER_PREAMBLE_BYTES = PREAMBLE
