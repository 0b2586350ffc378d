/**
 * Regression tests for hostile files that once made the importers run for minutes, grow to gigabytes
 * or abort V8 (issue 17). Each file is built here, in code; each is refused with a message that names
 * the problem, and the refusal is checked against what the reading layer produced (bytes inflated,
 * cells made), not against the clock.
 */
import { describe, expect, it } from 'vitest'
import { docxToText } from '../../../src-renderer/import/docx-text'
import { newMeter, READ_LIMITS } from '../../../src-renderer/import/formats/limits'
import { INFLATE_SLACK } from '../../../src-renderer/import/formats/zip'
import { readMeasuresFile } from '../../../src-renderer/import/measures/read-measures-file'
import { parseOhchrMatrix } from '../../../src-renderer/import/ohchr-matrix'
import { parseSource } from '../../../src-renderer/import/parse-source'
import { parseUhriExport } from '../../../src-renderer/import/uhri'
import { parseUprInfoExport } from '../../../src-renderer/import/upr-info'
import { buildZip, docxBomb, docxParts, unclosedParagraphsXml, xlsOfFarCells, xlsxDeclaringZero, xlsxWithRowNumber } from './formats/hostile-files'

const ONE_SLICE = 64 * 1032

describe('a 2 KB .xlsx whose one data row is numbered 169,220,804', () => {
  const bytes = xlsxWithRowNumber(169_220_804)
  const message = "Cannot read export.xlsx: this file looks damaged: its row 169,220,804 is beyond Excel's limit of 1,048,576 rows."

  it('is refused by every spreadsheet importer, naming the row and the limit, having made a dozen cells', async () => {
    expect(bytes.length).toBeLessThan(6 * 1024)
    const meter = newMeter()
    const parsed = await parseSource(bytes, 'export.xlsx', { meter })
    expect(parsed.kind === 'recommendations' && parsed.result.recommendations).toEqual([])
    expect(parsed.kind === 'recommendations' && parsed.result.warnings).toEqual([
      {
        code: 'file.cannotRead',
        values: { file: 'export.xlsx', reason: { message: { code: 'read.row-beyond-limit', values: { row: 169_220_804, limit: 1_048_576 } } } },
        message,
        problem: { code: 'row-beyond-limit', row: 169_220_804, limit: 1_048_576 }
      }
    ])
    expect(meter.cells).toBeLessThan(100)
    expect(parseUprInfoExport(bytes, 'export.xlsx').warnings[0]?.message).toBe(message)
    expect(parseUhriExport(bytes, 'export.xlsx').warnings[0]?.message).toBe(message)
    expect(readMeasuresFile(bytes, 'measures.xlsx').problems[0]?.message).toBe("measures.xlsx cannot be read as an Excel workbook: this file looks damaged: its row 169,220,804 is beyond Excel's limit of 1,048,576 rows.")
  })

  it('is read when its row is within the limit', () => {
    const result = parseUprInfoExport(xlsxWithRowNumber(1_048_576), 'export.xlsx')
    expect(result.recommendations.map((r) => r.at)).toEqual([{ row: 1_048_576, sheet: 'UPR Info database export' }])
  })
})

describe('a 200 KB .docx that unpacks to 200 MB', () => {
  it('is refused before a byte is unpacked when it says so', async () => {
    const bytes = docxBomb(200)
    expect(bytes.length).toBeLessThan(250 * 1024)
    const meter = newMeter()
    const parsed = await parseSource(bytes, 'report.docx', { meter })
    expect(parsed).toEqual({
      kind: 'error',
      code: 'docx.cannotOpen',
      values: { file: 'report.docx', reason: { message: { code: 'read.entry-too-large', values: { entry: 'word/document.xml', declaredMb: 200, limitMb: 64 } } } },
      message: 'Cannot open report.docx as a Word .docx file: its part "word/document.xml" unpacks to 200 MB, more than the 64 MB UPR Desk reads from one part: it is damaged or not an export.'
    })
    expect(meter.inflatedBytes).toBe(0)
    expect((await parseOhchrMatrix(bytes, 'matrix.docx')).warnings[0]?.problem).toMatchObject({ code: 'entry-too-large' })
    await expect(docxToText(bytes)).rejects.toThrow(/unpacks to 200 MB/)
  })

  it('is refused soon after the size it declares when it lies', async () => {
    const meter = newMeter()
    const parsed = await parseSource(docxBomb(200, 2000), 'report.docx', { meter })
    expect(parsed).toEqual({
      kind: 'error',
      code: 'docx.cannotOpen',
      values: { file: 'report.docx', reason: { message: { code: 'read.entry-size-mismatch-more', values: { entry: 'word/document.xml', declared: 2000 } } } },
      message: 'Cannot open report.docx as a Word .docx file: this file looks damaged: its part "word/document.xml" says it unpacks to 2,000 bytes but holds more.'
    })
    expect(meter.inflatedBytes).toBeLessThanOrEqual(2000 + INFLATE_SLACK + ONE_SLICE)
  })
})

describe('a 300 KB .xlsx whose worksheet declares 0 bytes and unpacks to 300 MB', () => {
  const bytes = xlsxDeclaringZero(300)

  it('passes the measures import zip check (it adds declared sizes) but is refused at the budget', () => {
    expect(bytes.length).toBeLessThan(350 * 1024)
    const meter = newMeter()
    const result = readMeasuresFile(bytes, 'measures.xlsx', { meter })
    expect(result.problems[0]?.message).toBe('measures.xlsx cannot be read as an Excel workbook: this file looks damaged: its part "xl/worksheets/sheet1.xml" does not say how big it is and unpacks to more than 64 MB, more than UPR Desk reads from one part.')
    expect(meter.inflatedBytes).toBeLessThanOrEqual(READ_LIMITS.maxEntryBytes + ONE_SLICE)
  })

  it('is refused by the recommendation importers with the same reason', async () => {
    const meter = newMeter()
    const parsed = await parseSource(bytes, 'export.xlsx', { meter })
    expect(parsed.kind === 'recommendations' && parsed.result.warnings[0]?.problem).toEqual({ code: 'entry-size-undeclared', entry: 'xl/worksheets/sheet1.xml', limit: READ_LIMITS.maxEntryBytes })
    expect(meter.inflatedBytes).toBeLessThanOrEqual(READ_LIMITS.maxEntryBytes + ONE_SLICE)
  })
})

describe('a .docx whose 200,000 paragraphs never close', () => {
  it('is read in one pass by both Word paths (the text, and the matrix reader that finds no table)', async () => {
    const bytes = buildZip(docxParts(unclosedParagraphsXml(200_000)))
    const text = await docxToText(bytes)
    expect(text.split('\n')).toHaveLength(200_000)
    const matrix = await parseOhchrMatrix(bytes, 'matrix.docx')
    expect(matrix.warnings[0]?.message).toMatch(/No table with a header row/)
    const parsed = await parseSource(bytes, 'report.docx')
    expect(parsed.kind).toBe('recommendations')
  })
})

describe('Excel 97-2003 files that would pad every row to 65,536 columns', () => {
  it('are refused at the first far cell', () => {
    const meter = newMeter()
    const result = parseUprInfoExport(xlsOfFarCells(300, 65_535), 'export.xls', { meter })
    expect(result.warnings).toEqual([
      {
        code: 'file.cannotRead',
        values: { file: 'export.xls', reason: { message: { code: 'read.column-beyond-limit-xls', values: { column: 65_536, limit: 256 } } } },
        message: "Cannot read export.xls: this file looks damaged: its column 65,536 is beyond Excel 97-2003's limit of 256 columns.",
        problem: { code: 'column-beyond-limit', column: 65_536, limit: 256, xls: true }
      }
    ])
    expect(meter.cells).toBe(0)
  })
})
