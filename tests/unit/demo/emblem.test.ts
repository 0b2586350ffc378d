import { crc32, inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { buildDemoMission, isDemoId } from '../../../src-renderer/demo'
import { demoEmblemPng } from '../../../src-renderer/demo/emblem'
import { readImageInfo } from '../../../src-renderer/export/kit'

/** The chunks of a PNG, with whether each one's CRC is right (checked by an independent reader: zlib's crc32). */
function chunks(png: Uint8Array): { type: string; data: Uint8Array; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const found: { type: string; data: Uint8Array; crcOk: boolean }[] = []
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at)
    const crcOk = crc32(png.subarray(at + 4, at + 8 + length)) === view.getUint32(at + 8 + length)
    found.push({ type: String.fromCharCode(...png.subarray(at + 4, at + 8)), data: png.subarray(at + 8, at + 8 + length), crcOk })
    at += 12 + length
  }
  return found
}

describe('the demo emblem', () => {
  it('is a real PNG: palette, transparency and pixels any reader decodes', () => {
    const png = demoEmblemPng()
    expect(readImageInfo(png)).toEqual({ type: 'png', width: 160, height: 160 })
    const parts = chunks(png)
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND'])
    expect(parts.every((c) => c.crcOk)).toBe(true)
    // 160 rows of a filter byte and 40 bytes of 2-bit pixels.
    const pixels = inflateSync(parts[3]!.data)
    expect(pixels.length).toBe(160 * 41)
    const at = (x: number, y: number) => (pixels[y * 41 + 1 + (x >> 2)]! >> (6 - 2 * (x & 3))) & 3
    expect(at(0, 0)).toBe(0) // transparent corner
    expect(at(80, 3)).toBe(2) // gold ring
    expect(at(80, 80)).toBe(3) // white star
    expect(at(40, 120)).toBe(1) // navy disc
    expect(png.length).toBeLessThan(10_000)
  })

  it('is in the demo dataset as the mission’s image, with a demo id, so the demo can be removed', () => {
    const demo = buildDemoMission('2026-12-01')
    expect(demo.attachments).toHaveLength(1)
    const emblem = demo.attachments[0]!
    expect(isDemoId(emblem.id)).toBe(true)
    expect(emblem).toMatchObject({ ownerId: 'mission', mediaType: 'image/png', size: emblem.bytes.byteLength })
    expect(emblem.name).toMatch(/demo/i)
  })
})
