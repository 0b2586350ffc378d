/**
 * JSON that keeps byte arrays: records may hold `Uint8Array` (attachments), which plain JSON would turn
 * into `{"0":137,"1":80,...}`. A byte array is written as `{"$uprBytes":"<base64>"}` and read back.
 */
import { base64ToBytes, bytesToBase64 } from './base64'

export const BYTES_KEY = '$uprBytes'

/** A JSON.stringify replacer writing byte arrays (and ArrayBuffers) as tagged base64 objects. */
export function bytesReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_KEY]: bytesToBase64(value) }
  if (value instanceof ArrayBuffer) return { [BYTES_KEY]: bytesToBase64(new Uint8Array(value)) }
  if (ArrayBuffer.isView(value)) return { [BYTES_KEY]: bytesToBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) }
  return value
}

/** Thrown by the reviver on a tagged object that is not valid base64 (the archive is damaged). */
export class BadBytesError extends Error {}

/** A JSON.parse reviver turning tagged base64 objects back into `Uint8Array`. */
export function bytesReviver(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const tagged = (value as Record<string, unknown>)[BYTES_KEY]
  if (tagged === undefined) return value
  if (typeof tagged !== 'string' || Object.keys(value).length !== 1) throw new BadBytesError('malformed byte array')
  const bytes = base64ToBytes(tagged)
  if (bytes === null) throw new BadBytesError('byte array is not base64')
  return bytes
}

/** Parses one JSON text, reviving byte arrays only when the text can hold one (fast path otherwise). */
export function parseWithBytes(text: string): unknown {
  // The tag is a key: in a JSON text it appears with its quotes unescaped, never inside a string value.
  return text.includes(`"${BYTES_KEY}"`) ? JSON.parse(text, bytesReviver) : JSON.parse(text)
}

/** True when a value holds a byte array anywhere (a quick walk: far cheaper than a replacer). */
export function hasBytes(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return true
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null && hasBytes(item)) return true
    return false
  }
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key]
    if (typeof item === 'object' && item !== null && hasBytes(item)) return true
  }
  return false
}

/** Serialises a value, writing byte arrays as tagged base64 (the replacer only where there are some). */
export function stringifyWithBytes(value: unknown): string {
  return hasBytes(value) ? JSON.stringify(value, bytesReplacer) : JSON.stringify(value)
}
