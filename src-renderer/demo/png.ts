/**
 * A minimal PNG writer in plain TypeScript (no zlib, so it runs in the browser and in Node): stored
 * deflate blocks, which every PNG reader accepts. Enough for the demo's emblem and for tests.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function adler32(bytes: Uint8Array): number {
  let a = 1
  let b = 0
  for (const byte of bytes) {
    a = (a + byte) % 65521
    b = (b + a) % 65521
  }
  return ((b << 16) | a) >>> 0
}

/** A zlib stream of stored (uncompressed) deflate blocks: valid for every PNG reader, and small enough here. */
function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 0xffff))
  const out = new Uint8Array(2 + blocks * 5 + data.length + 4)
  const view = new DataView(out.buffer)
  out.set([0x78, 0x01], 0)
  let at = 2
  for (let i = 0; i < blocks; i++) {
    const part = data.subarray(i * 0xffff, Math.min(data.length, (i + 1) * 0xffff))
    out[at] = i === blocks - 1 ? 1 : 0
    view.setUint16(at + 1, part.length, true)
    view.setUint16(at + 3, ~part.length & 0xffff, true)
    out.set(part, at + 5)
    at += 5 + part.length
  }
  view.setUint32(at, adler32(data))
  return out
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  out.set(new TextEncoder().encode(type), 4)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

/** A PNG file from rows already filtered (each row starts with its filter byte, 0 = none). */
export function encodePng(input: {
  width: number
  height: number
  /** Bits per sample: 8 for RGB, 1/2/4/8 for a palette. */
  bitDepth: number
  /** 2 = RGB, 3 = palette. */
  colourType: 2 | 3
  raw: Uint8Array
  palette?: readonly number[]
  alpha?: readonly number[]
}): Uint8Array {
  const ihdr = new Uint8Array(13)
  const view = new DataView(ihdr.buffer)
  view.setUint32(0, input.width)
  view.setUint32(4, input.height)
  ihdr.set([input.bitDepth, input.colourType, 0, 0, 0], 8)
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(input.palette ? [chunk('PLTE', new Uint8Array(input.palette))] : []),
    ...(input.alpha ? [chunk('tRNS', new Uint8Array(input.alpha))] : []),
    chunk('IDAT', zlibStored(input.raw)),
    chunk('IEND', new Uint8Array())
  ]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
