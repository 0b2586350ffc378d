/**
 * A record's fingerprint for merging: the same content gives the same hash on every laptop, whatever
 * order its fields were written in. Not a security checksum (the archive has SHA-256 for that): a fast
 * 64-bit hash, ample to tell whether a record changed since it was last exchanged.
 */
import { bytesToBase64 } from './base64'
import { hashString } from '../domain/text-hash'

/** JSON with object keys sorted, byte arrays as base64 and `undefined` fields left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify(undefined) is undefined; inside arrays JSON writes null.
    return value === undefined ? 'null' : JSON.stringify(value)
  }
  if (value instanceof Uint8Array) return `{"$uprBytes":${JSON.stringify(bytesToBase64(value))}}`
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
  return `{${entries.join(',')}}`
}

/** The fingerprint of one record's content. */
export function recordHash(record: unknown): string {
  return hashString(canonicalJson(record))
}

/**
 * True when two stored values are the same (deep, key order ignored, byte arrays by content, an absent
 * key equal to an undefined one). Used to skip rewriting records a restore would leave unchanged: far
 * cheaper than serialising both sides.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b)
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || a.byteLength !== b.byteLength) return false
    for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false
    return true
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false
    return true
  }
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  for (const key in x) if (!sameValue(x[key], y[key])) return false
  for (const key in y) if (!(key in x) && y[key] !== undefined) return false
  return true
}
