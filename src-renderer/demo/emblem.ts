/**
 * The demo mission's emblem, drawn by the UPR Desk project (a neutral geometric mark, not any State's
 * emblem): a navy disc, a gold ring and a white star. It is written here as a PNG with four palette
 * colours (see png.ts: plain TypeScript, the demo loads in the browser too), so the letterheads of the
 * demo's documents show an emblem as a mission's would.
 */
import type { Attachment } from '../domain/model'
import { demoId, type DemoContext } from './context'
import { encodePng } from './png'

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
  return encodePng({ width: side, height: side, bitDepth: 2, colourType: 3, raw, palette: PALETTE.flat(), alpha: ALPHA })
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
