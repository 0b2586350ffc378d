import { CFB } from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { readBiff8Stream, readBiff8Tables } from '../../../../src-renderer/import/formats/biff8'
import { openCompoundFile } from '../../../../src-renderer/import/formats/cfb'
import { newMeter, READ_LIMITS } from '../../../../src-renderer/import/formats/limits'
import { readWorkbook } from '../../../../src-renderer/import/formats/workbook'
import { biff8Stream, numberRecord, xlsOf, xlsOfFarCells } from './hostile-files'

/** Where directory entry `name` sits in a compound file (entries are 128-byte aligned after the header). */
function directoryEntry(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let o = 512; o + 128 <= bytes.length; o += 128) {
    const length = view.getUint16(o + 0x40, true)
    if (length !== (name.length + 1) * 2) continue
    let found = ''
    for (let k = 0; k < name.length; k++) found += String.fromCharCode(view.getUint16(o + 2 * k, true))
    if (found === name) return o
  }
  throw new Error(`no entry ${name}`)
}

/** The offset of FAT entry `sector` (the FAT sectors listed in the header). */
function fatEntry(bytes: Uint8Array, sector: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const fatSector = view.getUint32(0x4c + 4 * Math.floor(sector / 128), true)
  return (fatSector + 1) * 512 + 4 * (sector % 128)
}

describe('BIFF8 cells go through the budget, not padded out to any column', () => {
  it('reads a plain stream, rows padded to their own last cell', () => {
    const tables = readBiff8Tables(xlsOf(biff8Stream([numberRecord(0, 0, 1), numberRecord(0, 2, 3), numberRecord(3, 1, 7), ...Array.from({ length: 300 }, (_, i) => numberRecord(10 + i, 0, i))])))
    expect(tables?.[0]?.rows.slice(0, 5)).toEqual([[1, null, 3], [], [], [null, 7], []])
    expect(tables?.[0]?.rows).toHaveLength(310)
  })

  it('refuses a column beyond Excel 97-2003\'s 256 (BIFF8 stores 16 bits: 65,536 columns a row otherwise)', () => {
    const meter = newMeter()
    const read = readWorkbook(xlsOfFarCells(300, 65_535), 'xls', { meter })
    expect(read).toEqual({ ok: false, problem: { code: 'column-beyond-limit', column: 65_536, limit: 256, xls: true } })
    expect(meter.cells).toBe(0)
  })

  it('refuses more cells than the budget, having made no more than the budget', () => {
    const meter = newMeter()
    const read = readWorkbook(xlsOfFarCells(65_536, 255), 'xls', { meter })
    expect(read).toEqual({ ok: false, problem: { code: 'too-many-cells', limit: READ_LIMITS.maxCells } })
    expect(meter.cells).toBeLessThanOrEqual(READ_LIMITS.maxCells + 256)
  })

  it('refuses sheets that point at the same records instead of reading them again and again', () => {
    const cells = Array.from({ length: 500 }, (_, i) => numberRecord(i, 0, i))
    expect(readBiff8Stream(biff8Stream(cells, 1)).ok).toBe(true)
    expect(readBiff8Stream(biff8Stream(cells, 2000))).toEqual({ ok: false, problem: { code: 'sheets-overlap' } })
  })
})

describe('the compound file check walks each sector chain once', () => {
  const good = xlsOfFarCells(300, 0)

  it('accepts a sound file and gives its workbook stream', () => {
    const opened = openCompoundFile(good)
    expect(opened.ok && opened.value.workbook?.length).toBeGreaterThan(4096)
  })

  it('refuses a chain that loops back on itself', () => {
    const bytes = good.slice()
    const view = new DataView(bytes.buffer)
    const start = view.getUint32(directoryEntry(bytes, 'Workbook') + 0x74, true)
    const second = view.getUint32(fatEntry(bytes, start), true)
    view.setUint32(fatEntry(bytes, second), start, true)
    expect(openCompoundFile(bytes)).toEqual({ ok: false, problem: { code: 'cfb-chain-loop' } })
  })

  it('refuses many streams that share one long chain (walked once, not once per stream)', () => {
    const container = CFB.utils.cfb_new()
    CFB.utils.cfb_add(container, '/Workbook', biff8Stream(Array.from({ length: 20_000 }, (_, i) => numberRecord(i % 65_536, 0, i))))
    for (let k = 0; k < 300; k++) CFB.utils.cfb_add(container, `/S${k}`, new Uint8Array(4096))
    const bytes = CFB.write(container, { type: 'array' }) as Uint8Array
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const workbook = directoryEntry(bytes, 'Workbook')
    for (let k = 0; k < 300; k++) {
      const entry = directoryEntry(bytes, `S${k}`)
      view.setUint32(entry + 0x74, view.getUint32(workbook + 0x74, true), true)
      view.setUint32(entry + 0x78, view.getUint32(workbook + 0x78, true), true)
    }
    expect(openCompoundFile(bytes)).toEqual({ ok: false, problem: { code: 'cfb-chain-loop' } })
  })
})
