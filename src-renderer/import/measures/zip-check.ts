/**
 * A look inside a ZIP file (an .xlsx) before a library unpacks it: the central directory says how big
 * every entry becomes, so a "zip bomb" (a small file that unpacks to gigabytes) is refused unopened.
 */

/** What the central directory says, or why it cannot be read. */
export type ZipSummary = { ok: true; entries: number; uncompressedBytes: number } | { ok: false; problem: string }

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50

/** Reads the entry count and the total unpacked size from a ZIP's central directory; never throws. */
export function summariseZip(bytes: Uint8Array): ZipSummary {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record is in the last 22 + 65,535 (comment) bytes.
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return { ok: false, problem: 'the file is not a complete ZIP archive (it may be truncated)' }
  const entries = view.getUint16(eocd + 10, true)
  const size = view.getUint32(eocd + 12, true)
  const offset = view.getUint32(eocd + 16, true)
  if (entries === 0xffff || offset === 0xffffffff) return { ok: false, problem: 'the file is a ZIP64 archive, which a measures workbook never needs' }
  if (offset + size > bytes.length) return { ok: false, problem: 'the ZIP directory points past the end of the file (it may be truncated)' }
  let total = 0
  let at = offset
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return { ok: false, problem: 'the ZIP directory is damaged' }
    total += view.getUint32(at + 24, true)
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return { ok: true, entries, uncompressedBytes: total }
}
