import fc from 'fast-check'
import { read, utils, write, type CellObject } from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import type { CellValue, SheetTable } from '../../../../src-renderer/import/formats/grid'
import { newMeter, READ_LIMITS } from '../../../../src-renderer/import/formats/limits'
import { cellValue } from '../../../../src-renderer/import/formats/sheetjs'
import { readXlsx } from '../../../../src-renderer/import/formats/xlsx'
import { buildZip, sheetXml, xlsxOfFarCells, xlsxParts, xlsxWithColumn, xlsxWithRowNumber, type ZipPart } from './hostile-files'
import { FUZZ_SEED } from '../../fuzz-seed'

/** What the importers read from a workbook through SheetJS before the layer had its own reader. */
function sheetJsTables(bytes: Uint8Array): { sheet: string; rows: CellValue[][] }[] {
  const wb = read(bytes, { type: 'array', dense: true })
  return wb.SheetNames.flatMap((name) => {
    const data = (wb.Sheets[name] as { '!data'?: (CellObject | undefined)[][] } | undefined)?.['!data']
    if (!data) return []
    return [{ sheet: name, rows: trim(Array.from(data, (row) => (row ? Array.from(row, (c) => cellValue(c)) : []))) }]
  })
}

function trim(rows: CellValue[][]): CellValue[][] {
  const out = rows.map((row) => {
    let n = row.length
    while (n > 0 && (row[n - 1] ?? null) === null) n--
    return row.slice(0, n).map((c) => c ?? null)
  })
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop()
  return out
}

function mine(bytes: Uint8Array): { sheet: string; rows: CellValue[][] }[] {
  const read = readXlsx(bytes)
  if (!read.ok) throw new Error(JSON.stringify(read.problem))
  return read.value.tables.map((t: SheetTable) => ({ sheet: t.sheet ?? '', rows: trim(t.rows) }))
}

function book(sheets: Record<string, unknown[][]>, bookType: 'xlsx' = 'xlsx'): Uint8Array {
  const wb = utils.book_new()
  for (const [name, rows] of Object.entries(sheets)) utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), name)
  return new Uint8Array(write(wb, { type: 'array', bookType }) as ArrayBuffer)
}

describe('readXlsx reads what SheetJS reads', () => {
  it('text, numbers, Booleans, empty cells, several sheets', () => {
    const bytes = book({
      'UPR Info database export': [
        ['SuR', 'Recommendation', 'Action', 'Ok'],
        ['Côte d’Ivoire', 'Line one\nline two & <three> "four"', 5, true],
        [null, '  spaced  ', 1.25, false],
        [],
        ['after a gap', '', -3e-7, null]
      ],
      Other: [['x'], [1, 2, 3]]
    })
    expect(mine(bytes)).toEqual(sheetJsTables(bytes))
    expect(mine(bytes)[0]?.rows[1]).toEqual(['Côte d’Ivoire', 'Line one\nline two & <three> "four"', 5, true])
  })

  it('any cells SheetJS writes (fixed seed)', () => {
    // Text with '&' is left out: SheetJS decodes the entities of its own formula-text cells twice (next test).
    const text = fc
      .oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom('a\r\nb', '_x000D_', 'tab\there', '\u0001\u001f', ']]>', '<w:t>', '  ', ''))
      .filter((t) => !t.includes('&'))
    const cell = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null))
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), (rows) => {
        const bytes = book({ S: rows })
        expect(mine(bytes)).toEqual(sheetJsTables(bytes))
      }),
      { seed: FUZZ_SEED, numRuns: 150 }
    )
  })

  it('reads text that looks like an entity as it was typed (SheetJS turns "&amp;" into "&")', () => {
    const bytes = book({ S: [['&amp;', 'a &lt; b', 'R&D']] })
    expect(mine(bytes)[0]?.rows).toEqual([['&amp;', 'a &lt; b', 'R&D']])
    expect(sheetJsTables(bytes)[0]?.rows).toEqual([['&', 'a < b', 'R&D']])
  })

  it('shared strings with rich text, phonetic guides and escapes; inline strings; errors; formulas; dates', () => {
    const sst = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>plain</t></si><si><r><t>rich </t></r><r><rPr><b/></rPr><t xml:space="preserve">text</t></r><rPh><t>フリガナ</t></rPh></si><si><t>a_x000D_b&amp;c</t></si></sst>'
    const cells = [
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>99</v></c></row>',
      '<row r="2"><c r="A2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="B2" t="e"><v>#N/A</v></c><c r="C2"><f>1+1</f></c><c r="D2" t="str"><f>A1</f><v>formula text</v></c></row>',
      '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="d"><v>2020-04-01T00:00:00Z</v></c><c r="C3" s="3"/><c r="E3"><v>43922</v></c></row>'
    ].join('')
    const parts: ZipPart[] = [...xlsxParts(sheetXml(cells)), { name: 'xl/sharedStrings.xml', data: sst }]
    const read = readXlsx(buildZip(parts))
    expect(read.ok && read.value.tables[0]?.rows).toEqual([
      ['plain', 'rich text', 'a\rb&c', null],
      ['inline', null, 0, 'formula text'],
      [true, 43922, null, null, 43922]
    ])
  })

  it('prefixed SpreadsheetML, absolute targets, the 1904 date system, chart sheets and picking sheets', () => {
    const x = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    const parts: ZipPart[] = [
      { name: '_rels/.rels', data: '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/book.xml"/></Relationships>' },
      { name: 'xl/book.xml', data: `<x:workbook ${x}><x:workbookPr date1904="true"/><x:sheets><x:sheet name="Chart" sheetId="1" r:id="c1"/><x:sheet name="A &amp; B" sheetId="2" r:id="s1"/><x:sheet name="Skip" sheetId="3" r:id="s2"/></x:sheets></x:workbook>` },
      { name: 'xl/_rels/book.xml.rels', data: '<Relationships><Relationship Id="c1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/../worksheets/one.xml"/><Relationship Id="s2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/two.xml"/></Relationships>' },
      { name: 'xl/worksheets/one.xml', data: `<x:worksheet ${x}><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>first</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c r="C2"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>` },
      { name: 'xl/worksheets/two.xml', data: '<worksheet><sheetData><row r="1"><c r="A1"><v>9</v></c></row></sheetData></worksheet>' }
    ]
    const read = readXlsx(buildZip(parts), { pickSheets: (names) => names.filter((n) => n !== 'Skip') })
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.value.sheetNames).toEqual(['Chart', 'A & B', 'Skip'])
    expect(read.value.date1904).toBe(true)
    expect(read.value.tables).toEqual([{ sheet: 'A & B', rows: [['first', 2], [null, null, 3]], rowNumbers: [1, 2], date1904: true }])
  })

  it('keeps only `rowCap` rows but still says where the sheet ends', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`r${i + 1}`])
    const read = readXlsx(book({ S: rows }), { rowCap: 10 })
    expect(read.ok && read.value.tables[0]?.rows.length).toBe(10)
    expect(read.ok && read.value.tables[0]?.lastRow).toBe(50)
  })
})

describe('readXlsx refuses what is beyond Excel and the budget, before making it', () => {
  it('a row numbered beyond 1,048,576', () => {
    const meter = newMeter()
    const read = readXlsx(xlsxWithRowNumber(169_220_804), { meter })
    expect(read).toEqual({ ok: false, problem: { code: 'row-beyond-limit', row: 169_220_804, limit: 1_048_576 } })
    expect(meter.cells).toBeLessThan(100)
  })

  it('a column beyond XFD', () => {
    expect(readXlsx(xlsxWithColumn('XFE'))).toEqual({ ok: false, problem: { code: 'column-beyond-limit', column: 16_385, limit: 16_384 } })
    expect(readXlsx(xlsxWithColumn('ZZZZZZZZZZZZ')).ok).toBe(false)
    expect(readXlsx(xlsxWithColumn('XFD')).ok).toBe(true)
  })

  it('more cells than the budget (each row padded to column XFD)', () => {
    const meter = newMeter()
    const read = readXlsx(xlsxOfFarCells(400), { meter })
    expect(read).toEqual({ ok: false, problem: { code: 'too-many-cells', limit: READ_LIMITS.maxCells } })
    expect(meter.cells).toBeLessThanOrEqual(READ_LIMITS.maxCells + 16_384)
    // The same file within a larger budget reads (the budget is what refused it, nothing else).
    expect(readXlsx(xlsxOfFarCells(400), { limits: { maxCells: 7_000_000 } }).ok).toBe(true)
  })

  it('a ZIP that is not a workbook, and bytes that are no ZIP', () => {
    expect(readXlsx(buildZip([{ name: 'word/document.xml', data: '<w:document/>' }]))).toEqual({ ok: false, problem: { code: 'no-workbook-part' } })
    expect(readXlsx(new TextEncoder().encode('SuR,Recommendation'))).toEqual({ ok: false, problem: { code: 'not-zip' } })
  })
})
