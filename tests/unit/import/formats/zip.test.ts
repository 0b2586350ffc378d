import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { newMeter, READ_LIMITS } from '../../../../src-renderer/import/formats/limits'
import { describeProblem } from '../../../../src-renderer/import/formats/problems'
import { crc32, INFLATE_SLACK, openZip } from '../../../../src-renderer/import/formats/zip'
import { buildZip, deflateBomb } from './hostile-files'

const MB = 1024 * 1024
/** One 64-byte slice can make at most 1,032 times its size: the inflater's only overshoot. */
const ONE_SLICE = 64 * 1032

function unpackAll(bytes: Uint8Array, limits = {}) {
  const meter = newMeter()
  const opened = openZip(bytes, { limits, meter })
  if (!opened.ok) return { problem: opened.problem, meter, parts: [] as Uint8Array[] }
  try {
    return { parts: opened.value.entries.map((e) => opened.value.unpack(e)), meter, problem: null }
  } catch (e) {
    return { problem: (e as { problem: unknown }).problem, meter, parts: [] as Uint8Array[] }
  }
}

describe('openZip: parts unpacked on demand, within the budgets', () => {
  it('reads what fflate writes, stored or deflated, with names and sizes', () => {
    const text = 'Ratify the Optional Protocol '.repeat(2000)
    const bytes = zipSync({ 'a.xml': new TextEncoder().encode(text), 'dir/b.bin': [Uint8Array.of(1, 2, 3), { level: 0 }] })
    const opened = openZip(bytes)
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const zip = opened.value
    expect(zip.entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['a.xml', 8, text.length],
      ['dir/b.bin', 0, 3]
    ])
    expect(zip.text(zip.find('A.XML')!)).toBe(text)
    expect([...zip.unpack(zip.find('/dir/b.bin')!)]).toEqual([1, 2, 3])
    expect(zip.find('missing.xml')).toBeUndefined()
  })

  it('refuses a part that declares more than the budget, before unpacking a byte', () => {
    const { problem, meter } = unpackAll(buildZip([{ name: 'word/document.xml', raw: deflateBomb(200), declaredSize: 200 * MB }]))
    expect(problem).toEqual({ code: 'entry-too-large', entry: 'word/document.xml', declared: 200 * MB, limit: READ_LIMITS.maxEntryBytes })
    expect(meter.inflatedBytes).toBe(0)
  })

  it('refuses a part that holds more than it declares, stopping soon after the declared size', () => {
    const { problem, meter } = unpackAll(buildZip([{ name: 'word/document.xml', raw: deflateBomb(200), declaredSize: 2000 }]))
    expect(problem).toEqual({ code: 'entry-size-mismatch', entry: 'word/document.xml', declared: 2000, actual: expect.any(Number), atLeast: true })
    expect(meter.inflatedBytes).toBeLessThanOrEqual(2000 + INFLATE_SLACK + ONE_SLICE)
  })

  it('refuses a part that holds less than it declares, and one whose checksum is wrong', () => {
    expect(unpackAll(buildZip([{ name: 'a.xml', data: 'abc', declaredSize: 10 }])).problem).toMatchObject({ code: 'entry-size-mismatch', declared: 10, actual: 3, atLeast: false })
    expect(unpackAll(buildZip([{ name: 'a.xml', data: 'abc', crc: 1234 }])).problem).toMatchObject({ code: 'entry-damaged', detail: 'its checksum does not match its content' })
  })

  it('gives a part that declares 0 bytes the budget and no more', () => {
    const small = unpackAll(buildZip([{ name: 'a.xml', data: '<a/>', declaredSize: 0, crc: 0 }]))
    expect(small.problem).toBeNull()
    expect(new TextDecoder().decode(small.parts[0])).toBe('<a/>')
    const limits = { maxEntryBytes: 8 * MB }
    const { problem, meter } = unpackAll(buildZip([{ name: 'xl/worksheets/sheet1.xml', raw: deflateBomb(300), declaredSize: 0 }]), limits)
    expect(problem).toEqual({ code: 'entry-size-undeclared', entry: 'xl/worksheets/sheet1.xml', limit: 8 * MB })
    expect(meter.inflatedBytes).toBeLessThanOrEqual(8 * MB + ONE_SLICE)
  })

  it('refuses parts that together unpack beyond the total budget', () => {
    const crc = crc32(new Uint8Array(3 * MB).fill(0x20))
    const part = (name: string) => ({ name, raw: deflateBomb(3), declaredSize: 3 * MB, crc })
    const { problem, meter } = unpackAll(buildZip([part('a.xml'), part('b.xml'), part('c.xml')]), { maxUnpackedBytes: 5 * MB })
    expect(problem).toEqual({ code: 'unpacked-too-large', limit: 5 * MB })
    expect(meter.inflatedBytes).toBeLessThanOrEqual(3 * MB + ONE_SLICE)
  })

  it('refuses encrypted parts, unknown methods, too many entries, cut files and ZIP64', () => {
    expect(unpackAll(buildZip([{ name: 'a.xml', data: 'x', flags: 1 }])).problem).toEqual({ code: 'entry-encrypted', entry: 'a.xml' })
    expect(unpackAll(buildZip([{ name: 'a.xml', data: 'x', method: 12 }])).problem).toEqual({ code: 'entry-method', entry: 'a.xml', method: 12 })
    const many = buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `p${i}.xml`, data: 'x' })))
    expect(unpackAll(many, { maxZipEntries: 20 }).problem).toEqual({ code: 'zip-too-many-entries', count: 30, limit: 20 })
    const good = buildZip([{ name: 'a.xml', data: 'hello '.repeat(100) }])
    expect(unpackAll(good.subarray(0, good.length - 10)).problem).toEqual({ code: 'zip-incomplete' })
    const cut = good.slice()
    new DataView(cut.buffer).setUint32(cut.length - 22 + 16, 5, true) // the directory now starts inside the part
    expect(unpackAll(cut).problem).toMatchObject({ code: 'zip-damaged' })
    const zip64 = good.slice()
    new DataView(zip64.buffer).setUint32(zip64.length - 22 + 16, 0xffffffff, true)
    expect(unpackAll(zip64).problem).toEqual({ code: 'zip64' })
  })

  it('says what is wrong in words', () => {
    expect(describeProblem({ code: 'entry-size-undeclared', entry: 'xl/worksheets/sheet1.xml', limit: 64 * MB })).toBe(
      'this file looks damaged: its part "xl/worksheets/sheet1.xml" does not say how big it is and unpacks to more than 64 MB, more than UPR Desk reads from one part.'
    )
    expect(describeProblem({ code: 'entry-size-mismatch', entry: 'word/document.xml', declared: 2000, actual: 90000, atLeast: true })).toBe(
      'this file looks damaged: its part "word/document.xml" says it unpacks to 2,000 bytes but holds more.'
    )
  })

  it('computes the CRC-32 ZIP uses', () => {
    expect(crc32(new TextEncoder().encode('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339)
    expect(crc32(new Uint8Array(0))).toBe(0)
  })
})
