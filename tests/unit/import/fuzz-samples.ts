/**
 * Real-shaped inputs for every importer, written for the tests (not UN data), and mutators that damage
 * them the way files get damaged: characters and lines changed, bytes flipped, files cut short, and the
 * XML inside Word and Excel files edited. Used by the fuzzing tests (fast-check).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import JSZip from 'jszip'
import { utils, write } from '@e965/xlsx'
import { encodeSingleByte } from './encoding'

const fixtures = join(import.meta.dirname, '../../fixtures/wg-report')

/** A Working Group report and addenda, as text. */
export const REPORT_TEXT = readFileSync(join(fixtures, 'synthetic-report-cycle4.txt'), 'utf8')
export const REPORT_CYCLE1_TEXT = readFileSync(join(fixtures, 'synthetic-report-cycle1.txt'), 'utf8')
export const ADDENDUM_TEXT = readFileSync(join(fixtures, 'synthetic-addendum-cycle4.txt'), 'utf8')
export const ADDENDUM_BARE_TEXT = readFileSync(join(fixtures, 'synthetic-addendum-bare-numbers.txt'), 'utf8')

const UPR_INFO_HEADER = ['SuR', 'Rgrp', 'Org', 'Recommendation', 'RS', 'Rgrp', 'Org', 'Response', 'Action', 'Issue', 'Session']
const UPR_INFO_ROWS: (string | number)[][] = [
  ['Slovenia', 'EEG', 'EU', 'Ratify the Optional Protocol to the Convention against Torture', 'Portugal', 'WEOG', 'EU', 'Accepted', 5, 'International instruments,Torture and other CID treatment', 7],
  ['Slovenia', 'EEG', 'EU', 'Continue its efforts to combat domestic violence; “strengthen” shelters', 'Spain', 'WEOG', 'EU', 'Noted', 2, "Women's rights", 7],
  ['Côte d’Ivoire', 'Africa', 'AU, OIF', 'Ensure the right to education – for all children', 'Türkiye', 'Asia', 'OIC', 'Partially accepted', 4, 'Right to education', 20],
  ['Slovenia', 'EEG', 'EU', 'Consider establishing a national human rights institution', 'Ghana', 'Africa', 'AU', 'Pending', 3, 'NHRI', 20]
]

function csvField(v: string | number): string {
  const s = String(v)
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** A UPR Info export as CSV text. */
export const UPR_INFO_CSV = [UPR_INFO_HEADER, ...UPR_INFO_ROWS].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'

function workbook(rows: (string | number | null)[][], bookType: 'xlsx' | 'biff8', sheet = 'Sheet1'): Uint8Array {
  const wb = utils.book_new()
  utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), sheet)
  return new Uint8Array(write(wb, { type: 'array', bookType }) as ArrayBuffer)
}

const UHRI_HEADER = ['Text', 'Countries Concerned', 'Reccomending Body', 'Document Symbol', 'Themes', 'Affected Persons', 'Sdgs', 'Document Publication Date', 'UPR Reccomending States', 'UPR Position', 'Type', 'OHCHR Annotation Id', 'UPR Session', 'Regions Concerned', 'Recommending Regions', 'Date of publication on UHRI']
const UHRI_ROWS: (string | number | null)[][] = [
  ['122.7 Ratify the Optional Protocol to the Convention against Torture &amp; other &#8220;cruel&#8221; treatment (Denmark) (Ghana);', '- Slovenia', '- UPR', 'A/HRC/43/15', '- Torture\n- Acceptance of international norms', '- Persons deprived of their liberty', '- 16.3 Promote the rule of law', 43781, '- Denmark\n- Ghana', '- Supported', '- Recommendation', 'a1', '- 34', '- Eastern European States', '- WEOG', 43900],
  ['122.45 Take measures to ensure gender equality (Iceland);', '- Slovenia', '- UPR', 'A/HRC/43/15', '- Women', '- Women', '- 5 - GENDER EQUALITY', '2019-11-12', '- Iceland', '- Supported/Noted', '- Recommendation', 'a2', '34', null, null, null],
  ['23. The Committee recommends …', '- Slovenia', '- CRC', 'CRC/C/SVN/CO/3-4', '- Right to education', null, null, null, null, null, null, null, null, null, null, null]
]

/** Spreadsheets: UPR Info as .xlsx and as .xls (BIFF8), a UHRI export as .xlsx. */
export const UPR_INFO_XLSX = workbook([UPR_INFO_HEADER, ...UPR_INFO_ROWS], 'xlsx')
export const UPR_INFO_XLS = workbook([UPR_INFO_HEADER, ...UPR_INFO_ROWS], 'biff8')
export const UHRI_XLSX = workbook([UHRI_HEADER, ...UHRI_ROWS], 'xlsx', 'Recommendations')

/** The UPR Info CSV in Windows-1252, as Excel on Windows saves it. */
export const UPR_INFO_CSV_1252 = encodeSingleByte(UPR_INFO_CSV.replace(/[“”]/g, '"').replace(/[’]/g, "'").replace(/[–]/g, '-').replace(/Türkiye/g, 'Turkey'), 'windows-1252')

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
const tc = (...paragraphs: string[]) => `<w:tc>${paragraphs.map(p).join('')}</w:tc>`
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`

/** An OHCHR thematic list (.docx): a table of recommendations with positions and themes. */
export async function ohchrMatrixDocx(): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
  const table = `<w:tbl>${[
    tr(tc('Recommendation'), tc('Position'), tc('Full list of themes'), tc('Assessment/comments on level of implementation')),
    tr(`<w:tc><w:tcPr><w:gridSpan w:val="4"/></w:tcPr>${p('Theme: A12 Acceptance of international norms')}</w:tc>`),
    tr(tc('122.7 Ratify the Optional Protocol to the Convention against Torture (Denmark) (Ghana);', 'Source of Position: A/HRC/43/15/Add.1 - Para.3'), tc('Supported'), tc('A12 Acceptance of international norms', 'SDGs: ', '- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS', 'Affected persons: ', '- persons deprived of their liberty'), tc('')),
    tr(tc('122.8 Complete the ratification of the Convention on Enforced Disappearance (Ukraine);'), tc('Noted'), tc('A12 Acceptance of international norms'), tc(''))
  ].join('')}</w:tbl>`
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${p('Slovenia')}${p('Thematic list of recommendations')}${table}<w:sectPr/></w:body></w:document>`)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** A Working Group report as .docx (paragraphs only), to be read as text. */
export async function reportDocx(): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${REPORT_TEXT.split('\n').map((l) => p(l.replace(/&/g, '&amp;').replace(/</g, '&lt;'))).join('')}</w:body></w:document>`)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** A one-page PDF with a few lines of a report (Helvetica, uncompressed content stream). */
export function reportPdf(): Uint8Array {
  const lines = ['A/HRC/55/14', 'Report of the Working Group on the Universal Periodic Review', 'Freedonia', 'II. Conclusions and/or recommendations', '140.1 Ratify the Optional Protocol to the Convention against Torture (Chile);', '140.2 Strengthen the national human rights institution (Ghana) (Kazakhstan);']
  const stream = `BT /F1 10 Tf 50 780 Td 14 TL ${lines.map((l) => `(${l.replace(/[()\\]/g, '\\$&')}) Tj T*`).join(' ')} ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(out)
}

// --- Mutators ------------------------------------------------------------------------------------

/** Characters that matter to the parsers: numbering, parentheses, separators, odd Unicode. */
const NASTY = fc.constantFrom('(', ')', ';', '.', ',', '\n', '\r\n', '\t', '\f', ' ', '122.', '140.7', '1–5', '-', '–', '"', '""', '&amp;', '&#x0;', '\u0000', '\u200b', '\ufeff', '\ud800', 'é', '“', 'A/HRC/43/15/Add.1', 'II. Conclusions and/or recommendations', 'enjoy the support of', 'have been noted', '(Bolivarian Republic\nof Venezuela)', '9'.repeat(30), 'x'.repeat(500))

type TextEdit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'duplicate-line'; line: number } | { kind: 'swap-lines'; a: number; b: number } | { kind: 'truncate'; at: number }

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(NASTY, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 8 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() })
)

function applyTextEdit(text: string, edit: TextEdit): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1))
  switch (edit.kind) {
    case 'insert':
      return text.slice(0, at(edit.at)) + edit.text + text.slice(at(edit.at))
    case 'delete':
      return text.slice(0, at(edit.at)) + text.slice(at(edit.at) + edit.length)
    case 'truncate':
      return text.slice(0, at(edit.at))
    case 'duplicate-line': {
      const lines = text.split('\n')
      const i = edit.line % lines.length
      lines.splice(i, 0, lines[i] ?? '')
      return lines.join('\n')
    }
    case 'swap-lines': {
      const lines = text.split('\n')
      const a = edit.a % lines.length
      const b = edit.b % lines.length
      ;[lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? '']
      return lines.join('\n')
    }
  }
}

/** A real-shaped text, damaged by 1 to 12 edits. */
export function mutatedText(base: string): fc.Arbitrary<string> {
  return fc.array(textEdit, { minLength: 1, maxLength: 12 }).map((edits) => edits.reduce(applyTextEdit, base))
}

type ByteEdit = { kind: 'flip'; at: number; bit: number } | { kind: 'set'; at: number; value: number } | { kind: 'truncate'; at: number } | { kind: 'insert'; at: number; bytes: Uint8Array } | { kind: 'delete'; at: number; length: number } | { kind: 'duplicate'; at: number; length: number }

const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.constantFrom(0, 0xff, 0x7f, 0x80, 0x3c, 0x22, 0x0a) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) })
)

function applyByteEdit(bytes: Uint8Array, edit: ByteEdit): Uint8Array {
  const at = (n: number) => (bytes.length === 0 ? 0 : n % bytes.length)
  const join = (...parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
    let o = 0
    for (const part of parts) {
      out.set(part, o)
      o += part.length
    }
    return out
  }
  switch (edit.kind) {
    case 'flip': {
      if (bytes.length === 0) return bytes
      const out = bytes.slice()
      out[at(edit.at)] = out[at(edit.at)]! ^ (1 << edit.bit)
      return out
    }
    case 'set': {
      if (bytes.length === 0) return bytes
      const out = bytes.slice()
      out[at(edit.at)] = edit.value
      return out
    }
    case 'truncate':
      return bytes.slice(0, at(edit.at))
    case 'insert':
      return join(bytes.subarray(0, at(edit.at)), edit.bytes, bytes.subarray(at(edit.at)))
    case 'delete':
      return join(bytes.subarray(0, at(edit.at)), bytes.subarray(at(edit.at) + edit.length))
    case 'duplicate':
      return join(bytes.subarray(0, at(edit.at) + edit.length), bytes.subarray(at(edit.at)))
  }
}

/** Real-shaped bytes, damaged by 1 to 8 byte edits. */
export function mutatedBytes(base: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.array(byteEdit, { minLength: 1, maxLength: 8 }).map((edits) => edits.reduce(applyByteEdit, base))
}

/**
 * A Word or Excel file whose inner XML is damaged (the zip itself stays valid), so the parsers get
 * past the unzip and meet broken tables, cells and entities.
 */
export function mutatedZipXml(base: Uint8Array, parts: readonly string[]): fc.Arbitrary<Promise<Uint8Array>> {
  return fc.tuple(fc.constantFrom(...parts), fc.array(textEdit, { minLength: 1, maxLength: 10 })).map(async ([part, edits]) => {
    const zip = await JSZip.loadAsync(base)
    const xml = await zip.file(part)?.async('string')
    if (xml === undefined) throw new Error(`no ${part} in the sample`)
    zip.file(part, edits.reduce(applyTextEdit, xml))
    return zip.generateAsync({ type: 'uint8array' })
  })
}
