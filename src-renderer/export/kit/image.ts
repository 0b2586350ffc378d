/** What an image file is, read from its first bytes: the emblem must be a real PNG, JPEG, GIF or BMP. */

export type ImageType = 'png' | 'jpg' | 'gif' | 'bmp'

export interface ImageInfo {
  type: ImageType
  width: number
  height: number
}

/** Largest emblem accepted (bytes): a letterhead emblem needs far less. */
export const MAX_EMBLEM_BYTES = 2 * 1024 * 1024
/** Largest side in pixels that still makes sense for an emblem. */
const MAX_SIDE = 10_000

function u16be(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
}
function u32be(b: Uint8Array, i: number): number {
  return (((b[i] ?? 0) << 24) >>> 0) + ((b[i + 1] ?? 0) << 16) + ((b[i + 2] ?? 0) << 8) + (b[i + 3] ?? 0)
}
function u16le(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8)
}
function i32le(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)
}

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]!
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2
      continue
    }
    const length = u16be(b, i + 2)
    if (length < 2) return null
    // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) }
    }
    i += 2 + length
  }
  return null
}

/** The type and pixel size of an image, or why it is not one UPR Desk can put in a letterhead. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | { problem: 'empty' | 'too-large' | 'not-an-image' | 'unreadable' } {
  if (bytes.length === 0) return { problem: 'empty' }
  if (bytes.length > MAX_EMBLEM_BYTES) return { problem: 'too-large' }
  let info: ImageInfo | null = null
  const b = bytes
  if (b.length >= 24 && u32be(b, 0) === 0x89504e47 && u32be(b, 4) === 0x0d0a1a0a) {
    if (String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return { problem: 'unreadable' }
    info = { type: 'png', width: u32be(b, 16), height: u32be(b, 20) }
  } else if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    const size = jpegSize(b)
    if (!size) return { problem: 'unreadable' }
    info = { type: 'jpg', ...size }
  } else if (b.length >= 10 && /^GIF8[79]a$/.test(String.fromCharCode(...b.subarray(0, 6)))) {
    info = { type: 'gif', width: u16le(b, 6), height: u16le(b, 8) }
  } else if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d) {
    info = { type: 'bmp', width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) }
  }
  if (!info) return { problem: 'not-an-image' }
  if (info.width < 1 || info.height < 1 || info.width > MAX_SIDE || info.height > MAX_SIDE) return { problem: 'unreadable' }
  return info
}
