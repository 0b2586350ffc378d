import { describe, expect, it, vi } from 'vitest'
import * as xlsxModule from '@e965/xlsx'
import * as workbookModule from '../../../src-renderer/import/formats/workbook'
import { parseSource } from '../../../src-renderer/import/parse-source'
import { parseUhriExport } from '../../../src-renderer/import/uhri'

// Counts the workbook reads of the importers (the reading layer's `readWorkbook`, and SheetJS `read`,
// which .xlsx files no longer need), keeping their behaviour.
vi.mock('@e965/xlsx', async (importOriginal) => {
  const original = await importOriginal<typeof xlsxModule>()
  return { ...original, read: vi.fn(original.read) }
})
vi.mock('../../../src-renderer/import/formats/workbook', async (importOriginal) => {
  const original = await importOriginal<typeof workbookModule>()
  return { ...original, readWorkbook: vi.fn(original.readWorkbook) }
})

const HEADER = ['Text', 'Countries Concerned', 'Recommending Body', 'Document Symbol', 'UPR Recommending States', 'UPR Position', 'UPR Session']

function uhriXlsx(): Uint8Array {
  const rows = [
    HEADER,
    ['122.7 Ratify the Optional Protocol to the Convention against Torture (Denmark);', '- Slovenia', '- UPR', 'A/HRC/43/15', '- Denmark', '- Supported', '- 34'],
    ['122.8 Abolish corporal punishment in all settings (Ghana);', '- Slovenia', '- UPR', 'A/HRC/43/15', '- Ghana', '- Noted', '- 34']
  ]
  const wb = xlsxModule.utils.book_new()
  xlsxModule.utils.book_append_sheet(wb, xlsxModule.utils.aoa_to_sheet(rows), 'Recommendations')
  return new Uint8Array(xlsxModule.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)
}

describe('parseSource on spreadsheets', () => {
  it('reads a UHRI workbook once, though it tries the UPR Info columns first', async () => {
    const bytes = uhriXlsx()
    const read = vi.mocked(workbookModule.readWorkbook)
    const sheetJs = vi.mocked(xlsxModule.read)
    read.mockClear()
    sheetJs.mockClear()
    const parsed = await parseSource(bytes, 'uhri.xlsx')
    expect(read).toHaveBeenCalledTimes(1)
    expect(sheetJs).not.toHaveBeenCalled()
    expect(parsed.kind).toBe('recommendations')
    if (parsed.kind !== 'recommendations') return
    expect(parsed.result.source.kind).toBe('uhri')
    expect(parsed.result.recommendations.map((r) => r.number)).toEqual(['122.7', '122.8'])
    // The same as the UHRI importer alone.
    expect(parsed.result).toEqual(parseUhriExport(bytes, 'uhri.xlsx'))
  })

  it('names both expected headers when a workbook is neither export', async () => {
    const wb = xlsxModule.utils.book_new()
    xlsxModule.utils.book_append_sheet(wb, xlsxModule.utils.aoa_to_sheet([['Name', 'Price'], ['Tea', 3]]), 'Sheet1')
    const parsed = await parseSource(new Uint8Array(xlsxModule.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), 'prices.xlsx')
    expect(parsed.kind).toBe('recommendations')
    if (parsed.kind !== 'recommendations') return
    expect(parsed.result.recommendations).toEqual([])
    const text = parsed.result.warnings.map((w) => w.message).join('\n')
    expect(text).toContain('Recommendation')
    expect(text).toContain('Text')
  })
})
