/**
 * The demo mission's emblem, drawn by the UPR Desk project (a neutral geometric mark, not any State's
 * emblem): a navy disc, a gold ring and a white star. It is written here as a PNG with four palette
 * colours, in plain TypeScript (no zlib: the demo loads in the browser too), so the letterheads of the
 * demo's documents show an emblem as a mission's would.
 */
import type { Attachment } from '../domain/model'
import { demoId, type DemoContext } from './context'

/** The owner of the mission's own files (the emblem repository reads the letterhead's emblem from it). */
const MISSION_OWNER = 'mission'
/** Side of the drawn emblem in pixels: the letterhead shows it 64 pixels high, so this stays sharp in print. */
const SIDE = 160

// Palette indexes: transparent, navy, gold, white.
const PALETTE = [
  [0xff, 0xff, 0xff],
  [0x1f, 0x38, 0x64],
  [0xc9, 0x9a, 0x2e],
  [0xff, 0xff, 0xff]
] as const
const ALPHA = [0, 255, 255, 255] as const

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

/** True when (x, y) is inside a five-pointed star centred at (cx, cy). */
function inStar(x: number, y: number, cx: number, cy: number, outer: number, inner: number): boolean {
  const points: [number, number][] = []
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    points.push([cx + r * Math.cos(a), cy + r * Math.sin(a)])
  }
  let inside = false
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!
    const [xj, yj] = points[j]!
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** The palette index of the pixel at (x, y) of an emblem `side` pixels square. */
function colourAt(x: number, y: number, side: number): number {
  const c = side / 2
  const px = x + 0.5
  const py = y + 0.5
  const d = Math.hypot(px - c, py - c)
  if (inStar(px, py, c, c * 1.04, c * 0.55, c * 0.22)) return 3
  if (d > c - 1) return 0
  return d >= c * 0.82 ? 2 : 1
}

/** The demo emblem as PNG bytes, `side` pixels square (2 bits per pixel, four palette colours). */
export function demoEmblemPng(side = SIDE): Uint8Array {
  const rowBytes = Math.ceil(side / 4)
  const raw = new Uint8Array(side * (1 + rowBytes))
  for (let y = 0; y < side; y++) {
    const row = y * (1 + rowBytes)
    // Each row starts with filter type 0 (none); four pixels a byte, the leftmost in the high bits.
    for (let x = 0; x < side; x++) raw[row + 1 + (x >> 2)]! |= colourAt(x, y, side) << (6 - 2 * (x & 3))
  }
  const ihdr = new Uint8Array(13)
  const view = new DataView(ihdr.buffer)
  view.setUint32(0, side)
  view.setUint32(4, side)
  ihdr.set([2, 3, 0, 0, 0], 8)
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', new Uint8Array(PALETTE.flat())),
    chunk('tRNS', new Uint8Array(ALPHA)),
    chunk('IDAT', zlibStored(raw)),
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

/** The demo emblem as the mission's stored file: Settings shows it and every letterhead carries it. */
export function demoEmblemAttachment(context: DemoContext): Attachment {
  const bytes = demoEmblemPng()
  return {
    id: demoId('att', 'emblem'),
    ownerId: MISSION_OWNER,
    name: 'Demo emblem (UPR Desk).png',
    mediaType: 'image/png',
    size: bytes.byteLength,
    bytes,
    createdAt: context.createdAt,
    updatedAt: context.createdAt
  }
}
