import { describe, expect, it } from 'vitest'
import { newMeter } from '../../../../src-renderer/import/formats/limits'
import { readWorkbook } from '../../../../src-renderer/import/formats/workbook'

const encode = (text: string) => new TextEncoder().encode(text)

describe('SheetJS, for the .xls files the layer leaves to it, under the same limits', () => {
  it('reads an HTML table saved as .xls', () => {
    const read = readWorkbook(encode('<html><body><table><tr><td>SuR</td><td>Recommendation</td></tr><tr><td>Slovenia</td><td>Ratify</td></tr></table></body></html>'), 'xls')
    expect(read.ok && read.value.tables[0]?.rows).toEqual([['SuR', 'Recommendation'], ['Slovenia', 'Ratify']])
  })

  it('refuses a cell spanning beyond Excel\'s columns before walking it', () => {
    const meter = newMeter()
    const read = readWorkbook(encode('<html><body><table><tr><td>SuR</td></tr><tr><td colspan="100000000">x</td><td>y</td></tr></table></body></html>'), 'xls', { meter })
    expect(read).toEqual({ ok: false, problem: { code: 'column-beyond-limit', column: 100_000_001, limit: 16_384 } })
    expect(meter.cells).toBeLessThan(10)
  })

  it('refuses what SheetJS cannot read, with its reason', () => {
    const read = readWorkbook(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0), 'xls')
    expect(read).toEqual({ ok: false, problem: { code: 'cfb-too-short', bytes: 4 } })
  })
})
