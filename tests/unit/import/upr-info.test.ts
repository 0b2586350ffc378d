import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { fixedRuns } from '../fuzz-seed'
import { CFB, read, utils, write, type CellObject } from '@e965/xlsx'
import {
  checkCompoundFile,
  findUprInfoColumns,
  parseCsvRecords,
  parseUprInfoExport,
  positionFromLabel,
  readBiff8Tables,
  type CellValue
} from '../../../src-renderer/import/upr-info'
import { encodeSingleByte } from './encoding'

const HEADER = ['SuR', 'Rgrp', 'Org', 'Recommendation', 'RS', 'Rgrp', 'Org', 'Response', 'Action', 'Issue', 'Session']

const ROWS: (string | number)[][] = [
  ['Côte d’Ivoire', 'Africa', 'AU, OIF', 'Ensure the “right to education” – for all children, including Roma’s', 'Türkiye', 'Asia', 'OIC', 'Accepted', 4, 'Right to education,Rights of the Child', 5],
  ['México', 'GRULAC', 'OAS', 'Adopt the law on "hate speech"\nby 2020, as planned', 'France', 'WEOG', 'EU, OIF', 'Noted', 5, 'Racial discrimination', 5],
  ['Slovenia', 'EEG', 'EU', 'Consider ratifying ILO Convention 189', 'Philippines', 'Asia', '', 'Partially accepted', 3, '', 20],
  ['Slovenia', 'EEG', 'EU', 'Continue its efforts; strengthen the Ombudsman', 'Algeria', 'Africa', 'AU', 'Supported in part', 2, 'NHRI', 20],
  ['', '', '', '', '', '', '', '', '', '', ''],
  ['Slovenia', 'EEG', 'EU', 'Share good practices', 'Angola', 'Africa', 'AU', 'Pending', 1, 'Other', 20],
  ['Slovenia', 'EEG', 'EU', 'Establish a national plan', 'Chile', 'GRULAC', 'OAS', 'No response', 5, 'National plan of action', 20],
  ['Slovenia', 'EEG', 'EU', 'Abolish the practice', 'Norway', 'WEOG', '', '', 5, 'Justice', 20],
  ['Slovenia', 'EEG', 'EU', 'Ratify the Convention', 'Spain', 'WEOG', 'EU', 'Rejected', 5, 'International instruments', 20],
  ['Slovenia', 'EEG', 'EU', 'Guarantee the rights of the “erased”', 'Ghana', 'Africa', 'AU', 'Supported', 4, 'Minorities, Migrants', 20]
]

function csvField(v: string | number, d: string): string {
  const s = String(v)
  return /["\n,;]/.test(s) || s.includes(d) ? `"${s.replace(/"/g, '""')}"` : s
}

function buildCsv(d: string, eol: string): string {
  const lines = [HEADER, ...ROWS].map((r) => r.map((v) => csvField(v, d)).join(d).replace(/\n/g, eol))
  return lines.join(eol) + eol
}

function checkRecords(result: ReturnType<typeof parseUprInfoExport>): void {
  const recs = result.recommendations
  expect(recs).toHaveLength(9)
  expect(recs.map((r) => r.position)).toEqual(['supported', 'noted', 'supported-in-part', 'supported-in-part', 'pending', 'pending', 'pending', 'noted', 'supported'])
  expect(recs[0]).toMatchObject({
    number: null,
    text: 'Ensure the “right to education” – for all children, including Roma’s',
    recommendingStatesRaw: ['Türkiye'],
    stateUnderReviewName: 'Côte d’Ivoire',
    session: 5,
    sourceActionCategory: 4,
    sourceThemes: ['Right to education', 'Rights of the Child'],
    positionSource: 'UPR Info Response'
  })
  expect(recs[1]?.text).toBe('Adopt the law on "hate speech" by 2020, as planned')
  expect(recs[1]?.stateUnderReviewName).toBe('México')
  expect(recs[2]?.sourceThemes).toEqual([])
  expect(recs[8]?.sourceThemes).toEqual(['Minorities', 'Migrants'])
  expect(recs.map((r) => r.sourceActionCategory)).toEqual([4, 5, 3, 2, 1, 5, 5, 5, 4])
  expect(result.source.kind).toBe('upr-info')
}

describe('parseUprInfoExport: CSV', () => {
  const encodings = ['utf-8', 'utf-8-bom', 'windows-1252', 'macintosh'] as const
  const endings = { LF: '\n', CRLF: '\r\n', CR: '\r' }
  for (const enc of encodings) {
    for (const [name, eol] of Object.entries(endings)) {
      it(`reads ${enc} with ${name} line ends`, () => {
        const text = buildCsv(',', eol)
        const bytes =
          enc === 'utf-8'
            ? new TextEncoder().encode(text)
            : enc === 'utf-8-bom'
              ? Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
              : encodeSingleByte(text, enc)
        const result = parseUprInfoExport(bytes, 'export.csv')
        expect(result.warnings).toEqual([])
        checkRecords(result)
        // Records point at their CSV line: the quoted line break in row 3 moves the next rows down.
        expect(result.recommendations[0]?.at).toEqual({ row: 2, line: 2 })
        expect(result.recommendations[1]?.at).toEqual({ row: 3, line: 3 })
        expect(result.recommendations[2]?.at).toEqual({ row: 4, line: 5 })
      })
    }
  }

  it('reads ; as delimiter', () => {
    const result = parseUprInfoExport(new TextEncoder().encode(buildCsv(';', '\r\n')), 'export.csv')
    checkRecords(result)
  })

  it('warns about an unknown response and an out-of-range action, once per kind, with the rows', () => {
    const csv = [HEADER.join(','), 'Slovenia,EEG,EU,Do A,France,WEOG,EU,Maybe,9,,20', 'Slovenia,EEG,EU,Do B,Spain,WEOG,EU,Maybe,7,,20', 'Slovenia,EEG,EU,Do C,Italy,WEOG,EU,Accepted,x,,twenty'].join('\n')
    const result = parseUprInfoExport(new TextEncoder().encode(csv), 'e.csv')
    expect(result.recommendations.map((r) => r.position)).toEqual(['pending', 'pending', 'supported'])
    const messages = result.warnings.map((w) => w.message)
    expect(messages.find((m) => m.includes('"Maybe"'))).toMatch(/2 rows: 2, 3/)
    expect(messages.filter((m) => m.includes('not a category 1-5'))).toHaveLength(3)
    expect(messages.find((m) => m.includes('Session "twenty"'))).toBeDefined()
    expect(result.warnings.find((w) => w.message.includes('"Maybe"'))?.at).toMatchObject({ row: 2, line: 2, column: 'Response' })
  })

  it('says when a quoted field is never closed', () => {
    const csv = `${HEADER.join(',')}\nSlovenia,EEG,EU,"Do A,France,WEOG,EU,Accepted,4,,20\n`
    const result = parseUprInfoExport(new TextEncoder().encode(csv), 'e.csv')
    expect(result.warnings.some((w) => /never closed/.test(w.message) && w.at?.line === 2)).toBe(true)
  })
})

describe('parseCsvRecords', () => {
  it('handles quotes, doubled quotes, embedded line ends and empty fields', () => {
    const { records } = parseCsvRecords('a,"b ""c""",\r\n"x\r\ny",,z\rlast', ',')
    expect(records).toEqual([
      { fields: ['a', 'b "c"', ''], line: 1 },
      { fields: ['x\ny', '', 'z'], line: 2 },
      { fields: ['last'], line: 4 }
    ])
  })
})

describe('parseUprInfoExport: Excel', () => {
  function workbook(rows: (string | number | null)[][], bookType: 'xlsx' | 'biff8'): Uint8Array {
    const wb = utils.book_new()
    utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), 'UPR Info database export')
    return new Uint8Array(write(wb, { type: 'array', bookType }) as ArrayBuffer)
  }
  const rows = [HEADER, ...ROWS.map((r) => r.map((v) => (v === '' ? null : v))), []]

  it('reads an .xlsx with the same results as the CSV', () => {
    const result = parseUprInfoExport(workbook(rows, 'xlsx'), 'export.xlsx')
    expect(result.warnings).toEqual([])
    checkRecords(result)
    expect(result.recommendations[0]?.at).toEqual({ row: 2, sheet: 'UPR Info database export' })
  })

  it('reads a BIFF8 .xls, actions given as text', () => {
    const asText = rows.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 8 && v !== null ? String(v) : v))))
    const result = parseUprInfoExport(workbook(asText, 'biff8'), 'export.xls')
    checkRecords(result)
  })

  it('finds the header below title rows', () => {
    const result = parseUprInfoExport(workbook([['UPR Info database export'], [], HEADER, ...rows.slice(1)], 'xlsx'), 'export.xlsx')
    checkRecords(result)
    expect(result.recommendations[0]?.at?.row).toBe(4)
  })

  it('names the missing columns and the header it found', () => {
    const result = parseUprInfoExport(workbook([['State', 'Text', 'Response'], ['Slovenia', 'Ratify', 'Accepted']], 'xlsx'), 'x.xlsx')
    expect(result.recommendations).toEqual([])
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]?.message).toBe(
      'Missing required columns Recommendation, SuR. Header found in row 1 of sheet "UPR Info database export": State | Text | Response. Expected: SuR | Rgrp | Org | Recommendation | RS | Rgrp | Org | Response | Action | Issue | Session.'
    )
  })

  it('says so when a sheet has the header but no rows', () => {
    const result = parseUprInfoExport(workbook([HEADER], 'xlsx'), 'x.xlsx')
    expect(result.recommendations).toEqual([])
    expect(result.warnings[0]?.message).toMatch(/no data rows/)
  })

  it('rejects a truncated .xls and a truncated .xlsx with a clear error', () => {
    const xls = workbook(rows, 'biff8')
    for (const cut of [0.3, 0.9, 0.999]) {
      const result = parseUprInfoExport(xls.slice(0, Math.floor(xls.length * cut)), 'export.xls')
      expect(result.recommendations).toEqual([])
      expect(result.warnings[0]?.message).toMatch(/^Cannot read export\.xls: the file is (truncated|damaged)/)
    }
    const xlsx = workbook(rows, 'xlsx')
    const result = parseUprInfoExport(xlsx.slice(0, Math.floor(xlsx.length * 0.6)), 'export.xlsx')
    expect(result.recommendations).toEqual([])
    expect(result.warnings[0]?.message).toMatch(/Cannot read export\.xlsx|not a spreadsheet/)
  })

  it('accepts an intact compound file', () => {
    expect(checkCompoundFile(workbook(rows, 'biff8'))).toBeNull()
  })
})

describe('parseUprInfoExport: bad input never throws', () => {
  it('empty file', () => {
    const result = parseUprInfoExport(new Uint8Array(0), 'empty.csv')
    expect(result.recommendations).toEqual([])
    expect(result.warnings[0]?.message).toMatch(/empty/)
  })

  it('random bytes, under any name', () => {
    let seed = 42
    const random = Uint8Array.from({ length: 20000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed >> 16) & 0xff)
    for (const name of ['x.xls', 'x.xlsx', 'x.csv', 'x']) {
      const result = parseUprInfoExport(random, name)
      expect(result.recommendations).toEqual([])
      expect(result.warnings.length).toBeGreaterThan(0)
    }
    // Random bytes behind a real signature.
    const fakeCfb = random.slice()
    fakeCfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(parseUprInfoExport(fakeCfb, 'x.xls').recommendations).toEqual([])
    const fakeZip = random.slice()
    fakeZip.set([0x50, 0x4b, 0x03, 0x04, ...Array.from('xl/workbook.xml', (c) => c.charCodeAt(0))])
    expect(parseUprInfoExport(fakeZip, 'x.xlsx').warnings[0]?.message).toMatch(/Cannot read x\.xlsx/)
  })

  it('any text as CSV, and any damage to a workbook', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parseUprInfoExport(new TextEncoder().encode(text), 'x.csv')
        expect(Array.isArray(result.recommendations)).toBe(true)
      }),
      fixedRuns(300)
    )
    const wb = utils.book_new()
    utils.book_append_sheet(wb, utils.aoa_to_sheet([HEADER, ...ROWS]), 'S')
    // SheetJS reports unknown BIFF records on the console; the parser's own warnings are what count here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    for (const bookType of ['biff8', 'xlsx'] as const) {
      const good = new Uint8Array(write(wb, { type: 'array', bookType }) as ArrayBuffer)
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(good.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }), (edits) => {
          const bad = good.slice()
          for (const [at, value] of edits) bad[at] = value
          const result = parseUprInfoExport(bad, `x.${bookType === 'biff8' ? 'xls' : 'xlsx'}`)
          expect(result.recommendations.length).toBeLessThanOrEqual(ROWS.length)
        }),
        fixedRuns(60)
      )
    }
    quiet.mockRestore()
  })

  it('a PDF or a Word file', () => {
    expect(parseUprInfoExport(new TextEncoder().encode('%PDF-1.4\n'), 'x.pdf').warnings[0]?.message).toMatch(/is a PDF/)
  })

  it('a CSV that is not a UPR Info export', () => {
    const result = parseUprInfoExport(new TextEncoder().encode('name,age,city\nAna,3,Ljubljana\n'), 'people.csv')
    expect(result.recommendations).toEqual([])
    expect(result.warnings[0]?.message).toMatch(/^Missing required columns Recommendation, SuR\. Header found in row 1: name \| age \| city\./)
  })
})

describe('findUprInfoColumns', () => {
  it('gives the first Rgrp/Org to SuR and the second to RS', () => {
    expect(findUprInfoColumns(HEADER).index).toEqual({
      sur: 0,
      surRgrp: 1,
      surOrg: 2,
      recommendation: 3,
      rs: 4,
      rsRgrp: 5,
      rsOrg: 6,
      response: 7,
      action: 8,
      issue: 9,
      session: 10
    })
  })

  it('follows the columns wherever they are, case and spaces ignored', () => {
    const m = findUprInfoColumns(['Recommendation', ' rs ', 'RGRP', 'ORG', 'S u R', 'Rgrp', 'Org', 'Response'])
    expect(m.index).toMatchObject({ recommendation: 0, rs: 1, rsRgrp: 2, rsOrg: 3, sur: 4, surRgrp: 5, surOrg: 6, response: 7 })
  })

  it('warns about a repeated column', () => {
    const m = findUprInfoColumns(['SuR', 'Recommendation', 'Recommendation'])
    expect(m.index.recommendation).toBe(1)
    expect(m.warnings[0]?.message).toMatch(/appears twice/)
  })
})

describe('positionFromLabel', () => {
  it.each([
    ['Accepted', 'supported'],
    ['Supported', 'supported'],
    ['- Supported', 'supported'],
    ['Noted', 'noted'],
    ['Rejected', 'noted'],
    ['Partially accepted', 'supported-in-part'],
    ['Supported in part', 'supported-in-part'],
    ['Supported/Noted', 'supported-in-part'],
    ['Supported / Noted', 'supported-in-part'],
    ['Pending', 'pending'],
    ['No response', 'pending'],
    ['', 'pending'],
    ['Accepted in principle', null],
    ['Maybe', null]
  ] as const)('%s -> %s', (label, position) => {
    expect(positionFromLabel(label)).toBe(position)
  })
})

describe('readBiff8Tables (the .xls fast path) reads what SheetJS reads', () => {
  function sheetJsRows(bytes: Uint8Array, sheet: string): CellValue[][] {
    const wb = read(bytes, { type: 'array', dense: true })
    const data = (wb.Sheets[sheet] as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? []
    return Array.from(data, (row) =>
      Array.from(row ?? [], (cell) => (cell === undefined || cell.t === 'e' || cell.t === 'z' ? null : (cell.v as CellValue)))
    )
  }
  const trim = (rows: CellValue[][]): CellValue[][] => {
    const out = rows.map((r) => {
      const copy = [...r]
      while (copy.length > 0 && (copy[copy.length - 1] ?? null) === null) copy.pop()
      return copy
    })
    while (out.length > 0 && (out[out.length - 1] ?? []).length === 0) out.pop()
    return out
  }

  it('numbers, Booleans, empty cells, long and non-Latin strings across CONTINUE records, two sheets', () => {
    const long = 'Ratify the Convention. '.repeat(1200) // 27,600 characters: several CONTINUE records
    const wide = 'Côte d’Ivoire – Türkiye – Ελλάδα – 中国 – '.repeat(400)
    const many = Array.from({ length: 800 }, (_, i) => [`Recommendation number ${i} to Slovenia`, i, i / 7, -i * 1000, i % 2 === 0, i % 3 === 0 ? null : `Issue ${i % 50}`])
    const wb = utils.book_new()
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['Text', 'n', 'x', 'neg', 'flag', 'issue'], [long, 1.5, 0.01, -3, true, wide], ...many, [null], ['last', 1e15, 123456789.123, 2 ** 31, false, '']]), 'First')
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['SuR', 'Recommendation'], ['Slovenia', wide]]), 'Second')
    const bytes = new Uint8Array(write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer)
    const tables = readBiff8Tables(bytes)
    expect(tables).not.toBeNull()
    expect(tables?.map((t) => t.sheet)).toEqual(['First', 'Second'])
    expect(trim(tables?.[0]?.rows ?? [])).toEqual(trim(sheetJsRows(bytes, 'First')))
    expect(trim(tables?.[1]?.rows ?? [])).toEqual(trim(sheetJsRows(bytes, 'Second')))
  })

  it('a hand-built BIFF8 stream: strings split over CONTINUE records, RK, MULRK, FORMULA results', () => {
    const u16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff]
    const u32 = (n: number): number[] => [...u16(n & 0xffff), ...u16(Math.floor(n / 65536))]
    const f64 = (x: number): number[] => {
      const v = new DataView(new ArrayBuffer(8))
      v.setFloat64(0, x, true)
      return Array.from(new Uint8Array(v.buffer))
    }
    const latin = (t: string): number[] => Array.from(t, (c) => c.charCodeAt(0))
    const utf16 = (t: string): number[] => Array.from(t).flatMap((c) => u16(c.charCodeAt(0)))
    const rec = (type: number, payload: number[]): number[] => [...u16(type), ...u16(payload.length), ...payload]
    const bof = (dt: number): number[] => rec(0x0809, [...u16(0x0600), ...u16(dt), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])

    // Shared strings: "Slovenia"; a 3,000-character string whose characters run on into two CONTINUE
    // records, the second one in UTF-16; a rich string whose formatting runs straddle a CONTINUE.
    const part1 = 'Ratify the Convention. '.repeat(44).slice(0, 1000)
    const part2 = 'Türkiye – Côte d’Ivoire. '.repeat(40).slice(0, 1000)
    const part3 = 'Noted by the State. '.repeat(50).slice(0, 1000)
    const sst = rec(0x00fc, [...u32(3), ...u32(3), ...u16(8), 0, ...latin('Slovenia'), ...u16(3000), 0, ...latin(part1)])
    const cont1 = rec(0x003c, [1, ...utf16(part2)])
    const cont2 = rec(0x003c, [0, ...latin(part3), ...u16(5), 0x08, ...u16(2), ...latin('Women'), 0, 0, 1, 0])
    const cont3 = rec(0x003c, [3, 0, 1, 0])
    const sheetName = 'Export'
    const globals = (offset: number): number[] => [...bof(0x0005), ...rec(0x0085, [...u32(offset), 0, 0, sheetName.length, 0, ...latin(sheetName)]), ...sst, ...cont1, ...cont2, ...cont3, ...rec(0x000a, [])]
    const offset = globals(0).length
    const cell = (row: number, col: number): number[] => [...u16(row), ...u16(col), ...u16(15)]
    const filler = Array.from({ length: 250 }, (_, i) => rec(0x0203, [...cell(10 + i, 0), ...f64(i + 0.25)])).flat()
    const sheet = [
      ...bof(0x0010),
      ...rec(0x00fd, [...cell(0, 0), ...u32(0)]),
      ...rec(0x00fd, [...cell(0, 1), ...u32(1)]),
      ...rec(0x00fd, [...cell(0, 2), ...u32(2)]),
      ...rec(0x0203, [...cell(1, 0), ...f64(1.5)]),
      ...rec(0x027e, [...cell(1, 1), ...u32((7 << 2) | 2)]),
      ...rec(0x027e, [...cell(1, 2), ...u32((1234 << 2) | 3)]),
      ...rec(0x00bd, [...u16(2), ...u16(0), ...u16(15), ...u32((1 << 2) | 2), ...u16(15), ...u32((2 << 2) | 2), ...u16(15), ...u32((3 << 2) | 2), ...u16(2)]),
      ...rec(0x0006, [...cell(3, 0), 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
      ...rec(0x0207, [...u16(5), 0, ...latin('Noted')]),
      ...rec(0x0006, [...cell(3, 1), 1, 0, 1, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
      ...rec(0x0205, [...cell(3, 2), 0x2a, 1]),
      ...rec(0x0204, [...cell(4, 0), ...u16(7), 1, ...utf16('Türkiye')]),
      ...filler,
      ...rec(0x000a, [])
    ]
    const stream = Uint8Array.from([...globals(offset), ...sheet])
    expect(stream.length).toBeGreaterThan(4096) // kept out of the mini stream
    const container = CFB.utils.cfb_new()
    CFB.utils.cfb_add(container, '/Workbook', stream)
    const file = CFB.write(container, { type: 'array' }) as Uint8Array

    const tables = readBiff8Tables(file)
    expect(tables?.map((t) => t.sheet)).toEqual(['Export'])
    const rows = tables?.[0]?.rows ?? []
    expect(rows.slice(0, 5)).toEqual([
      ['Slovenia', part1 + part2 + part3, 'Women'],
      [1.5, 7, 12.34],
      [1, 2, 3],
      ['Noted', true, null],
      ['Türkiye']
    ])
    expect(rows[259]).toEqual([249.25])
    expect(trim(rows)).toEqual(trim(sheetJsRows(file, 'Export')))
  })

  it('leaves damaged or unusual files to SheetJS', () => {
    expect(readBiff8Tables(new Uint8Array(100))).toBeNull()
    const wb = utils.book_new()
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['a']]), 'S')
    const tiny = new Uint8Array(write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer)
    // A workbook stream under 4,096 bytes sits in the mini stream, which only SheetJS reads.
    expect(readBiff8Tables(tiny)).toBeNull()
    expect(parseUprInfoExport(tiny, 'tiny.xls').warnings[0]?.message).toMatch(/Missing required columns/)
  })
})
