/**
 * A demo emblem for the sample letterheads, drawn here (a neutral geometric mark, not any State's
 * emblem): a navy disc, a gold ring and a white star, as an RGBA PNG.
 */
import { deflateSync } from 'node:zlib'

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

/** The demo emblem as PNG bytes, `side` pixels square. */
export function demoEmblemPng(side = 160): Uint8Array {
  const c = side / 2
  const raw = new Uint8Array(side * (1 + side * 4))
  for (let y = 0; y < side; y++) {
    const row = y * (1 + side * 4)
    for (let x = 0; x < side; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c)
      let rgba = [0, 0, 0, 0]
      if (d <= c - 1) rgba = [0x1f, 0x38, 0x64, 255]
      if (d <= c - 1 && d >= c * 0.82) rgba = [0xc9, 0x9a, 0x2e, 255]
      if (inStar(x + 0.5, y + 0.5, c, c * 1.04, c * 0.55, c * 0.22)) rgba = [255, 255, 255, 255]
      raw.set(rgba, row + 1 + x * 4)
    }
  }
  const ihdr = new Uint8Array(13)
  const view = new DataView(ihdr.buffer)
  view.setUint32(0, side)
  view.setUint32(4, side)
  ihdr.set([8, 6, 0, 0, 0], 8)
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
