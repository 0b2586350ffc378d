/** Base64 for byte arrays, in the browser, in workers and in Node alike (btoa/atob are everywhere). */

const CHUNK = 0x8000
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** The bytes as standard base64 text. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let start = 0; start < bytes.length; start += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(start, start + CHUNK)))
  }
  return btoa(parts.join(''))
}

/** The bytes of standard base64 text, or null when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null
  let binary: string
  try {
    binary = atob(text)
  } catch {
    return null
  }
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Lower-case hexadecimal of bytes (checksums). */
export function bytesToHex(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += b.toString(16).padStart(2, '0')
  return out
}
